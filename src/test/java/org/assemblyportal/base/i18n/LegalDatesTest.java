package org.assemblyportal.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Dates written out and counts in the plural forms of each language, as documents print them. */
class LegalDatesTest {

    static final Locale RU = Locale.forLanguageTag("ru");
    static final Locale KK = Locale.forLanguageTag("kk");
    static final PortalMessageSource MESSAGES = PortalMessageSource.translations();

    @Test
    void a_day_is_written_out_as_each_language_writes_it_in_a_sentence() {
        var day = LocalDate.of(2022, 2, 16);
        assertThat(LegalDates.longDate(day, Locale.ENGLISH)).isEqualTo("16 February 2022");
        assertThat(LegalDates.longDate(day, RU)).isEqualTo("16 февраля 2022 г.");
        assertThat(LegalDates.longDate(day, KK)).isEqualTo("2022 жылғы 16 ақпан");
        assertThat(LegalDates.longDateTime(LocalDateTime.of(2022, 3, 8, 11, 0), RU)).isEqualTo("8 марта 2022 г., 11:00");
        assertThat(LegalDates.longDate(LocalDate.of(2022, 12, 1), KK)).isEqualTo("2022 жылғы 1 желтоқсан");
    }

    @Test
    void working_days_take_the_plural_form_of_the_number() {
        assertThat(count(RU, 1)).isEqualTo("1 рабочий день");
        assertThat(count(RU, 3)).isEqualTo("3 рабочих дня");
        assertThat(count(RU, 7)).isEqualTo("7 рабочих дней");
        assertThat(count(RU, 11)).isEqualTo("11 рабочих дней");
        assertThat(count(RU, 21)).isEqualTo("21 рабочий день");
        assertThat(count(RU, 22)).isEqualTo("22 рабочих дня");
        assertThat(count(KK, 3)).isEqualTo("3 жұмыс күні");
        assertThat(count(Locale.ENGLISH, 1)).isEqualTo("1 working day");
        assertThat(count(Locale.ENGLISH, 3)).isEqualTo("3 working days");
    }

    @Test
    void a_date_that_ends_with_a_full_stop_closes_its_sentence_alone_and_plain_messages_stay_as_they_were() {
        var due = MESSAGES.getMessage("compliance.due", new Object[] {1, LocalDate.of(2022, 2, 7), LocalDate.of(2022, 2, 16)},
                RU);
        assertThat(due).isEqualTo("Подача 1, зарегистрирована 7 февраля 2022 г.: орган должен был ответить до 16 февраля 2022 г.")
                .doesNotContain("г..");
        var late = MESSAGES.getMessage("compliance.answer-late", new Object[] {LocalDate.of(2022, 2, 17),
                LocalDate.of(2022, 2, 16), 3L}, RU);
        assertThat(late).contains("на 3 дня позже").endsWith("(16 февраля 2022 г.).");
        assertThat(MESSAGES.getMessage("compliance.answer-late", new Object[] {"17 February 2022", "16 February 2022", 1L},
                Locale.ENGLISH)).isEqualTo("The decision is dated 17 February 2022: 1 day after the authority's last day "
                        + "to answer, 16 February 2022.");
    }

    private static String count(Locale locale, int amount) {
        return MESSAGES.getMessage("period.count.working-days", new Object[] {amount}, locale);
    }
}
