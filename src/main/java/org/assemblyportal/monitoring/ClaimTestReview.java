package org.assemblyportal.monitoring;

import static org.assemblyportal.evidence.LedgerEvent.micros;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A lawyer's confirmation or override of a claim's computed test, with the reason; never changed. */
@Entity
@Immutable
@Table(name = "claim_test_review")
class ClaimTestReview {

    static final int REASON_MAX = 2000;

    enum Decision { CONFIRMED, OVERRIDDEN }

    @Id
    private UUID id;
    @Column(insertable = false, updatable = false)
    private Long position;
    @Column(name = "case_id", nullable = false)
    private UUID caseId;
    @Column(name = "claim_id", nullable = false)
    private UUID claimId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Decision decision;
    @Enumerated(EnumType.STRING)
    @Column(name = "computed_verdict", nullable = false, length = 32)
    private ClaimVerdict computedVerdict;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ClaimVerdict verdict;
    @Column(nullable = false, length = REASON_MAX)
    private String reason;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Column(name = "recorded_by", nullable = false)
    private UUID recordedBy;

    protected ClaimTestReview() {
    }

    ClaimTestReview(UUID caseId, UUID claimId, ClaimVerdict computedVerdict, ClaimVerdict verdict, String reason,
            Instant recordedAt, UUID recordedBy) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.claimId = claimId;
        this.decision = verdict == computedVerdict ? Decision.CONFIRMED : Decision.OVERRIDDEN;
        this.computedVerdict = computedVerdict;
        this.verdict = verdict;
        this.reason = reason;
        this.recordedAt = micros(recordedAt);
        this.recordedBy = recordedBy;
    }

    UUID id() {
        return id;
    }

    UUID caseId() {
        return caseId;
    }

    MonitoringLedger.ClaimReviewPayload ledgerPayload() {
        return new MonitoringLedger.ClaimReviewPayload(1, id, claimId, decision, computedVerdict, verdict, reason,
                micros(recordedAt));
    }

    UUID claimId() {
        return claimId;
    }

    UUID recordedBy() {
        return recordedBy;
    }

    ClaimTestView.Review view(String byName) {
        return new ClaimTestView.Review(decision == Decision.OVERRIDDEN, computedVerdict, verdict, reason, recordedAt,
                byName);
    }
}
