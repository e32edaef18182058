package org.assemblyportal.assembly;

import static org.assemblyportal.evidence.LedgerEvent.micros;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One person's place in one case. A user has at most one membership per case. */
@Entity
@Table(name = "case_membership")
class CaseMembership {

    @Id
    private UUID id;

    @Column(name = "case_id", nullable = false)
    private UUID caseId;

    @Column(name = "user_id", nullable = false)
    private UUID userId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private CaseRole role;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    @Column(name = "added_by", nullable = false)
    private UUID addedBy;

    protected CaseMembership() {
    }

    CaseMembership(UUID caseId, UUID userId, CaseRole role, Instant addedAt, UUID addedBy) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.userId = userId;
        this.role = role;
        this.addedAt = micros(addedAt);
        this.addedBy = addedBy;
    }

    UUID id() {
        return id;
    }

    UUID caseId() {
        return caseId;
    }

    UUID userId() {
        return userId;
    }

    CaseRole role() {
        return role;
    }

    Instant addedAt() {
        return addedAt;
    }

    UUID addedBy() {
        return addedBy;
    }
}
