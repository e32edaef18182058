package org.assemblyportal.jurisdiction;

/** Why a day is or is not a working day. */
public enum DayKind {
    WORKING_DAY(true),
    WEEKEND(false),
    HOLIDAY(false),
    /** A holiday fell on a weekend, so the next working day is off (e.g. Labour Code of Kazakhstan). */
    SUBSTITUTE_DAY_OFF(false),
    /** A government decree moved a day off here. */
    TRANSFERRED_DAY_OFF(false),
    /** A government decree made this weekend day a working day. */
    TRANSFERRED_WORKING_DAY(true);

    private final boolean working;

    DayKind(boolean working) {
        this.working = working;
    }

    public boolean working() {
        return working;
    }

    public String messageKey() {
        return "day-kind." + name().toLowerCase().replace('_', '-');
    }
}
