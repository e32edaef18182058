package org.assemblyportal.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
import org.assemblyportal.authority.ClaimService;
import org.assemblyportal.authority.ClaimType;
import org.assemblyportal.authority.ClaimView;
import org.assemblyportal.authority.NewClaim;
import org.assemblyportal.authority.NewResponse;
import org.assemblyportal.authority.ResponseService;
import org.assemblyportal.base.ForbiddenException;
import org.assemblyportal.base.InvalidInputException;
import org.assemblyportal.base.NotFoundException;
import org.assemblyportal.jurisdiction.AssemblyForm;
import org.assemblyportal.monitoring.ClaimTestResult.SegmentResult;
import org.assemblyportal.security.GlobalRole;
import org.assemblyportal.security.TestAccounts;
import org.assemblyportal.security.UserRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * A march along three waypoints (two segments) a month from the test clock's today, refused for works
 * "on the streets of the route"; the claim covers both segments from 11:00 to 13:00 Almaty time (+05:00).
 */
@ServiceTest
@Import(TestAccounts.class)
class ClaimTestServiceTest {

    static final LocalDateTime START = TestClock.TODAY.plusDays(30).atTime(11, 0);

    @Autowired
    ClaimTestService tests;
    @Autowired
    ObservationService observations;
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
    UserRef partner;
    CaseDetails march;
    ClaimView works;

    @BeforeEach
    void aWorksClaimOnBothSegments() {
        organizer = accounts.create(GlobalRole.ORGANIZER);
        lawyer = accounts.create(GlobalRole.LAWYER);
        monitor = accounts.create(GlobalRole.MONITOR);
        partner = accounts.create(GlobalRole.MONITOR);
        march = accounts.as(organizer, () -> cases.create(new NewCase("March", "KZ", START.toLocalDate())));
        accounts.as(organizer, () -> {
            cases.invite(march.id(), new Invitation(lawyer.username(), CaseRole.LAWYER));
            cases.invite(march.id(), new Invitation(monitor.username(), CaseRole.MONITOR));
            cases.invite(march.id(), new Invitation(partner.username(), CaseRole.MONITOR));
            drafts.save(march.id(), ApplicationData.empty().withForm(AssemblyForm.MARCH)
                    .withRoute(List.of(new Waypoint("Valikhanov square", null, null), new Waypoint("Shevchenko street", null, null),
                            new Waypoint("Gandhi park", null, null)))
                    .withTimes(START, START.plusHours(2)), -1);
            filings.record(march.id(), new NewFiling(FilingChannel.IN_PERSON, "1", TestClock.TODAY.minusDays(1).atTime(9, 0)),
                    List.of());
        });
        var refusal = accounts.as(lawyer, () -> responses.record(march.id(), new NewResponse(null,
                TestClock.TODAY.atTime(10, 0), null, "COURIER", null, null, "REFUSED", List.of("ART14_1_3"), null,
                "Ремонтные работы на улицах маршрута."), List.of()));
        works = accounts.as(lawyer, () -> claims.record(march.id(), new NewClaim(refusal.id(), ClaimType.CONSTRUCTION_WORKS,
                List.of(1, 2), false, START, START.plusHours(2), "Ремонтные работы")));
    }

    private ObservationView observe(UserRef who, int segment, LocalDateTime at, ObstacleDetails obstacle,
            ClaimAssessment assessment) {
        return accounts.as(who, () -> observations.record(march.id(), new NewObservation(UUID.randomUUID(),
                ObservationCategory.OBSTACLES, segment, at.atOffset(ZoneOffset.ofHours(5)), null, "at the corner",
                "Three metal fences on the pavement, nobody working.", null, null, obstacle, null,
                assessment == null ? null : new ClaimTest(works.id(), assessment, Confidence.HIGH)))).view();
    }

    private static ObstacleDetails fences(Boolean workers, Boolean work) {
        return new ObstacleDetails(ObstacleType.FENCING, 6.0, 10, true, workers, work, null, null);
    }

    @Test
    void fences_seen_by_two_monitors_on_segment_two_contradict_the_claim_there_and_segment_one_is_not_covered() {
        observe(monitor, 2, START.plusMinutes(10), fences(false, false), ClaimAssessment.CONTRADICTS);
        observe(partner, 2, START.plusMinutes(12), fences(false, false), ClaimAssessment.CONTRADICTS);

        var tested = accounts.as(lawyer, () -> tests.test(march.id(), works.id()));

        assertThat(tested.verdict()).isEqualTo(ClaimVerdict.CONTRADICTED);
        assertThat(tested.computed().segments()).extracting(SegmentResult::segment, SegmentResult::verdict,
                SegmentResult::monitors).containsExactly(tuple(1, ClaimVerdict.NOT_COVERED, 0),
                tuple(2, ClaimVerdict.CONTRADICTED, 2));
        assertThat(accounts.as(monitor, () -> tests.tests(march.id()))).singleElement()
                .satisfies(t -> assertThat(t.claim().id()).isEqualTo(works.id()));
    }

    @Test
    void without_an_assessment_obstacle_details_speak_fences_alone_partially_support_and_workers_support() {
        observe(monitor, 1, START.plusMinutes(5), fences(false, false), null);
        assertThat(accounts.as(lawyer, () -> tests.test(march.id(), works.id())).computed().segments().get(0).verdict())
                .isEqualTo(ClaimVerdict.PARTIALLY_SUPPORTED);

        observe(partner, 1, START.plusMinutes(6), fences(true, null), null);
        assertThat(accounts.as(lawyer, () -> tests.test(march.id(), works.id())).computed().segments().get(0).verdict())
                .isEqualTo(ClaimVerdict.SUPPORTED);
    }

    @Test
    void a_retracted_observation_and_one_before_the_window_count_for_nothing() {
        var seen = observe(monitor, 1, START.plusMinutes(5), fences(false, false), ClaimAssessment.CONTRADICTS);
        accounts.as(monitor, () -> observations.retract(march.id(), seen.id(), "Wrong street"));
        observe(monitor, 2, START.minusMinutes(1), fences(false, false), ClaimAssessment.CONTRADICTS);

        assertThat(accounts.as(lawyer, () -> tests.test(march.id(), works.id())).verdict()).isEqualTo(ClaimVerdict.NOT_COVERED);
    }

    @Test
    void a_lawyer_overrides_the_computed_verdict_with_a_reason_and_the_history_keeps_both() {
        observe(monitor, 2, START.plusMinutes(10), fences(false, false), ClaimAssessment.CONTRADICTS);

        accounts.as(lawyer, () -> tests.review(march.id(), works.id(), null, "Photos checked against the permit register."));
        var overridden = accounts.as(lawyer, () -> tests.review(march.id(), works.id(), ClaimVerdict.PARTIALLY_SUPPORTED,
                "The fences belong to a permitted excavation 50 m away."));

        assertThat(overridden.computed().verdict()).isEqualTo(ClaimVerdict.CONTRADICTED);
        assertThat(overridden.verdict()).isEqualTo(ClaimVerdict.PARTIALLY_SUPPORTED);
        assertThat(overridden.reviews()).extracting(ClaimTestView.Review::overridden, ClaimTestView.Review::verdict,
                ClaimTestView.Review::recordedBy).containsExactly(tuple(false, ClaimVerdict.CONTRADICTED, lawyer.displayName()),
                tuple(true, ClaimVerdict.PARTIALLY_SUPPORTED, lawyer.displayName()));
    }

    @Test
    void only_the_cases_lawyers_review_a_reason_is_required_and_strangers_find_nothing() {
        var stranger = accounts.create(GlobalRole.LAWYER);

        assertThatThrownBy(() -> accounts.as(organizer, () -> tests.review(march.id(), works.id(), null, "ok")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> accounts.as(monitor, () -> tests.review(march.id(), works.id(), null, "ok")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> accounts.as(lawyer, () -> tests.review(march.id(), works.id(), null, " ")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> accounts.as(stranger, () -> tests.test(march.id(), works.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.as(lawyer, () -> tests.test(march.id(), UUID.randomUUID())))
                .isInstanceOf(NotFoundException.class);
    }
}
