package org.assemblyportal.monitoring;

/**
 * What an observation is about: the incident taxonomy drawn from the structure of ODIHR's monitoring
 * reports and its Handbook's indicators (reference §B3), in the order monitors meet them.
 */
public enum ObservationCategory {
    /** Refusal, conditions, an alternative offered, intimidation or requests to withdraw. */
    PRIOR_RESTRICTIONS,
    /** Fencing, works, closures, the place taken by another event: what a "works on the route" claim is tested by. */
    OBSTACLES,
    /** Deployment, visible identification, equipment, communication of the police. */
    POLICING,
    /** Orders to disperse or to end the assembly, and the reason stated. */
    DISPERSAL,
    USE_OF_FORCE,
    DETENTIONS,
    /** Counter-demonstrators or violence by third parties. */
    COUNTER_DEMONSTRATION,
    /** Monitors or journalists obstructed. */
    MONITOR_INTERFERENCE,
    ORGANIZER_CONDUCT,
    PARTICIPANT_CONDUCT,
    MEDICAL_SAFETY,
    /** Cameras, filming of participants. */
    SURVEILLANCE;

    public String messageKey() {
        return "observation.category." + name().toLowerCase().replace('_', '-');
    }
}
