package org.assemblyportal.assembly;

import static org.assemblyportal.evidence.LedgerEvent.micros;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "assembly_case")
class AssemblyCase {

    static final int TITLE_MAX = 200;

    @Id
    private UUID id;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "jurisdiction_code", nullable = false, length = 20)
    private String jurisdictionCode;

    @Column(name = "planned_date", nullable = false)
    private LocalDate plannedDate;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private UUID createdBy;

    @Version
    private long version;

    protected AssemblyCase() {
    }

    AssemblyCase(String title, String jurisdictionCode, LocalDate plannedDate, Instant createdAt, UUID createdBy) {
        this.id = UUID.randomUUID();
        this.title = title;
        this.jurisdictionCode = jurisdictionCode;
        this.plannedDate = plannedDate;
        this.createdAt = micros(createdAt);
        this.createdBy = createdBy;
    }

    UUID id() {
        return id;
    }

    String title() {
        return title;
    }

    String jurisdictionCode() {
        return jurisdictionCode;
    }

    LocalDate plannedDate() {
        return plannedDate;
    }

    Instant createdAt() {
        return createdAt;
    }

    UUID createdBy() {
        return createdBy;
    }
}
