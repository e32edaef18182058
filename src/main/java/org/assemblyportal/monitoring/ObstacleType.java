package org.assemblyportal.monitoring;

/** What stands in the way on the route (reference §B3, obstacle detail). */
public enum ObstacleType {
    FENCING,
    BARRIERS,
    EXCAVATION,
    MACHINERY,
    ROAD_CLOSED,
    PARKED_VEHICLES,
    OTHER;

    public String messageKey() {
        return "observation.obstacle-type." + name().toLowerCase().replace('_', '-');
    }
}
