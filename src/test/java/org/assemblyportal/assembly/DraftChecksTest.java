package org.assemblyportal.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.assemblyportal.assembly.ApplicationData.Waypoint;
import org.assemblyportal.assembly.Completeness.Problem;
import org.assemblyportal.assembly.Completeness.Severity;
import org.assemblyportal.base.i18n.MessageKey;
import org.assemblyportal.base.i18n.PortalLocales;
import org.assemblyportal.jurisdiction.ApplicationField;
import org.assemblyportal.jurisdiction.AssemblyForm;
import org.assemblyportal.jurisdiction.Jurisdiction;
import org.assemblyportal.jurisdiction.ShippedJurisdictions;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;

/** The checks of a draft against the designated places and restricted zones of its rule file. */
class DraftChecksTest {

    static final Jurisdiction KZ = ShippedJurisdictions.of("KZ");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T06:00:00Z"), ZoneOffset.UTC);
    static final MessageSource MESSAGES = ApplicationSamples.translations();
    static final List<String> PLACE_KEYS = List.of("draft.over-capacity", "draft.not-designated", "draft.restricted-zone");

    /** The Almaty march sample, complete, on a day still ahead. */
    static ApplicationData march() {
        return ApplicationSamples.almatyMarch()
                .withTimes(LocalDateTime.parse("2026-05-15T11:00"), LocalDateTime.parse("2026-05-15T13:00"));
    }

    /** The same march on 8 March 2022, when the Almaty list of 2020 was in force. */
    static ApplicationData march2022() {
        return ApplicationSamples.almatyMarch()
                .withTimes(LocalDateTime.parse("2022-03-08T11:00"), LocalDateTime.parse("2022-03-08T13:00"));
    }

    static Completeness check(Jurisdiction jurisdiction, ApplicationData data) {
        return new DraftChecks(jurisdiction, CLOCK).check(data, null, List.of());
    }

    static List<Problem> placeProblems(Completeness check) {
        return check.problems().stream().filter(p -> PLACE_KEYS.contains(p.messageKey())).toList();
    }

    static String text(Problem problem, Locale locale) {
        var arguments = MessageKey.resolve(problem.arguments().toArray(),
                key -> MESSAGES.getMessage(key, null, locale), locale);
        return MESSAGES.getMessage(problem.messageKey(), arguments, locale);
    }

    @Test
    void more_participants_than_a_designated_place_holds_is_invalid_and_cites_the_source_of_the_occupancy() {
        var rally = march2022().withForm(AssemblyForm.RALLY).withRoute(List.of())
                .withPlace("  сквер имени ЧОКАНА   Валиханова ").withParticipants(1500);

        var check = check(KZ, rally);

        assertThat(placeProblems(check)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo(ApplicationField.PARTICIPANTS);
            assertThat(p.severity()).isEqualTo(Severity.INVALID);
            assertThat(p.messageKey()).isEqualTo("draft.over-capacity");
            assertThat(p.citation().url()).contains("ktk.kz");
            assertThat(p.citation().verified()).isFalse();
            assertThat(text(p, Locale.ENGLISH)).startsWith("Shokan Valikhanov square: at most 1,000 participants")
                    .contains("plans 1,500").contains("ground for ending the assembly");
            assertThat(text(p, PortalLocales.KAZAKH)).startsWith("Шоқан Уәлиханов атындағы гүлзар:");
        });
        assertThat(check.complete()).isFalse();
        assertThat(placeProblems(check(KZ, rally.withParticipants(1000)))).isEmpty();
        // From the maslikhat's decision of August 2024 the square is no longer designated; Imanov square holds 500.
        assertThat(placeProblems(check(KZ, rally.withTimes(march().start(), march().end())))).extracting(Problem::messageKey)
                .containsExactly("draft.not-designated");
        assertThat(placeProblems(check(KZ, rally.withTimes(march().start(), march().end())
                .withPlace("Сквер имени Амангельды Иманова").withParticipants(600)))).extracting(Problem::messageKey)
                .containsExactly("draft.over-capacity");
    }

    @Test
    void a_place_or_route_outside_the_designated_ones_is_only_a_warning() {
        var check = check(KZ, march());

        assertThat(placeProblems(check)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo(ApplicationField.PLACE_OR_ROUTE);
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.messageKey()).isEqualTo("draft.not-designated");
            assertThat(p.citation().article()).isEqualTo("Art. 8(2)");
            assertThat(text(p, Locale.ENGLISH)).contains("Almaty", "Mahatma Gandhi park", "may be refused or ended");
            assertThat(text(p, PortalLocales.RUSSIAN)).contains("Алматы", "Парк имени Махатмы Ганди");
        });
        assertThat(check.complete()).isTrue();
    }

    @Test
    void the_designated_route_typed_in_another_language_needs_no_warning() {
        var route = KZ.places().allPlaces().filter(p -> p.code().equals("VALIKHANOV_TO_GANDHI_ROUTE")).findFirst().orElseThrow();
        var points = route.points(PortalLocales.KAZAKH).stream().map(name -> new Waypoint(name, null, null)).toList();

        assertThat(placeProblems(check(KZ, march2022().withRoute(points).withParticipants(5000)))).isEmpty();
        assertThat(placeProblems(check(KZ, march2022().withRoute(points.subList(0, 2))))).extracting(Problem::messageKey)
                .containsExactly("draft.not-designated");
        assertThat(placeProblems(check(KZ, march().withRoute(List.of()).withPlace("Mahatma Gandhi Park")))).isEmpty();
    }

    @Test
    void the_picket_zone_is_a_reminder_for_pickets_only() {
        var picket = march2022().withForm(AssemblyForm.PICKET).withRoute(List.of()).withPlace("Square behind the «Sary-Arka» cinema")
                .withParticipants(1);

        var check = check(KZ, picket);

        assertThat(placeProblems(check)).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("draft.restricted-zone");
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.citation().verified()).isFalse();
            assertThat(text(p, Locale.ENGLISH)).startsWith("Almaty: Pickets are banned within at least 150 metres");
        });
        assertThat(placeProblems(check(KZ, picket.withForm(AssemblyForm.MEETING)))).isEmpty();
    }

    @Test
    void jurisdictions_without_designated_places_get_none_of_these_checks() {
        var london = ApplicationSamples.londonProcession().withTimes(LocalDateTime.parse("2026-05-15T11:00"),
                LocalDateTime.parse("2026-05-15T13:00"));
        for (var code : List.of("GB-ENG", "ODIHR", "US-NPS-NCR")) {
            var jurisdiction = ShippedJurisdictions.of(code);
            assertThat(jurisdiction.places().listsAny()).as(code).isFalse();
            assertThat(placeProblems(check(jurisdiction, london.withForm(AssemblyForm.PICKET).withParticipants(100_000))))
                    .as(code).isEmpty();
        }
    }
}
