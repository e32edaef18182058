package org.assemblyportal.jurisdiction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An administrator's word that a jurisdiction's holidays and decrees are complete through a year. */
@Entity
@Table(name = "calendar_coverage")
class CalendarCoverage {

    @Id
    @Column(name = "jurisdiction_code", length = 20)
    private String jurisdictionCode;
    @Column(name = "last_year", nullable = false)
    private int lastYear;
    @Column(name = "confirmed_at", nullable = false)
    private Instant confirmedAt;
    @Column(name = "confirmed_by", nullable = false)
    private UUID confirmedBy;

    protected CalendarCoverage() {
    }

    CalendarCoverage(String jurisdictionCode, int lastYear, Instant confirmedAt, UUID confirmedBy) {
        this.jurisdictionCode = jurisdictionCode;
        this.lastYear = lastYear;
        this.confirmedAt = confirmedAt;
        this.confirmedBy = confirmedBy;
    }

    String jurisdictionCode() {
        return jurisdictionCode;
    }

    int lastYear() {
        return lastYear;
    }
}
