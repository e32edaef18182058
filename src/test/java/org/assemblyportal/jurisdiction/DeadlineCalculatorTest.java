package org.assemblyportal.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.assemblyportal.base.LocalizedException;
import org.assemblyportal.jurisdiction.ExplanationStep.Kind;
import org.junit.jupiter.api.Test;

/** Hand-computed deadlines; the comments give the count so that a reader can check it. */
class DeadlineCalculatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private static DeadlineResult compute(String code, AssemblyForm form, String start, String registeredOn) {
        var jurisdiction = RuleFilesTest.JURISDICTIONS.jurisdiction(code).orElseThrow();
        return DeadlineCalculator.compute(jurisdiction, new DeadlineQuery(code, form, LocalDateTime.parse(start),
                registeredOn == null ? null : LocalDate.parse(registeredOn)), TODAY);
    }

    @Test
    void almaty_2022_the_akimat_had_until_16_february_so_a_refusal_dated_17_february_was_late() {
        // Registered Monday 7 Feb 2022; 7 working days from the next day: 8, 9, 10, 11, 14, 15, 16 Feb.
        var result = compute("KZ", AssemblyForm.MARCH, "2022-03-08T11:00", "2022-02-07");

        assertThat(result.authority().dueDate()).isEqualTo(LocalDate.of(2022, 2, 16));
        assertThat(LocalDate.of(2022, 2, 17)).isAfter(result.authority().dueDate());
        assertThat(result.authority().steps()).filteredOn(s -> s.kind() == Kind.COUNTED)
                .extracting(ExplanationStep::date).containsExactly(LocalDate.of(2022, 2, 8), LocalDate.of(2022, 2, 9),
                        LocalDate.of(2022, 2, 10), LocalDate.of(2022, 2, 11), LocalDate.of(2022, 2, 14),
                        LocalDate.of(2022, 2, 15), LocalDate.of(2022, 2, 16));
        assertThat(result.authority().silence()).isEqualTo(SilenceRule.NO_EFFECT);
        assertThat(result.authority().citation().article()).isEqualTo("Art. 13(1)");
        assertThat(result.status().filedInTime()).isTrue();
    }

    @Test
    void almaty_2022_the_refusal_received_on_17_february_could_be_challenged_until_17_may_by_the_unconfirmed_rule() {
        // Three months from the day after receipt: the same date three months on, 17 May 2022 (a Tuesday).
        var kz = RuleFilesTest.JURISDICTIONS.jurisdiction("KZ").orElseThrow();
        var due = DeadlineCalculator.appealDue(kz.calendar(), kz.appeal(), LocalDate.of(2022, 2, 17), kz.summary().zone());

        assertThat(due.lastDay()).isEqualTo(LocalDate.of(2022, 5, 17));
        assertThat(due.period().unit()).isEqualTo(PeriodUnit.MONTHS);
        assertThat(due.citation().verified()).isFalse();
        assertThat(due.steps()).extracting(ExplanationStep::kind).containsExactly(Kind.START_DAY, Kind.DEADLINE);
    }

    @Test
    void a_period_in_months_ending_in_a_shorter_month_ends_on_its_last_day_and_no_fixed_period_gives_none() {
        var england = RuleFilesTest.JURISDICTIONS.jurisdiction("GB-ENG").orElseThrow();
        var due = DeadlineCalculator.appealDue(england.calendar(), england.appeal(), LocalDate.of(2024, 11, 30),
                england.summary().zone());
        assertThat(due.lastDay()).isEqualTo(LocalDate.of(2025, 2, 28));

        var model = RuleFilesTest.JURISDICTIONS.jurisdiction("ODIHR").orElseThrow();
        assertThat(DeadlineCalculator.appealDue(model.calendar(), model.appeal(), LocalDate.of(2024, 11, 30),
                model.summary().zone())).isNull();
    }

    @Test
    void almaty_2022_the_march_application_was_due_by_22_february_counting_the_decreed_transfer() {
        // Back from Tue 8 Mar (not counted): 7 Mar decreed day off, 6 Sun; 5 Mar Saturday made a working day (1),
        // 4 (2), 3 (3), 2 (4), 1 Mar (5), 28 Feb (6), 27-26 weekend, 25 (7), 24 (8), 23 (9), 22 Feb (10).
        var result = compute("KZ", AssemblyForm.MARCH, "2022-03-08T11:00", null);

        assertThat(result.filing().lastDay()).isEqualTo(LocalDate.of(2022, 2, 22));
        assertThat(result.filing().steps()).anySatisfy(step -> {
            assertThat(step.date()).isEqualTo(LocalDate.of(2022, 3, 7));
            assertThat(step.kind()).isEqualTo(Kind.SKIPPED);
            assertThat(step.dayKind()).isEqualTo(DayKind.TRANSFERRED_DAY_OFF);
        });
        assertThat(result.filing().steps()).anySatisfy(step -> {
            assertThat(step.date()).isEqualTo(LocalDate.of(2022, 3, 5));
            assertThat(step.kind()).isEqualTo(Kind.COUNTED);
            assertThat(step.count()).isEqualTo(1);
            assertThat(step.dayKind()).isEqualTo(DayKind.TRANSFERRED_WORKING_DAY);
        });
    }

    @Test
    void a_kazakh_rally_on_8_march_2022_had_to_be_notified_by_1_march() {
        // 5 Mar (1, decreed working Saturday), 4 (2), 3 (3), 2 (4), 1 Mar (5).
        assertThat(compute("KZ", AssemblyForm.RALLY, "2022-03-08T12:00", null).filing().lastDay())
                .isEqualTo(LocalDate.of(2022, 3, 1));
    }

    @Test
    void counting_back_over_new_year_skips_the_holidays_and_the_substitute_day() {
        // Wed 4 Jan 2023: 3 Jan substitute day off (1 Jan was a Sunday), 2 Jan holiday, 1 Jan holiday,
        // 31 Dec Saturday; then 30 (1), 29 (2), 28 (3), 27 (4), 26 Dec 2022 (5).
        var result = compute("KZ", AssemblyForm.PICKET, "2023-01-04T10:00", null);

        assertThat(result.filing().lastDay()).isEqualTo(LocalDate.of(2022, 12, 26));
        assertThat(result.filing().steps()).filteredOn(s -> s.kind() == Kind.SKIPPED).extracting(ExplanationStep::dayKind)
                .containsExactly(DayKind.SUBSTITUTE_DAY_OFF, DayKind.HOLIDAY, DayKind.HOLIDAY, DayKind.WEEKEND);
    }

    @Test
    void the_akimat_answers_a_notification_within_3_working_days_skipping_nauryz() {
        // Registered Thu 16 Mar 2023: 17 (1), 18-19 weekend, 20 (2), 21-23 Nauryz, 24 Mar (3).
        var result = compute("KZ", AssemblyForm.RALLY, "2023-04-01T12:00", "2023-03-16");

        assertThat(result.authority().dueDate()).isEqualTo(LocalDate.of(2023, 3, 24));
        assertThat(result.authority().silence()).isEqualTo(SilenceRule.MAY_PROCEED_AS_NOTIFIED);
    }

    @Test
    void an_english_procession_needs_six_clear_days() {
        // Sat 15 Jun 2024: 14, 13, 12, 11, 10, 9 are the six clear days; deliver by Sat 8 June.
        var result = compute("GB-ENG", AssemblyForm.PROCESSION, "2024-06-15T14:00", null);

        assertThat(result.filing().lastDay()).isEqualTo(LocalDate.of(2024, 6, 8));
        assertThat(result.authority()).isNull();
        assertThat(result.exemptions()).extracting(LabeledRule::code).contains("CUSTOMARY_OR_FUNERAL");
    }

    @Test
    void an_english_static_assembly_needs_no_notice() {
        var result = compute("GB-ENG", AssemblyForm.STATIC_ASSEMBLY, "2026-12-05T12:00", null);

        assertThat(result.regime()).isEqualTo(Regime.NONE);
        assertThat(result.filing()).isNull();
        assertThat(result.status().tooLate()).isFalse();
    }

    @Test
    void a_national_mall_permit_is_asked_at_least_48_hours_and_at_most_a_year_ahead() {
        var result = compute("US-NPS-NCR", AssemblyForm.DEMONSTRATION, "2025-07-04T12:00", "2025-06-01");

        assertThat(result.filing().lastMoment()).isEqualTo(ZonedDateTime.parse("2025-07-02T12:00-04:00[America/New_York]"));
        assertThat(result.filing().firstDay()).isEqualTo(LocalDate.of(2024, 7, 4));
        // Registered some time on 1 June: counted from the end of that day, 24 hours.
        assertThat(result.authority().dueMoment()).isEqualTo(ZonedDateTime.parse("2025-06-03T00:00-04:00[America/New_York]"));
        assertThat(result.authority().silence()).isEqualTo(SilenceRule.DEEMED_GRANTED);
        assertThat(result.authority().citation().verified()).isFalse();
    }

    @Test
    void the_odihr_model_sets_no_fixed_period() {
        var result = compute("ODIHR", AssemblyForm.RALLY, "2030-05-01T12:00", null);

        assertThat(result.regime()).isEqualTo(Regime.NOTIFICATION);
        assertThat(result.filing()).isNull();
    }

    @Test
    void too_late_says_so_and_finds_the_earliest_date_that_can_still_be_met() {
        // Today Tue 24 Nov 2026. A rally on Mon 30 Nov would have needed notice by 23 Nov;
        // on Tue 1 Dec: 30 Nov (1), 27 (2), 26 (3), 25 (4), 24 Nov (5) = today.
        var result = compute("KZ", AssemblyForm.RALLY, "2026-11-30T12:00", null);

        assertThat(result.filing().lastDay()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(result.status().tooLate()).isTrue();
        assertThat(result.status().daysLeftToFile()).isEqualTo(-1);
        assertThat(result.status().earliestLawfulStart()).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void a_form_the_jurisdiction_does_not_regulate_and_a_date_beyond_the_data_are_refused() {
        assertThatThrownBy(() -> compute("US-NPS-NCR", AssemblyForm.STATIC_ASSEMBLY, "2026-12-05T12:00", null))
                .isInstanceOfSatisfying(LocalizedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("deadline.form-not-regulated"));
        assertThatThrownBy(() -> compute("KZ", AssemblyForm.MARCH, "2020-05-20T12:00", null))
                .isInstanceOfSatisfying(LocalizedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("deadline.rules-not-covered-before"));
        assertThatThrownBy(() -> compute("KZ", AssemblyForm.MARCH, "2101-02-01T12:00", null))
                .isInstanceOf(OutsideCalendarException.class);
    }

    @Test
    void a_year_without_decrees_is_counted_provisionally_not_refused() {
        // February 2027: the holidays are known, the transfers for 2027 not yet decreed.
        var result = compute("KZ", AssemblyForm.MARCH, "2027-02-15T12:00", null);
        assertThat(result.provisional()).isTrue();
        assertThat(result.provisionalYears()).containsExactly(2027);
        assertThat(result.filing().lastDay()).isEqualTo(LocalDate.of(2027, 2, 1));
        var decreed = compute("KZ", AssemblyForm.MARCH, "2026-11-16T12:00", null);
        assertThat(decreed.provisional()).isFalse();
        // A count that reaches back from January 2027 into December 2026 is provisional only for 2027's days.
        assertThat(compute("KZ", AssemblyForm.MARCH, "2027-01-12T12:00", null).provisionalYears()).containsExactly(2027);
    }

    @Test
    void an_appeal_period_counts_only_for_decisions_received_while_its_code_was_in_force() {
        var kz = RuleFilesTest.JURISDICTIONS.jurisdiction("KZ").orElseThrow();
        // The Administrative Procedural and Process Code applies from 1 July 2021.
        assertThat(DeadlineCalculator.appealDue(kz.calendar(), kz.appeal(), LocalDate.of(2021, 6, 30),
                kz.summary().zone())).isNull();
        assertThat(DeadlineCalculator.appealDue(kz.calendar(), kz.appeal(), LocalDate.of(2022, 2, 17),
                kz.summary().zone()).lastDay()).isEqualTo(LocalDate.of(2022, 5, 17));
    }

    @Test
    void the_rules_of_the_day_that_matters_are_used_and_named() {
        var result = compute("KZ", AssemblyForm.MARCH, "2022-03-08T11:00", "2022-02-07");
        assertThat(result.rulesOn()).isEqualTo(LocalDate.of(2022, 2, 7));
        assertThat(result.rulesInForce().from()).isEqualTo(LocalDate.of(2020, 6, 6));
    }
}
