package org.assemblyportal.authority;

import static org.assemblyportal.evidence.LedgerEvent.micros;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.assemblyportal.authority.ComplianceFinding.Kind;
import org.assemblyportal.authority.DismissalEvent.Action;
import org.hibernate.annotations.Immutable;

/**
 * A lawyer's dismissal of a compliance finding, or the restoring of one, as it happened: never
 * changed or deleted ({@code @Immutable}; {@link FindingDismissalRepository} offers no update or
 * delete). The finding is named by its filing and kind; the case's latest event for it says whether
 * it stands dismissed.
 */
@Entity
@Immutable
@Table(name = "finding_dismissal")
class FindingDismissal {

    static final int REASON_MAX = 2000;

    @Id
    private UUID id;
    @Column(name = "case_id", nullable = false)
    private UUID caseId;
    @Column(nullable = false)
    private int ordinal;
    @Column(name = "filing_sequence", nullable = false)
    private int filingSequence;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Kind kind;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Action action;
    @Column(length = REASON_MAX)
    private String reason;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Column(name = "recorded_by", nullable = false)
    private UUID recordedBy;

    protected FindingDismissal() {
    }

    /** Event {@code ordinal} of the case (counted from 1); the input has been checked. */
    FindingDismissal(UUID caseId, int ordinal, int filingSequence, Kind kind, Action action, String reason,
            Instant recordedAt, UUID recordedBy) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.ordinal = ordinal;
        this.filingSequence = filingSequence;
        this.kind = kind;
        this.action = action;
        this.reason = reason;
        this.recordedAt = micros(recordedAt);
        this.recordedBy = recordedBy;
    }

    UUID recordedBy() {
        return recordedBy;
    }

    UUID id() {
        return id;
    }

    UUID caseId() {
        return caseId;
    }

    AuthorityLedger.FindingPayload ledgerPayload() {
        return new AuthorityLedger.FindingPayload(1, id, ordinal, filingSequence, kind, action, reason,
                micros(recordedAt));
    }

    DismissalEvent view(String recordedByName) {
        return new DismissalEvent(filingSequence, kind, action, reason, recordedAt, recordedByName);
    }
}
