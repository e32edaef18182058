package org.assemblyportal.jurisdiction;

import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.assemblyportal.base.i18n.PortalLocales;

/**
 * Works out a calendar's special days, one year at a time, from a rule file's description of it.
 * Years up to the file's (or an administrator's) last confirmed year are decreed; any later year
 * is worked out from the holiday rules alone and is provisional until a decree for it is recorded
 * (docs/decisions/018-law-as-it-stood.md).
 */
final class CalendarBuilder {

    private CalendarBuilder() {
    }

    static WorkingDayCalendar build(String jurisdiction, CalendarSpec spec, List<CalendarAdjustment> extra) {
        return build(jurisdiction, spec, extra, spec.lastYear());
    }

    /** With decrees recorded in the portal, and data confirmed complete through {@code lastYear}. */
    static WorkingDayCalendar build(String jurisdiction, CalendarSpec original, List<CalendarAdjustment> extra,
            int lastYear) {
        var spec = new CalendarSpec(original.weekend(), original.weekendCitation(), original.firstYear(),
                Math.max(original.lastYear(), lastYear), original.library(), original.holidays(), original.substitution(),
                original.adjustments());
        var adjustments = new ArrayList<>(spec.adjustments());
        adjustments.addAll(extra);
        var byYear = adjustments.stream().collect(Collectors.groupingBy(a -> a.date().getYear()));
        // A decree recorded for a year is that year's word from the government: no longer provisional.
        Set<Integer> decreed = new HashSet<>();
        extra.forEach(a -> decreed.add(a.date().getYear()));
        var manager = spec.library() == null ? null
                : HolidayManager.getInstance(ManagerParameters.create(spec.library().country()));
        return new WorkingDayCalendar(jurisdiction, spec.weekend(), spec.weekendCitation(), spec.firstYear(),
                spec.lastYear(), decreed,
                year -> daysOf(spec, manager, year, byYear.getOrDefault(year, List.of())));
    }

    /** One year's special days: holidays, substitute days (a December holiday's may fall in January), transfers. */
    private static Map<LocalDate, DayInfo> daysOf(CalendarSpec spec, HolidayManager manager, int year,
            List<CalendarAdjustment> adjustments) {
        var days = new HashMap<LocalDate, DayInfo>();
        var holidays = new ArrayList<Found>();
        // The year before (a December holiday's substitute may fall in January) and after (Jollyday
        // files a Saturday New Year's observed Friday, 31 December, under the next year).
        holidays.addAll(holidaysOf(spec, manager, year - 1));
        holidays.addAll(holidaysOf(spec, manager, year));
        holidays.addAll(holidaysOf(spec, manager, year + 1));
        holidays.sort((a, b) -> a.info().date().compareTo(b.info().date()));
        holidays.forEach(h -> days.put(h.info().date(), h.info()));
        if (spec.substitution() != null) {
            substitute(spec, holidays, days);
        }
        days.keySet().removeIf(date -> date.getYear() != year);
        // Oldest first, so that a later decree about the same day wins.
        for (var adjustment : adjustments) {
            var kind = adjustment.workingDay() ? DayKind.TRANSFERRED_WORKING_DAY : DayKind.TRANSFERRED_DAY_OFF;
            days.put(adjustment.date(), new DayInfo(adjustment.date(), kind, adjustment.label(), adjustment.citation()));
        }
        return days;
    }

    private record Found(DayInfo info, boolean substitutable) {
    }

    private static List<Found> holidaysOf(CalendarSpec spec, HolidayManager manager, int year) {
        var found = new ArrayList<Found>();
        var library = spec.library();
        if (library != null && manager != null && year >= 1) {
            var args = library.subdivision() == null ? new String[0] : new String[] {library.subdivision()};
            for (var holiday : manager.getHolidays(Year.of(year), args)) {
                var key = holiday.getPropertiesKey();
                if (library.excludedKeys().contains(key)) {
                    continue;
                }
                var label = library.labels().getOrDefault(key, libraryLabel(holiday));
                var substitutable = spec.substitution() != null
                        && !spec.substitution().excludedLibraryKeys().contains(key);
                found.add(new Found(new DayInfo(holiday.getDate(), DayKind.HOLIDAY, label, library.citation()),
                        substitutable));
            }
        }
        for (var holiday : spec.holidays()) {
            if (!holiday.inYears(year) || year < 1) {
                continue;
            }
            LocalDate date;
            if (holiday.estimated() != null) {
                if (spec.dates(holiday.name(), year)) {
                    continue;
                }
                date = estimate(holiday.estimated(), year);
                if (date == null) {
                    continue;
                }
            } else if (holiday.nth() != null) {
                date = nthWeekday(year, holiday.month(), holiday.weekday(), holiday.nth());
            } else {
                date = holiday.date() != null ? holiday.date() : holiday.fixed().atYear(year);
            }
            found.add(new Found(new DayInfo(date, DayKind.HOLIDAY, holiday.label(), holiday.citation()),
                    holiday.substitute() && spec.substitution() != null));
        }
        found.sort((a, b) -> a.info().date().compareTo(b.info().date()));
        return found;
    }

    /** The n-th (or, for -1, the last) given weekday of a month: the second Monday of October. */
    static LocalDate nthWeekday(int year, int month, java.time.DayOfWeek weekday, int nth) {
        var first = LocalDate.of(year, month, 1);
        if (nth < 0) {
            return first.with(java.time.temporal.TemporalAdjusters.lastInMonth(weekday));
        }
        return first.with(java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(nth, weekday));
    }

    /** The date Jollyday computes for "country/key" in a year (the first, if the lunar year has two), or null. */
    static LocalDate estimate(String rule, int year) {
        var slash = rule.indexOf('/');
        var manager = HolidayManager.getInstance(ManagerParameters.create(rule.substring(0, slash)));
        var key = rule.substring(slash + 1);
        return manager.getHolidays(Year.of(year)).stream().filter(h -> h.getPropertiesKey().equals(key))
                .map(de.focus_shift.jollyday.core.Holiday::getDate).sorted().findFirst().orElse(null);
    }

    private static Map<String, String> libraryLabel(de.focus_shift.jollyday.core.Holiday holiday) {
        var labels = new HashMap<String, String>();
        for (Locale locale : PortalLocales.SUPPORTED) {
            labels.put(locale.getLanguage(), holiday.getDescription(locale));
        }
        return labels;
    }

    /** Each substitutable holiday on a weekend gives the next day that is neither weekend nor off. */
    private static void substitute(CalendarSpec spec, List<Found> holidays, Map<LocalDate, DayInfo> days) {
        for (var holiday : holidays) {
            var date = holiday.info().date();
            if (!holiday.substitutable() || !spec.weekend().contains(date.getDayOfWeek())) {
                continue;
            }
            var next = date.plusDays(1);
            while (spec.weekend().contains(next.getDayOfWeek()) || days.containsKey(next)) {
                next = next.plusDays(1);
            }
            days.put(next, new DayInfo(next, DayKind.SUBSTITUTE_DAY_OFF, holiday.info().label(),
                    spec.substitution().citation()));
        }
    }
}
