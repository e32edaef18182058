package org.assemblyportal.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Dates shown and picked the way the user's language writes them. */
public final class LocalizedFormats {

    private LocalizedFormats() {
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    private static final List<DayOfWeek> SUNDAY_FIRST = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);

    /** Makes a date picker's field format, month names and weekdays follow the locale. */
    public static void localize(DatePicker picker, Locale locale) {
        picker.setLocale(locale);
        var i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(Arrays.stream(Month.values())
                .map(month -> capitalized(month.getDisplayName(TextStyle.FULL_STANDALONE, locale), locale)).toList());
        i18n.setWeekdays(SUNDAY_FIRST.stream().map(day -> day.getDisplayName(TextStyle.FULL, locale)).toList());
        i18n.setWeekdaysShort(SUNDAY_FIRST.stream().map(day -> day.getDisplayName(TextStyle.SHORT, locale)).toList());
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(picker.getTranslation("date-picker.today"));
        i18n.setCancel(picker.getTranslation("date-picker.cancel"));
        picker.setI18n(i18n);
    }

    private static String capitalized(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }
}
