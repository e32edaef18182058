package org.assemblyportal.monitoring;

/**
 * A repeat-photo waypoint on a segment: a named point (latitude and longitude in degrees, both or
 * neither) and the angle to photograph it from, in words ("from the north-east corner facing
 * south-west, the fence in the centre"), so that every walk takes the same view.
 */
public record PlanWaypoint(String name, Double latitude, Double longitude, String angle) {
}
