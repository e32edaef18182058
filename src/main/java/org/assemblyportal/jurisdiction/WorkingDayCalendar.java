package org.assemblyportal.jurisdiction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

/**
 * A jurisdiction's working days: weekends, public holidays, substitute days off and decreed
 * transfers, each with its source. Years are worked out when first asked for and then kept, so
 * explaining a deadline costs a hash map access per day. Years after the last decreed one are
 * <em>provisional</em>: computed from the holiday rules, without the transfers a decree may still
 * bring (docs/decisions/018-law-as-it-stood.md). Before the first year there is no data at all.
 */
public final class WorkingDayCalendar {

    /** The last year the portal counts into; a later date is not a plan but a typing error. */
    public static final int LAST_COUNTABLE_YEAR = 2100;

    private final String jurisdiction;
    private final Set<DayOfWeek> weekend;
    private final Citation weekendCitation;
    private final int firstYear;
    private final int lastYear;
    private final Set<Integer> decreedYears;
    private final IntFunction<Map<LocalDate, DayInfo>> yearBuilder;
    private final Map<Integer, Map<LocalDate, DayInfo>> years = new ConcurrentHashMap<>();

    WorkingDayCalendar(String jurisdiction, Set<DayOfWeek> weekend, Citation weekendCitation, int firstYear,
            int lastYear, Set<Integer> decreedYears, IntFunction<Map<LocalDate, DayInfo>> yearBuilder) {
        this.jurisdiction = jurisdiction;
        this.weekend = weekend.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(weekend);
        this.weekendCitation = weekendCitation;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.decreedYears = Set.copyOf(decreedYears);
        this.yearBuilder = yearBuilder;
    }

    public DayInfo describe(LocalDate date) {
        requireCovered(date);
        var special = year(date.getYear()).get(date);
        if (special != null) {
            return special;
        }
        return weekend.contains(date.getDayOfWeek())
                ? new DayInfo(date, DayKind.WEEKEND, weekdayLabel(date.getDayOfWeek()), weekendCitation)
                : new DayInfo(date, DayKind.WORKING_DAY, weekdayLabel(date.getDayOfWeek()), null);
    }

    public boolean isWorkingDay(LocalDate date) {
        return describe(date).working();
    }

    /** Whether the portal can count on this day at all (provisionally or not). */
    public boolean covers(LocalDate date) {
        return date.getYear() >= firstYear && date.getYear() <= LAST_COUNTABLE_YEAR;
    }

    /** Whether the day's year is worked out from the holiday rules only, with no decree for it yet. */
    public boolean provisional(LocalDate date) {
        return provisional(date.getYear());
    }

    public boolean provisional(int year) {
        return year > lastYear && !decreedYears.contains(year);
    }

    public int firstYear() {
        return firstYear;
    }

    /** The last year whose holidays and decreed transfers are all known. */
    public int lastYear() {
        return lastYear;
    }

    public Set<DayOfWeek> weekend() {
        return EnumSet.copyOf(weekend.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : weekend);
    }

    /** Holidays, substitute days and transfers of one year, in date order. */
    public List<DayInfo> specialDays(int year) {
        if (year < firstYear || year > LAST_COUNTABLE_YEAR) {
            return List.of();
        }
        return year(year).values().stream().sorted(Comparator.comparing(DayInfo::date)).toList();
    }

    private Map<LocalDate, DayInfo> year(int year) {
        return years.computeIfAbsent(year, y -> Map.copyOf(yearBuilder.apply(y)));
    }

    private void requireCovered(LocalDate date) {
        if (!covers(date)) {
            throw new OutsideCalendarException(jurisdiction, date, firstYear, LAST_COUNTABLE_YEAR);
        }
    }

    private static final Map<DayOfWeek, Map<String, String>> WEEKDAYS = new java.util.EnumMap<>(DayOfWeek.class);

    static {
        for (var day : DayOfWeek.values()) {
            WEEKDAYS.put(day, Map.of("en", day.getDisplayName(TextStyle.FULL, Locale.ENGLISH),
                    "ru", day.getDisplayName(TextStyle.FULL_STANDALONE, Locale.forLanguageTag("ru")),
                    "kk", day.getDisplayName(TextStyle.FULL_STANDALONE, Locale.forLanguageTag("kk"))));
        }
    }

    /** An ordinary day is labelled with its weekday, so each line of an explanation says what the day was. */
    private static Map<String, String> weekdayLabel(DayOfWeek day) {
        return WEEKDAYS.get(day);
    }
}
