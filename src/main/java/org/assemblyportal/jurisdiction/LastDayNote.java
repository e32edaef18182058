package org.assemblyportal.jurisdiction;

import java.time.DayOfWeek;
import java.util.Set;

/**
 * Something the law says about the last day to file when it falls on certain days: in England a
 * notice by recorded delivery cannot be delivered on a Sunday or a bank holiday (Public Order Act
 * 1986 s.11(5) excludes deemed delivery), so the organiser must deliver by hand or post earlier.
 */
public record LastDayNote(Set<DayOfWeek> weekdays, Set<DayKind> kinds, LabeledRule rule) {

    public LastDayNote {
        weekdays = Set.copyOf(weekdays);
        kinds = Set.copyOf(kinds);
    }

    boolean appliesTo(DayInfo day) {
        return weekdays.contains(day.date().getDayOfWeek()) || kinds.contains(day.kind());
    }
}
