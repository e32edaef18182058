package org.assemblyportal.monitoring;

/** How sure the monitor is of an assessment. */
public enum Confidence {
    LOW,
    MEDIUM,
    HIGH;

    public String messageKey() {
        return "observation.confidence." + name().toLowerCase();
    }
}
