package org.assemblyportal.monitoring;

/**
 * An obstacle on the route, in the detail a "works on the route" claim is tested by: its type, length
 * (metres, to the centimetre), the share of the carriageway it blocks (0 to 100 %), whether people can
 * pass, whether workers are there and work is going on, the signage as written and the work permit's
 * number. Everything but the type may be unknown (null).
 */
public record ObstacleDetails(ObstacleType type, Double lengthMetres, Integer carriagewayBlockedPercent,
        Boolean passable, Boolean workersPresent, Boolean workInProgress, String signage, String permitNumber) {
}
