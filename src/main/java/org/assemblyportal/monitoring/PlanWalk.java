package org.assemblyportal.monitoring;

import static org.assemblyportal.evidence.LedgerEvent.micros;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Immutable;

/** A route walk as scheduled: never changed; calling it off adds a {@link PlanWalkCancellation}. */
@Entity
@Immutable
@Table(name = "plan_walk")
class PlanWalk {

    static final int NAME_MAX = 200;

    @Id
    private UUID id;
    @Column(insertable = false, updatable = false)
    private Long position;
    @Column(name = "case_id", nullable = false)
    private UUID caseId;
    @Column(nullable = false, length = NAME_MAX)
    private String name;
    @Column(name = "planned_at", nullable = false)
    private Instant plannedAt;
    @Column(name = "planned_zone", nullable = false, length = 64)
    private String plannedZone;
    @Column(name = "scheduled_at", nullable = false)
    private Instant scheduledAt;
    @Column(name = "scheduled_by", nullable = false)
    private UUID scheduledBy;
    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "plan_walk_segment", joinColumns = @JoinColumn(name = "walk_id"))
    @OrderColumn(name = "segment_index")
    @Column(name = "segment_number", nullable = false)
    private List<Integer> segments = new ArrayList<>();

    protected PlanWalk() {
    }

    PlanWalk(UUID caseId, String name, ZonedDateTime plannedAt, List<Integer> segments, Instant scheduledAt,
            UUID scheduledBy) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.name = name;
        this.plannedAt = micros(plannedAt.toInstant());
        this.plannedZone = plannedAt.getZone().getId();
        this.segments = new ArrayList<>(segments);
        this.scheduledAt = micros(scheduledAt);
        this.scheduledBy = scheduledBy;
    }

    /** The walk as scheduled and, when {@code cancellation} is not null, as called off. */
    MonitoringLedger.WalkPayload ledgerPayload(PlanWalkCancellation cancellation) {
        return new MonitoringLedger.WalkPayload(1, id, name, micros(plannedAt), plannedZone,
                List.copyOf(segments), micros(scheduledAt),
                cancellation == null ? null : micros(cancellation.cancelledAt()));
    }

    UUID id() {
        return id;
    }

    UUID caseId() {
        return caseId;
    }

    String name() {
        return name;
    }

    ZonedDateTime plannedAt() {
        return plannedAt.atZone(ZoneId.of(plannedZone));
    }

    List<Integer> segments() {
        return List.copyOf(segments);
    }

    Instant scheduledAt() {
        return scheduledAt;
    }

    UUID scheduledBy() {
        return scheduledBy;
    }
}
