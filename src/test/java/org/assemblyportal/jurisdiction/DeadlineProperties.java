package org.assemblyportal.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties every deadline must have, tried on many random dates. */
class DeadlineProperties {

    private static final JurisdictionService JURISDICTIONS = RuleFilesTest.JURISDICTIONS;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    record Case(String jurisdiction, AssemblyForm form) {
    }

    @Provide
    Arbitrary<Case> casesWithLeadTimes() {
        var cases = JURISDICTIONS.all().stream()
                .flatMap(j -> JURISDICTIONS.jurisdiction(j.code()).orElseThrow().forms().values().stream()
                        .filter(f -> f.leadTime() != null).map(f -> new Case(j.code(), f.form())))
                .toList();
        return Arbitraries.of(cases);
    }

    /** Dates from the Kazakh law's entry into force (6 June 2020) to the end of 2027, the first provisional year. */
    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, (int) java.time.temporal.ChronoUnit.DAYS.between(
                LocalDate.of(2020, 7, 1), LocalDate.of(2027, 12, 1))).map(LocalDate.of(2020, 7, 1)::plusDays);
    }

    @Property(tries = 400)
    void a_working_day_filing_deadline_is_a_working_day(@ForAll("dates") LocalDate start) {
        var kz = JURISDICTIONS.jurisdiction("KZ").orElseThrow();
        for (var form : List.of(AssemblyForm.RALLY, AssemblyForm.MARCH)) {
            var result = DeadlineCalculator.compute(kz, new DeadlineQuery("KZ", form, start.atTime(12, 0), null), TODAY);
            assertThat(kz.calendar().isWorkingDay(result.filing().lastDay())).as(form + " on " + start).isTrue();
        }
    }

    @Property(tries = 400)
    void the_authoritys_working_day_due_date_is_a_working_day(@ForAll("dates") LocalDate registered) {
        var kz = JURISDICTIONS.jurisdiction("KZ").orElseThrow();
        for (var form : List.of(AssemblyForm.PICKET, AssemblyForm.DEMONSTRATION)) {
            var result = DeadlineCalculator.compute(kz,
                    new DeadlineQuery("KZ", form, registered.plusDays(30).atTime(12, 0), registered), TODAY);
            assertThat(kz.calendar().isWorkingDay(result.authority().dueDate())).as(form + " from " + registered).isTrue();
            assertThat(result.authority().dueDate()).isAfter(registered);
        }
    }

    @Property(tries = 1000)
    void a_later_assembly_never_has_an_earlier_filing_deadline(@ForAll("casesWithLeadTimes") Case aCase,
            @ForAll("dates") LocalDate start, @ForAll("laterBy") int days, @ForAll("minutes") int minutes) {
        var jurisdiction = JURISDICTIONS.jurisdiction(aCase.jurisdiction()).orElseThrow();
        var first = LocalDateTime.of(start, java.time.LocalTime.NOON);
        var later = first.plusDays(days).plusMinutes(minutes);
        var earlier = DeadlineCalculator.compute(jurisdiction, new DeadlineQuery(aCase.jurisdiction(), aCase.form(), first, null), TODAY);
        var laterResult = DeadlineCalculator.compute(jurisdiction, new DeadlineQuery(aCase.jurisdiction(), aCase.form(), later, null), TODAY);
        assertThat(laterResult.filing().lastDay()).isAfterOrEqualTo(earlier.filing().lastDay());
    }

    @Provide
    Arbitrary<Integer> laterBy() {
        return Arbitraries.integers().between(0, 20);
    }

    @Provide
    Arbitrary<Integer> minutes() {
        return Arbitraries.integers().between(0, 600);
    }

}
