package org.assemblyportal.authority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.assemblyportal.ServiceTest;
import org.assemblyportal.TestClock;
import org.assemblyportal.assembly.ApplicationData;
import org.assemblyportal.assembly.ApplicationData.Waypoint;
import org.assemblyportal.assembly.CaseDetails;
import org.assemblyportal.assembly.CaseRole;
import org.assemblyportal.assembly.CaseService;
import org.assemblyportal.assembly.DraftService;
import org.assemblyportal.assembly.FilingChannel;
import org.assemblyportal.assembly.FilingService;
import org.assemblyportal.assembly.Invitation;
import org.assemblyportal.assembly.NewCase;
import org.assemblyportal.assembly.NewFiling;
import org.assemblyportal.assembly.RouteSegment;
import org.assemblyportal.base.ConflictException;
import org.assemblyportal.base.ForbiddenException;
import org.assemblyportal.base.InvalidInputException;
import org.assemblyportal.base.InvalidInputException.FieldViolation;
import org.assemblyportal.base.NotFoundException;
import org.assemblyportal.jurisdiction.AssemblyForm;
import org.assemblyportal.security.GlobalRole;
import org.assemblyportal.security.TestAccounts;
import org.assemblyportal.security.UserRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@ServiceTest
@Import(TestAccounts.class)
class ClaimServiceTest {

    static final LocalDateTime FILED = TestClock.TODAY.minusDays(1).atTime(9, 0);
    static final LocalDateTime MARCH_START = TestClock.TODAY.plusDays(30).atTime(11, 0);
    static final LocalDateTime MARCH_END = MARCH_START.plusHours(2);
    static final String REASON = "Отказать.\nНа улицах маршрута ведутся\n  ремонтно-монтажные работы.";

    @Autowired
    ClaimService claims;
    @Autowired
    ResponseService responses;
    @Autowired
    FilingService filings;
    @Autowired
    DraftService drafts;
    @Autowired
    CaseService cases;
    @Autowired
    TestAccounts accounts;

    UserRef organizer;
    UserRef lawyer;
    UserRef monitor;
    CaseDetails march;
    ResponseView refusal;

    @BeforeEach
    void aRefusedMarch() {
        organizer = accounts.create(GlobalRole.ORGANIZER);
        lawyer = accounts.create(GlobalRole.LAWYER);
        monitor = accounts.create(GlobalRole.MONITOR);
        march = accounts.as(organizer, () -> cases.create(new NewCase("March", "KZ", TestClock.TODAY.plusDays(30))));
        accounts.as(organizer, () -> {
            cases.invite(march.id(), new Invitation(lawyer.username(), CaseRole.LAWYER));
            cases.invite(march.id(), new Invitation(monitor.username(), CaseRole.MONITOR));
            drafts.save(march.id(), ApplicationData.empty().withForm(AssemblyForm.MARCH).withPlace("Valikhanov square")
                    .withRoute(List.of(new Waypoint("Valikhanov square", null, null), new Waypoint(" ", null, null),
                            new Waypoint("Shevchenko street", null, null), new Waypoint("Gandhi park", null, null)))
                    .withTimes(MARCH_START, MARCH_END), -1);
            filings.record(march.id(), new NewFiling(FilingChannel.IN_PERSON, "12-34", FILED), List.of());
        });
        refusal = accounts.as(lawyer, () -> responses.record(march.id(), new NewResponse(null,
                TestClock.TODAY.atTime(10, 0), null, "COURIER", null, null, "REFUSED", List.of("ART14_1_3"), null, REASON),
                List.of()));
    }

    private NewClaim works(List<Integer> segments, boolean atPlace, String quote) {
        return new NewClaim(refusal.id(), ClaimType.CONSTRUCTION_WORKS, segments, atPlace, MARCH_START, MARCH_END, quote);
    }

    @Test
    void a_works_claim_on_two_route_segments_is_recorded_with_the_segment_names_and_read_by_a_monitor() {
        var recorded = accounts.as(lawyer, () -> claims.record(march.id(),
                works(List.of(2, 1), false, "ведутся ремонтно-монтажные работы")));

        var seen = accounts.as(monitor, () -> claims.claims(march.id()));
        assertThat(seen).singleElement().satisfies(claim -> {
            assertThat(claim.id()).isEqualTo(recorded.id());
            assertThat(claim.responseId()).isEqualTo(refusal.id());
            assertThat(claim.filingSequence()).isEqualTo(1);
            assertThat(claim.type()).isEqualTo(ClaimType.CONSTRUCTION_WORKS);
            assertThat(claim.place()).isNull();
            // The blank waypoint is not walkable, so the route has two segments, numbered in walking order.
            assertThat(claim.segments()).containsExactly(new RouteSegment(1, "Valikhanov square", "Shevchenko street"),
                    new RouteSegment(2, "Shevchenko street", "Gandhi park"));
            assertThat(claim.windowStart().toLocalDateTime()).isEqualTo(MARCH_START);
            assertThat(claim.windowStart().getZone().getId()).isEqualTo("Asia/Almaty");
            assertThat(claim.windowEnd().toLocalDateTime()).isEqualTo(MARCH_END);
            assertThat(claim.quote()).isEqualTo("ведутся ремонтно-монтажные работы");
            assertThat(claim.recordedAt()).isEqualTo(TestClock.NOW);
            assertThat(claim.recordedBy()).isEqualTo(lawyer.displayName());
        });
    }

    @Test
    void a_claim_about_the_place_keeps_the_place_as_filed() {
        var claim = accounts.as(organizer, () -> claims.record(march.id(), new NewClaim(refusal.id(),
                ClaimType.PLACE_OCCUPIED, List.of(), true, MARCH_START, MARCH_END, "Отказать.")));

        assertThat(claim.place()).isEqualTo("Valikhanov square");
        assertThat(claim.segments()).isEmpty();
    }

    @Test
    void a_quote_that_is_not_in_the_reason_an_unknown_segment_and_a_backward_window_are_reported_together() {
        var bad = new NewClaim(refusal.id(), ClaimType.CONSTRUCTION_WORKS, List.of(1, 3), false, MARCH_END, MARCH_START,
                "works on Abay avenue");

        assertThatThrownBy(() -> accounts.as(lawyer, () -> claims.record(march.id(), bad)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::messageKey, FieldViolation::arguments)
                        .containsExactlyInAnyOrder(
                                tuple("windowEnd", "claim.window-end-before-start", List.of()),
                                tuple("quote", "claim.quote-not-in-reason", List.of()),
                                tuple("segments", "claim.unknown-segment", List.of(3))));
        assertThat(accounts.as(lawyer, () -> claims.claims(march.id()))).isEmpty();
    }

    @Test
    void a_quote_matches_the_reason_whatever_its_line_breaks_and_a_claim_needs_a_where_a_type_and_a_response() {
        var quoteAcrossLines = works(List.of(1), false, "ведутся ремонтно-монтажные\nработы");
        assertThat(accounts.as(lawyer, () -> claims.record(march.id(), quoteAcrossLines)).quote())
                .isEqualTo("ведутся ремонтно-монтажные\nработы");

        var nowhere = new NewClaim(UUID.randomUUID(), null, List.of(), false, null, null, " ");
        assertThatThrownBy(() -> accounts.as(lawyer, () -> claims.record(march.id(), nowhere)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::messageKey)
                        .containsExactlyInAnyOrder(tuple("responseId", "claim.unknown-response"),
                                tuple("type", "validation.required"), tuple("windowStart", "validation.required"),
                                tuple("windowEnd", "validation.required"), tuple("quote", "validation.required")));
        assertThatThrownBy(() -> accounts.as(lawyer, () -> claims.record(march.id(), works(List.of(), false, "Отказать."))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::messageKey).containsExactly("claim.where-required"));
    }

    @Test
    void a_correction_is_a_new_claim_naming_the_old_one_which_stays_and_is_corrected_once() {
        var first = accounts.as(lawyer, () -> claims.record(march.id(), works(List.of(1), false, "Отказать.")));
        var fixed = works(List.of(1, 2), false, "ремонтно-монтажные работы");

        var correction = accounts.as(lawyer, () -> claims.correct(march.id(), first.id(), fixed));

        assertThat(correction.corrects()).isEqualTo(first.id());
        assertThat(accounts.as(organizer, () -> claims.claims(march.id())))
                .extracting(ClaimView::id, c -> c.segments().size(), ClaimView::corrects)
                .containsExactly(tuple(first.id(), 1, null), tuple(correction.id(), 2, first.id()));
        assertThatThrownBy(() -> accounts.as(lawyer, () -> claims.correct(march.id(), first.id(), fixed)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> accounts.as(lawyer, () -> claims.correct(march.id(), UUID.randomUUID(), fixed)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void monitors_read_but_do_not_record_claims_and_strangers_do_not_find_the_case() {
        var stranger = accounts.create(GlobalRole.LAWYER);
        var claim = works(List.of(1), false, "Отказать.");

        assertThatThrownBy(() -> accounts.as(monitor, () -> claims.record(march.id(), claim)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> accounts.as(stranger, () -> claims.record(march.id(), claim)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.as(stranger, () -> claims.claims(march.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(accounts.as(monitor, () -> claims.claims(march.id()))).isEmpty();
    }
}
