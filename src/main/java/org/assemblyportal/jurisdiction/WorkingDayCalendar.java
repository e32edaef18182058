package org.assemblyportal.jurisdiction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A jurisdiction's working days for the years it has data for: weekends, public holidays,
 * substitute days off and decreed transfers, each with its source. Immutable; lookups are a hash
 * map access, so explaining a deadline costs microseconds.
 */
public final class WorkingDayCalendar {

    private static final Map<String, String> NO_LABEL = Map.of();

    private final String jurisdiction;
    private final Set<DayOfWeek> weekend;
    private final Citation weekendCitation;
    private final int firstYear;
    private final int lastYear;
    private final Map<LocalDate, DayInfo> specialDays;

    WorkingDayCalendar(String jurisdiction, Set<DayOfWeek> weekend, Citation weekendCitation, int firstYear,
            int lastYear, Map<LocalDate, DayInfo> specialDays) {
        this.jurisdiction = jurisdiction;
        this.weekend = weekend.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(weekend);
        this.weekendCitation = weekendCitation;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.specialDays = Map.copyOf(specialDays);
    }

    public DayInfo describe(LocalDate date) {
        requireCovered(date);
        var special = specialDays.get(date);
        if (special != null) {
            return special;
        }
        return weekend.contains(date.getDayOfWeek())
                ? new DayInfo(date, DayKind.WEEKEND, NO_LABEL, weekendCitation)
                : new DayInfo(date, DayKind.WORKING_DAY, NO_LABEL, null);
    }

    public boolean isWorkingDay(LocalDate date) {
        return describe(date).working();
    }

    public boolean covers(LocalDate date) {
        return date.getYear() >= firstYear && date.getYear() <= lastYear;
    }

    public int firstYear() {
        return firstYear;
    }

    public int lastYear() {
        return lastYear;
    }

    public Set<DayOfWeek> weekend() {
        return EnumSet.copyOf(weekend.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : weekend);
    }

    /** Holidays, substitute days and transfers of one year, in date order. */
    public List<DayInfo> specialDays(int year) {
        return specialDays.values().stream().filter(day -> day.date().getYear() == year)
                .sorted(Comparator.comparing(DayInfo::date)).toList();
    }

    private void requireCovered(LocalDate date) {
        if (!covers(date)) {
            throw new OutsideCalendarException(jurisdiction, date, firstYear, lastYear);
        }
    }
}
