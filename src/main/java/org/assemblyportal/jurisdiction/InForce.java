package org.assemblyportal.jurisdiction;

import java.time.LocalDate;

/**
 * When a rule was law: from its entry into force to its last day (both inclusive); null ends are
 * open. A count uses the rules in force on the day that matters (docs/decisions/018-law-as-it-stood.md).
 */
public record InForce(LocalDate from, LocalDate to) {

    public static final InForce ALWAYS = new InForce(null, null);

    public InForce {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("A rule cannot leave force (" + to + ") before it enters it (" + from + ")");
        }
    }

    public boolean covers(LocalDate day) {
        return day == null || (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    /** The part of this period that {@code other} also covers: a rule cited from an act is in force only while the act is. */
    InForce within(InForce other) {
        if (other == null || other.equals(ALWAYS)) {
            return this;
        }
        var start = from == null ? other.from : other.from == null || from.isAfter(other.from) ? from : other.from;
        var end = to == null ? other.to : other.to == null || to.isBefore(other.to) ? to : other.to;
        return new InForce(start, end);
    }

    boolean overlaps(InForce other) {
        var startsBeforeOtherEnds = from == null || other.to == null || !from.isAfter(other.to);
        var otherStartsBeforeThisEnds = other.from == null || to == null || !other.from.isAfter(to);
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }
}
