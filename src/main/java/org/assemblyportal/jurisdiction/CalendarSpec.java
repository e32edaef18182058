package org.assemblyportal.jurisdiction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A calendar as a rule file describes it, before it is worked out day by day. */
record CalendarSpec(Set<DayOfWeek> weekend, Citation weekendCitation, int firstYear, int lastYear, Library library,
        List<Holiday> holidays, Substitution substitution, List<CalendarAdjustment> adjustments) {

    /** Holidays from Jollyday, minus those the rule file says are wrong, with better names. */
    record Library(String country, String subdivision, Citation citation, Set<String> excludedKeys,
            Map<String, Map<String, String>> labels) {
    }

    /**
     * A holiday the rule file adds: every year on a fixed day (within years), on one date, or
     * {@code estimated} by a Jollyday rule ("kz/islamic.ID_UL_ADHA") in the years for which the file
     * dates no holiday of the same English name (Kurban Ait, whose day is fixed each year: a
     * provisional year gets the astronomical estimate until its day is known).
     */
    record Holiday(MonthDay fixed, LocalDate date, String estimated, Integer month, DayOfWeek weekday, Integer nth,
            Integer fromYear, Integer toYear, boolean substitute, Map<String, String> label, Citation citation) {

        boolean inYears(int year) {
            if (date != null) {
                return date.getYear() == year;
            }
            return (fromYear == null || year >= fromYear) && (toYear == null || year <= toYear);
        }

        String name() {
            return label.getOrDefault("en", "");
        }
    }

    /** Whether the file dates a holiday of this English name in {@code year} (that year's Kurban Ait). */
    boolean dates(String name, int year) {
        return holidays.stream().anyMatch(h -> h.date() != null && h.date().getYear() == year && h.name().equals(name));
    }

    /** When a holiday falls on a weekend, the next working day is off (except for excluded holidays). */
    record Substitution(Citation citation, Set<String> excludedLibraryKeys) {
    }
}
