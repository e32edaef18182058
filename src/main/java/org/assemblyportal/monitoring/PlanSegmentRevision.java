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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Immutable;

/**
 * One state of one segment of a case's plan, as an editor saved it: never changed or deleted. The
 * latest revision of a segment number is the plan; the earlier ones are its history (ADR 013).
 */
@Entity
@Immutable
@Table(name = "plan_segment_revision")
class PlanSegmentRevision {

    static final int NAME_MAX = 200;
    static final int ANGLE_MAX = 1000;
    static final int NOTES_MAX = 5000;

    @Id
    private UUID id;
    /** Set by the database on insert: the order of revisions, also within one clock tick. */
    @Column(insertable = false, updatable = false)
    private Long position;
    @Column(name = "case_id", nullable = false)
    private UUID caseId;
    @Column(name = "segment_number", nullable = false)
    private int number;
    @Column(nullable = false, length = NAME_MAX)
    private String name;
    @Column(length = SegmentGeoJson.MAX_LENGTH)
    private String geojson;
    @Column(length = NOTES_MAX)
    private String notes;
    @Column(name = "revised_at", nullable = false)
    private Instant revisedAt;
    @Column(name = "revised_by", nullable = false)
    private UUID revisedBy;
    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "plan_segment_waypoint", joinColumns = @JoinColumn(name = "revision_id"))
    @OrderColumn(name = "waypoint_index")
    private List<SegmentWaypoint> waypoints = new ArrayList<>();
    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "plan_segment_monitor", joinColumns = @JoinColumn(name = "revision_id"))
    @OrderColumn(name = "monitor_index")
    @Column(name = "user_id", nullable = false)
    private List<UUID> monitors = new ArrayList<>();

    protected PlanSegmentRevision() {
    }

    PlanSegmentRevision(UUID caseId, int number, String name, String geojson, String notes,
            List<PlanWaypoint> waypoints, List<UUID> monitors, Instant revisedAt, UUID revisedBy) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.number = number;
        this.name = name;
        this.geojson = geojson;
        this.notes = notes;
        this.waypoints = new ArrayList<>(waypoints.stream().map(SegmentWaypoint::new).toList());
        this.monitors = new ArrayList<>(monitors);
        this.revisedAt = micros(revisedAt);
        this.revisedBy = revisedBy;
    }

    UUID id() {
        return id;
    }

    /** {@code memberships}: the case's membership id of each user id (a monitor stays a member). */
    MonitoringLedger.PlanSegmentPayload ledgerPayload(Map<UUID, UUID> memberships) {
        return new MonitoringLedger.PlanSegmentPayload(1, id, number, name, geojson, notes,
                waypoints.stream().map(SegmentWaypoint::ledgerEntry).toList(),
                monitors.stream().map(memberships::get).toList(), micros(revisedAt));
    }

    int number() {
        return number;
    }

    String name() {
        return name;
    }

    String geojson() {
        return geojson;
    }

    String notes() {
        return notes;
    }

    List<PlanWaypoint> waypoints() {
        return waypoints.stream().map(SegmentWaypoint::view).toList();
    }

    List<UUID> monitors() {
        return List.copyOf(monitors);
    }

    Instant revisedAt() {
        return revisedAt;
    }

    UUID revisedBy() {
        return revisedBy;
    }
}
