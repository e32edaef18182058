package org.assemblyportal.jurisdiction;

import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.assemblyportal.base.i18n.PortalLocales;

/** Works out a calendar's special days, year by year, from a rule file's description of it. */
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
        var days = new HashMap<LocalDate, DayInfo>();
        var holidays = new ArrayList<Found>();
        // One year past the range, so that a substitute day in January sees that year's holidays.
        for (var year = spec.firstYear(); year <= spec.lastYear() + 1; year++) {
            holidays.addAll(holidaysOf(spec, year));
        }
        holidays.forEach(h -> days.put(h.info().date(), h.info()));
        if (spec.substitution() != null) {
            substitute(spec, holidays, days);
        }
        days.keySet().removeIf(date -> date.getYear() > spec.lastYear());
        var adjustments = new ArrayList<>(spec.adjustments());
        adjustments.addAll(extra);
        for (var adjustment : adjustments) {
            if (adjustment.date().getYear() < spec.firstYear() || adjustment.date().getYear() > spec.lastYear()) {
                continue;
            }
            var kind = adjustment.workingDay() ? DayKind.TRANSFERRED_WORKING_DAY : DayKind.TRANSFERRED_DAY_OFF;
            days.put(adjustment.date(), new DayInfo(adjustment.date(), kind, adjustment.label(), adjustment.citation()));
        }
        return new WorkingDayCalendar(jurisdiction, spec.weekend(), spec.weekendCitation(), spec.firstYear(),
                spec.lastYear(), days);
    }

    private record Found(DayInfo info, boolean substitutable) {
    }

    private static List<Found> holidaysOf(CalendarSpec spec, int year) {
        var found = new ArrayList<Found>();
        var library = spec.library();
        if (library != null) {
            var manager = HolidayManager.getInstance(ManagerParameters.create(library.country()));
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
            if (holiday.fallsIn(year)) {
                found.add(new Found(new DayInfo(holiday.dateIn(year), DayKind.HOLIDAY, holiday.label(),
                        holiday.citation()), holiday.substitute() && spec.substitution() != null));
            }
        }
        found.sort((a, b) -> a.info().date().compareTo(b.info().date()));
        return found;
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
