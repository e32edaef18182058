package org.assemblyportal.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assemblyportal.base.i18n.PortalLocales;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How dates are shown, typed and picked in Kazakh, Russian and English. */
class LocalizedFormatsTest {

    private static final LocalDate SECOND_OF_JANUARY = LocalDate.of(2027, 1, 2);
    private static final Locale KK = PortalLocales.KAZAKH;
    private static final Locale RU = PortalLocales.RUSSIAN;
    private static final Locale EN = PortalLocales.ENGLISH;

    @Test
    void kazakh_and_russian_fields_show_day_month_year_with_dots_and_also_take_iso() {
        assertThat(LocalizedFormats.dateFormats(KK)).containsExactly("dd.MM.yyyy", "yyyy-MM-dd");
        assertThat(LocalizedFormats.dateFormats(RU)).containsExactly("dd.MM.yyyy", "yyyy-MM-dd");
        // The picker formats with date-fns; for these letters its patterns mean what java.time's do.
        assertThat(DateTimeFormatter.ofPattern("dd.MM.yyyy").format(SECOND_OF_JANUARY)).isEqualTo("02.01.2027");
    }

    @Test
    void english_fields_show_the_month_by_name_and_take_british_numeric_dates_and_iso() {
        assertThat(LocalizedFormats.dateFormats(EN)).first().isEqualTo("d MMM yyyy");
        assertThat(LocalizedFormats.dateFormats(EN)).contains("dd/MM/yyyy", "yyyy-MM-dd");
        assertThat(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.US).format(SECOND_OF_JANUARY)).isEqualTo("2 Jan 2027");
    }

    @Test
    void every_language_accepts_iso() {
        PortalLocales.SUPPORTED.forEach(locale -> assertThat(LocalizedFormats.dateFormats(locale)).contains("yyyy-MM-dd"));
    }

    @Test
    void no_format_has_a_two_digit_year_because_the_picker_derives_that_one_from_yyyy() {
        // Vaadin's picker tries "dd.MM.yy" before "dd.MM.yyyy" by itself, so 02.01.27 and 2.1.2027 both work.
        PortalLocales.SUPPORTED.forEach(locale -> assertThat(LocalizedFormats.dateFormats(locale))
                .allSatisfy(format -> assertThat(format).contains("yyyy")));
    }

    @ParameterizedTest
    @CsvSource({
            "kk, Қаңтар, Желтоқсан, жексенбі, Жс",
            "ru, Январь, Декабрь, воскресенье, Вс",
            "en, January, December, Sunday, Sun"})
    void the_calendar_names_months_and_weekdays_in_the_language_and_starts_on_monday(String tag, String january,
            String december, String sunday, String sundayShort) {
        var i18n = LocalizedFormats.datePickerI18n(Locale.forLanguageTag(tag), key -> "[" + key + "]");

        assertThat(i18n.getMonthNames()).hasSize(12).startsWith(january).endsWith(december);
        assertThat(i18n.getWeekdays()).hasSize(7).startsWith(sunday);
        assertThat(i18n.getWeekdaysShort()).hasSize(7).startsWith(sundayShort);
        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(i18n.getDateFormats()).isEqualTo(LocalizedFormats.dateFormats(Locale.forLanguageTag(tag)));
    }

    @Test
    void the_calendar_buttons_and_every_error_are_translated() {
        var i18n = LocalizedFormats.datePickerI18n(KK, key -> "[" + key + "]");

        assertThat(i18n.getToday()).isEqualTo("[date-picker.today]");
        assertThat(i18n.getCancel()).isEqualTo("[date-picker.cancel]");
        assertThat(i18n.getBadInputErrorMessage()).isEqualTo("[date-picker.error.bad-input]");
        assertThat(i18n.getRequiredErrorMessage()).isEqualTo("[date-picker.error.required]");
        assertThat(i18n.getMinErrorMessage()).isEqualTo("[date-picker.error.min]");
        assertThat(i18n.getMaxErrorMessage()).isEqualTo("[date-picker.error.max]");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "kk | 2027 жылғы 2 қаңтар",
            "ru | 2 января 2027 г.",
            "en | 2 January 2027"})
    void dates_in_sentences_are_written_out_as_the_language_writes_them(String tag, String expected) {
        assertThat(LocalizedFormats.longDate(SECOND_OF_JANUARY, Locale.forLanguageTag(tag))).isEqualTo(expected);
    }

    @Test
    void kazakh_long_dates_use_the_month_names_of_running_text() {
        assertThat(LocalizedFormats.longDate(LocalDate.of(2026, 12, 15), KK)).isEqualTo("2026 жылғы 15 желтоқсан");
        assertThat(LocalizedFormats.longDate(LocalDate.of(2026, 12, 15), RU)).isEqualTo("15 декабря 2026 г.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru", "en"})
    void the_too_late_sentences_read_well_with_written_out_dates(String tag) throws IOException {
        var locale = Locale.forLanguageTag(tag);
        var messages = new Properties();
        var file = "/vaadin-i18n/translations" + ("en".equals(tag) ? "" : "_" + tag) + ".properties";
        try (var in = new InputStreamReader(getClass().getResourceAsStream(file), StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        var last = LocalizedFormats.longDate(LocalDate.of(2026, 11, 24), locale);
        var earliest = LocalizedFormats.longDate(LocalDate.of(2026, 12, 19), locale);
        var both = new MessageFormat(messages.getProperty("deadline.too-late"), locale).format(new Object[] {last, earliest});
        var lastOnly = new MessageFormat(messages.getProperty("draft.deadline.too-late"), locale).format(new Object[] {last});

        assertThat(both).contains(last, earliest).doesNotContain("..").doesNotContainPattern("-\\d");
        assertThat(lastOnly).contains(last).doesNotContain("..");
    }

    @Test
    void every_date_picker_in_the_portal_is_localized() throws IOException {
        var created = Pattern.compile("new (DatePicker|DateTimePicker)\\(");
        var localized = Pattern.compile("LocalizedFormats\\.localize\\(");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            var views = files.filter(f -> f.toString().endsWith(".java")).toList();
            assertThat(views).isNotEmpty();
            for (var view : views) {
                var source = Files.readString(view);
                assertThat(localized.matcher(source).results().count())
                        .as("LocalizedFormats.localize calls in %s, one per picker it creates", view)
                        .isGreaterThanOrEqualTo(created.matcher(source).results().count());
            }
        }
    }
}
