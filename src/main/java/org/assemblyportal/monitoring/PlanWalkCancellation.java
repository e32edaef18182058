package org.assemblyportal.monitoring;

import static org.assemblyportal.evidence.LedgerEvent.micros;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** That a walk was called off, when and by whom; the walk itself stays as scheduled. */
@Entity
@Immutable
@Table(name = "plan_walk_cancellation")
class PlanWalkCancellation {

    @Id
    @Column(name = "walk_id")
    private UUID walkId;
    @Column(name = "cancelled_at", nullable = false)
    private Instant cancelledAt;
    @Column(name = "cancelled_by", nullable = false)
    private UUID cancelledBy;

    protected PlanWalkCancellation() {
    }

    PlanWalkCancellation(UUID walkId, Instant cancelledAt, UUID cancelledBy) {
        this.walkId = walkId;
        this.cancelledAt = micros(cancelledAt);
        this.cancelledBy = cancelledBy;
    }

    UUID walkId() {
        return walkId;
    }

    Instant cancelledAt() {
        return cancelledAt;
    }

    UUID cancelledBy() {
        return cancelledBy;
    }
}
