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

    /** A holiday the rule file adds: every year on a fixed day (within years), or on one date. */
    record Holiday(MonthDay fixed, LocalDate date, Integer fromYear, Integer toYear, boolean substitute,
            Map<String, String> label, Citation citation) {

        boolean fallsIn(int year) {
            if (date != null) {
                return date.getYear() == year;
            }
            return (fromYear == null || year >= fromYear) && (toYear == null || year <= toYear);
        }

        LocalDate dateIn(int year) {
            return date != null ? date : fixed.atYear(year);
        }
    }

    /** When a holiday falls on a weekend, the next working day is off (except for excluded holidays). */
    record Substitution(Citation citation, Set<String> excludedLibraryKeys) {
    }
}
