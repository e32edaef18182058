package org.assemblyportal.monitoring;

/** What the monitor counted or estimated; null where not counted, never negative. */
public record Counts(Integer participants, Integer policeOfficers, Integer vehicles, Integer detainees) {

    public static final Counts NONE = new Counts(null, null, null, null);

    boolean isEmpty() {
        return participants == null && policeOfficers == null && vehicles == null && detainees == null;
    }
}
