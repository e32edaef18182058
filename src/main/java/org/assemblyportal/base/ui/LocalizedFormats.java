package org.assemblyportal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Dates shown, typed and picked the way the user's language writes them. Every {@link DatePicker}
 * and {@link DateTimePicker} in the portal goes through {@code localize}: the browser cannot be
 * left to guess, because Chromium formats Kazakh numeric dates as ISO (1234-05-06), so Vaadin's
 * picker would then accept nothing but {@code yyyy-MM-dd} in Kazakh.
 */
public final class LocalizedFormats {

    /**
     * Kazakh dates in sentences as Kazakh legal texts write them. The JDK's CLDR long form
     * abbreviates the year ("2027 ж. 2 қаңтар"); its month names in the format context are right.
     */
    private static final DateTimeFormatter KAZAKH_LONG = DateTimeFormatter.ofPattern("yyyy 'жылғы' d MMMM",
            Locale.forLanguageTag("kk"));
    /** Portal English is written for en-GB-style readers: 2 January 2027, weeks from Monday. */
    private static final Locale ENGLISH_STYLE = Locale.UK;
    /** Vaadin's picker takes weekday names from Sunday on, whatever day the week starts with. */
    private static final List<DayOfWeek> SUNDAY_FIRST = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
    /** Index into {@link #SUNDAY_FIRST}: weeks start on Monday in Kazakh, Russian and en-GB English. */
    private static final int MONDAY = 1;

    private LocalizedFormats() {
    }

    /** A date in tables and facts: the language's medium form ("2027 ж. 02 қаң.", "2 янв. 2027 г."). */
    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /** A date in a sentence, written out: "2027 жылғы 2 қаңтар", "2 января 2027 г.", "2 January 2027". */
    public static String longDate(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        var formatter = switch (locale.getLanguage()) {
            case "kk" -> KAZAKH_LONG;
            case "en" -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                    .withLocale(locale.getCountry().isEmpty() ? ENGLISH_STYLE : locale);
            default -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        };
        return formatter.format(date);
    }

    /**
     * Instead of a negative count of days left to file: "too late: the last day to file was …; the
     * earliest start that can still be met is …", with the dates written out in the UI language.
     */
    public static String tooLate(Component in, Locale locale, LocalDate lastFilingDay, LocalDate earliestLawfulStart) {
        return earliestLawfulStart == null
                ? in.getTranslation(locale, "draft.deadline.too-late", longDate(lastFilingDay, locale))
                : in.getTranslation(locale, "deadline.too-late", longDate(lastFilingDay, locale),
                        longDate(earliestLawfulStart, locale));
    }

    /** A message's arguments with each date written out for a sentence, as {@link #longDate} does. */
    public static Object[] inSentence(List<?> arguments, Locale locale) {
        return arguments.stream().map(argument -> argument instanceof LocalDate date ? longDate(date, locale) : argument)
                .toArray();
    }

    /**
     * What a date field shows (the first) and also accepts (all), as patterns of date-fns, which
     * Vaadin's picker parses with. A pattern with {@code yyyy} also takes a two-digit year and the
     * day and month may have one digit, so kk and ru take {@code 2.1.2027} and {@code 02.01.27};
     * ISO {@code 2027-01-02} works in every language.
     */
    public static List<String> dateFormats(Locale locale) {
        return switch (locale.getLanguage()) {
            case "kk", "ru" -> List.of("dd.MM.yyyy", "yyyy-MM-dd");
            default -> List.of("d MMM yyyy", "dd/MM/yyyy", "d MMMM yyyy", "yyyy-MM-dd");
        };
    }

    /** Everything a date picker needs in the language; {@code translate} resolves a message key. */
    public static DatePicker.DatePickerI18n datePickerI18n(Locale locale, Function<String, String> translate) {
        var formats = dateFormats(locale);
        var i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormats(formats.get(0), formats.subList(1, formats.size()).toArray(String[]::new));
        i18n.setMonthNames(Arrays.stream(Month.values())
                .map(month -> capitalized(month.getDisplayName(TextStyle.FULL_STANDALONE, locale), locale)).toList());
        i18n.setWeekdays(SUNDAY_FIRST.stream().map(day -> day.getDisplayName(TextStyle.FULL, locale)).toList());
        i18n.setWeekdaysShort(SUNDAY_FIRST.stream()
                .map(day -> capitalized(day.getDisplayName(TextStyle.SHORT_STANDALONE, locale), locale)).toList());
        i18n.setFirstDayOfWeek(MONDAY);
        i18n.setToday(translate.apply("date-picker.today"));
        i18n.setCancel(translate.apply("date-picker.cancel"));
        i18n.setBadInputErrorMessage(translate.apply("date-picker.error.bad-input"));
        i18n.setRequiredErrorMessage(translate.apply("date-picker.error.required"));
        i18n.setMinErrorMessage(translate.apply("date-picker.error.min"));
        i18n.setMaxErrorMessage(translate.apply("date-picker.error.max"));
        return i18n;
    }

    /** Makes a date picker's field format, accepted input, calendar and messages follow the locale. */
    public static void localize(DatePicker picker, Locale locale) {
        picker.setLocale(locale);
        picker.setI18n(datePickerI18n(locale, key -> picker.getTranslation(locale, key)));
    }

    /** The same for a date and time picker: its date part as {@link #localize(DatePicker, Locale)}. */
    public static void localize(DateTimePicker picker, Locale locale) {
        picker.setLocale(locale);
        picker.setDatePickerI18n(datePickerI18n(locale, key -> picker.getTranslation(locale, key)));
        var i18n = new DateTimePicker.DateTimePickerI18n();
        i18n.setBadInputErrorMessage(picker.getTranslation(locale, "date-picker.error.bad-input"));
        i18n.setIncompleteInputErrorMessage(picker.getTranslation(locale, "date-time-picker.error.incomplete"));
        i18n.setRequiredErrorMessage(picker.getTranslation(locale, "date-time-picker.error.required"));
        i18n.setMinErrorMessage(picker.getTranslation(locale, "date-time-picker.error.min"));
        i18n.setMaxErrorMessage(picker.getTranslation(locale, "date-time-picker.error.max"));
        i18n.setDateLabel(picker.getTranslation(locale, "date-time-picker.date"));
        i18n.setTimeLabel(picker.getTranslation(locale, "date-time-picker.time"));
        picker.setI18n(i18n);
    }

    private static String capitalized(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }
}
