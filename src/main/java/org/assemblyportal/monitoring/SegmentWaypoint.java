package org.assemblyportal.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A repeat-photo waypoint as a segment revision stores it: coordinates in 1e-7 degrees (ADR 013). */
@Embeddable
class SegmentWaypoint {

    private static final double E7 = 1e7;

    @Column(nullable = false, length = PlanSegmentRevision.NAME_MAX)
    private String name;
    @Column(name = "latitude_e7")
    private Integer latitudeE7;
    @Column(name = "longitude_e7")
    private Integer longitudeE7;
    @Column(length = PlanSegmentRevision.ANGLE_MAX)
    private String angle;

    protected SegmentWaypoint() {
    }

    SegmentWaypoint(PlanWaypoint waypoint) {
        this.name = waypoint.name().strip();
        this.latitudeE7 = waypoint.latitude() == null ? null : (int) Math.round(waypoint.latitude() * E7);
        this.longitudeE7 = waypoint.longitude() == null ? null : (int) Math.round(waypoint.longitude() * E7);
        this.angle = waypoint.angle() == null || waypoint.angle().isBlank() ? null : waypoint.angle().strip();
    }

    MonitoringLedger.WaypointEntry ledgerEntry() {
        return new MonitoringLedger.WaypointEntry(name, latitudeE7, longitudeE7, angle);
    }

    PlanWaypoint view() {
        return new PlanWaypoint(name, latitudeE7 == null ? null : latitudeE7 / E7,
                longitudeE7 == null ? null : longitudeE7 / E7, angle);
    }
}
