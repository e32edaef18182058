package org.assemblyportal.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import org.assemblyportal.base.ConflictException;
import org.assemblyportal.base.ForbiddenException;
import org.assemblyportal.base.InvalidInputException;
import org.assemblyportal.base.InvalidInputException.FieldViolation;
import org.assemblyportal.base.LocalizedException;
import org.assemblyportal.base.NotFoundException;
import org.assemblyportal.jurisdiction.AssemblyForm;
import org.assemblyportal.security.GlobalRole;
import org.assemblyportal.security.TestAccounts;
import org.assemblyportal.security.UserRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;

@ServiceTest
@Import(TestAccounts.class)
class ObservationServiceTest {

    static final LocalDateTime MARCH_START = TestClock.TODAY.plusDays(30).atTime(11, 0);
    static final OffsetDateTime SEEN = OffsetDateTime.of(TestClock.TODAY.atTime(10, 42), ZoneOffset.ofHours(5));

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
    void aRefusedMarchWithAWorksClaimAndTwoMonitors() {
        organizer = accounts.create(GlobalRole.ORGANIZER);
        lawyer = accounts.create(GlobalRole.LAWYER);
        monitor = accounts.create(GlobalRole.MONITOR);
        partner = accounts.create(GlobalRole.MONITOR);
        march = accounts.as(organizer, () -> cases.create(new NewCase("March", "KZ", TestClock.TODAY.plusDays(30))));
        accounts.as(organizer, () -> {
            cases.invite(march.id(), new Invitation(lawyer.username(), CaseRole.LAWYER));
            cases.invite(march.id(), new Invitation(monitor.username(), CaseRole.MONITOR));
            cases.invite(march.id(), new Invitation(partner.username(), CaseRole.MONITOR));
            drafts.save(march.id(), ApplicationData.empty().withForm(AssemblyForm.MARCH)
                    .withRoute(List.of(new Waypoint("Valikhanov square", null, null),
                            new Waypoint("Shevchenko street", null, null), new Waypoint("Gandhi park", null, null)))
                    .withTimes(MARCH_START, MARCH_START.plusHours(2)), -1);
            filings.record(march.id(), new NewFiling(FilingChannel.IN_PERSON, "12-34",
                    TestClock.TODAY.minusDays(1).atTime(9, 0)), List.of());
        });
        var refusal = accounts.as(lawyer, () -> responses.record(march.id(), new NewResponse(null,
                TestClock.TODAY.atTime(10, 0), null, "COURIER", null, null, "REFUSED", List.of("ART14_1_3"), null,
                "Отказать: ведутся ремонтно-монтажные работы."), List.of()));
        works = accounts.as(lawyer, () -> claims.record(march.id(), new NewClaim(refusal.id(),
                ClaimType.CONSTRUCTION_WORKS, List.of(1, 2), false, MARCH_START, MARCH_START.plusHours(2),
                "ведутся ремонтно-монтажные работы")));
    }

    private NewObservation fences(UUID clientId) {
        return new NewObservation(clientId, ObservationCategory.OBSTACLES, 2, SEEN,
                new Location(43.2389498, 76.9457312, 8.5), "Corner of Shevchenko and Gandhi",
                "Three fence panels on the pavement, no workers, no machinery.", "Not works: the road is open.",
                new Counts(null, 2, 1, 0),
                new ObstacleDetails(ObstacleType.FENCING, 6.0, 10, true, false, false, null, null), null,
                new ClaimTest(works.id(), ClaimAssessment.CONTRADICTS, Confidence.HIGH));
    }

    @Test
    void a_monitor_records_an_obstacle_on_segment_two_with_both_times_and_every_member_reads_it() {
        var clientId = UUID.randomUUID();
        var recorded = accounts.as(monitor, () -> observations.record(march.id(), fences(clientId)));

        assertThat(recorded.created()).isTrue();
        var view = recorded.view();
        assertThat(view.clientId()).isEqualTo(clientId);
        assertThat(view.version()).isEqualTo(1);
        assertThat(view.chainId()).isEqualTo(view.id());
        assertThat(view.segmentName()).isEqualTo("Shevchenko street – Gandhi park");
        assertThat(view.deviceTime()).isEqualTo(SEEN);
        assertThat(view.deviceTime().getOffset()).isEqualTo(ZoneOffset.ofHours(5));
        assertThat(view.receivedAt()).isEqualTo(TestClock.NOW);
        assertThat(view.location()).isEqualTo(new Location(43.2389498, 76.9457312, 8.5));
        assertThat(view.obstacle().passable()).isTrue();
        assertThat(view.claimTest().assessment()).isEqualTo(ClaimAssessment.CONTRADICTS);
        assertThat(view.recordedBy()).isEqualTo(monitor.displayName());
        assertThat(view.media()).isEmpty();
        for (var reader : List.of(organizer, lawyer, partner)) {
            assertThat(accounts.as(reader, () -> observations.current(march.id()))).extracting(ObservationView::id)
                    .containsExactly(view.id());
        }
    }

    @Test
    void sending_the_same_client_id_again_returns_what_was_stored_and_other_content_under_it_conflicts() {
        var clientId = UUID.randomUUID();
        var first = accounts.as(monitor, () -> observations.record(march.id(), fences(clientId)));

        var retry = accounts.as(monitor, () -> observations.record(march.id(), fences(clientId)));

        assertThat(retry.created()).isFalse();
        assertThat(retry.view()).isEqualTo(first.view());
        var other = new NewObservation(clientId, ObservationCategory.POLICING, null, SEEN, null, null, "Police vans.",
                null, null, null, null, null);
        assertThatThrownBy(() -> accounts.as(monitor, () -> observations.record(march.id(), other)))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("observation.client-id-used"));
        assertThat(accounts.as(lawyer, () -> observations.observations(march.id(), null, PageRequest.of(0, 10))))
                .hasSize(1);
    }

    @Test
    void concurrent_retries_of_one_observation_store_it_once() throws Exception {
        var clientId = UUID.randomUUID();
        var pool = Executors.newFixedThreadPool(4);
        try {
            var tasks = new ArrayList<Callable<Recorded>>();
            for (int i = 0; i < 8; i++) {
                tasks.add(() -> accounts.as(monitor, () -> observations.record(march.id(), fences(clientId))));
            }
            var created = 0;
            for (Future<Recorded> result : pool.invokeAll(tasks)) {
                created += result.get().created() ? 1 : 0;
            }
            assertThat(created).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
        assertThat(accounts.as(monitor, () -> observations.current(march.id()))).hasSize(1);
    }

    @Test
    void a_correction_by_the_partner_is_a_new_version_and_the_history_keeps_both_and_who_sent_each() {
        var first = accounts.as(monitor, () -> observations.record(march.id(), fences(UUID.randomUUID()))).view();
        var fixed = fences(UUID.randomUUID());
        fixed = new NewObservation(fixed.clientId(), fixed.category(), 1, fixed.deviceTime(), fixed.location(),
                fixed.landmark(), fixed.facts(), fixed.assessment(), fixed.counts(), fixed.obstacle(), null,
                fixed.claimTest());
        var correctionInput = fixed;

        var second = accounts.as(partner, () -> observations.correct(march.id(), first.id(), correctionInput)).view();

        assertThat(second.supersedes()).isEqualTo(first.id());
        assertThat(second.chainId()).isEqualTo(first.id());
        assertThat(second.version()).isEqualTo(2);
        assertThat(accounts.as(lawyer, () -> observations.history(march.id(), second.id())))
                .extracting(ObservationView::version, ObservationView::segment, ObservationView::recordedBy)
                .containsExactly(tuple(1, 2, monitor.displayName()), tuple(2, 1, partner.displayName()));
        assertThat(accounts.as(lawyer, () -> observations.current(march.id()))).extracting(ObservationView::id)
                .containsExactly(second.id());
        assertThat(accounts.as(lawyer, () -> observations.observations(march.id(), TestClock.NOW, PageRequest.of(0, 10))))
                .extracting(ObservationView::version).containsExactly(1, 2);
        var again = fences(UUID.randomUUID());
        assertThatThrownBy(() -> accounts.as(monitor, () -> observations.correct(march.id(), first.id(), again)))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("observation.already-superseded"));
    }

    @Test
    void a_retraction_needs_a_reason_and_keeps_the_observation_in_the_list_marked_retracted() {
        var first = accounts.as(monitor, () -> observations.record(march.id(), fences(UUID.randomUUID()))).view();

        assertThatThrownBy(() -> accounts.as(monitor, () -> observations.retract(march.id(), first.id(), "  ")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::messageKey)
                        .containsExactly(tuple("reason", "validation.required")));
        var retraction = accounts.as(monitor, () -> observations.retract(march.id(), first.id(), "Wrong street."));
        var retry = accounts.as(monitor, () -> observations.retract(march.id(), first.id(), "Wrong street."));

        assertThat(retraction.created()).isTrue();
        assertThat(retry.created()).isFalse();
        assertThat(accounts.as(lawyer, () -> observations.current(march.id()))).singleElement().satisfies(current -> {
            assertThat(current.retracted()).isTrue();
            assertThat(current.retractionReason()).isEqualTo("Wrong street.");
            assertThat(current.facts()).isEqualTo(first.facts());
            assertThat(current.version()).isEqualTo(2);
        });
        var correction = fences(UUID.randomUUID());
        assertThatThrownBy(() -> accounts.as(monitor,
                () -> observations.correct(march.id(), retraction.view().id(), correction)))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("observation.retracted"));
    }

    @Test
    void coordinates_a_segment_off_the_route_an_unknown_claim_and_negative_counts_are_reported_together() {
        var bad = new NewObservation(UUID.randomUUID(), ObservationCategory.OBSTACLES, 3, SEEN,
                new Location(91.0, -180.5, -1.0), null, "Fences.", null, new Counts(-1, 0, null, -3),
                new ObstacleDetails(ObstacleType.FENCING, -2.0, 101, null, null, null, null, null), null,
                new ClaimTest(UUID.randomUUID(), ClaimAssessment.SUPPORTS, null));

        assertThatThrownBy(() -> accounts.as(monitor, () -> observations.record(march.id(), bad)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::messageKey)
                        .containsExactlyInAnyOrder(
                                tuple("segment", "observation.unknown-segment"),
                                tuple("location.latitude", "observation.latitude-range"),
                                tuple("location.longitude", "observation.longitude-range"),
                                tuple("location.accuracyMetres", "observation.accuracy-range"),
                                tuple("counts.participants", "observation.count-negative"),
                                tuple("counts.detainees", "observation.count-negative"),
                                tuple("obstacle.lengthMetres", "observation.length-range"),
                                tuple("obstacle.carriagewayBlockedPercent", "observation.percent-range"),
                                tuple("claimTest.claimId", "observation.unknown-claim"),
                                tuple("claimTest.confidence", "validation.required")));
        var incomplete = new NewObservation(UUID.randomUUID(), null, null, null, new Location(43.0, null, null),
                null, " ", null, null, new ObstacleDetails(ObstacleType.FENCING, null, null, null, null, null, null, null),
                null, null);
        assertThatThrownBy(() -> accounts.as(monitor, () -> observations.record(march.id(), incomplete)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::messageKey)
                        .containsExactlyInAnyOrder(tuple("category", "validation.required"),
                                tuple("deviceTime", "validation.required"),
                                tuple("location", "observation.location-incomplete"),
                                tuple("facts", "validation.required")));
        assertThat(accounts.as(monitor, () -> observations.current(march.id()))).isEmpty();
    }

    @Test
    void the_edges_of_the_ranges_are_accepted_and_a_landmark_stands_in_for_a_location() {
        var edges = new NewObservation(UUID.randomUUID(), ObservationCategory.OBSTACLES, 1, SEEN,
                new Location(-90.0, 180.0, 0.0), null, "Barrier.", null, new Counts(0, 0, 0, 0),
                new ObstacleDetails(ObstacleType.BARRIERS, 0.0, 100, false, true, true, " No entry ", " 17/22 "), null,
                null);
        var landmark = new NewObservation(UUID.randomUUID(), ObservationCategory.POLICING, null, SEEN, null,
                "  Outside the opera house ", "Two buses of police.", null, null, null, "Riot police, no visible ID.",
                null);

        var saved = accounts.as(monitor, () -> observations.record(march.id(), edges)).view();
        var fallback = accounts.as(monitor, () -> observations.record(march.id(), landmark)).view();

        assertThat(saved.location()).isEqualTo(new Location(-90.0, 180.0, 0.0));
        assertThat(saved.obstacle().signage()).isEqualTo("No entry");
        assertThat(saved.obstacle().permitNumber()).isEqualTo("17/22");
        assertThat(fallback.location()).isNull();
        assertThat(fallback.landmark()).isEqualTo("Outside the opera house");
    }

    @Test
    void lawyers_and_organizers_read_but_may_not_record_and_outsiders_do_not_find_the_case() {
        var stranger = accounts.create(GlobalRole.MONITOR);
        var recorded = accounts.as(monitor, () -> observations.record(march.id(), fences(UUID.randomUUID()))).view();

        for (var reader : List.of(lawyer, organizer)) {
            assertThatThrownBy(() -> accounts.as(reader,
                    () -> observations.record(march.id(), fences(UUID.randomUUID()))))
                    .isInstanceOfSatisfying(ForbiddenException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("observation.not-allowed"));
            assertThatThrownBy(() -> accounts.as(reader, () -> observations.retract(march.id(), recorded.id(), "No.")))
                    .isInstanceOf(ForbiddenException.class);
        }
        assertThatThrownBy(() -> accounts.as(stranger, () -> observations.record(march.id(), fences(UUID.randomUUID()))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.as(stranger, () -> observations.current(march.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.as(stranger, () -> observations.caseOf(recorded.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(accounts.as(lawyer, () -> observations.caseOf(recorded.id()))).isEqualTo(march.id());
    }

    @Test
    void a_batch_answers_each_item_as_a_single_post_would_and_stores_only_the_valid_new_one() {
        var replayed = accounts.as(monitor, () -> observations.record(march.id(), fences(UUID.randomUUID()))).view();
        var reused = accounts.as(monitor, () -> observations.record(march.id(), fences(UUID.randomUUID()))).view();
        var valid = fences(UUID.randomUUID());
        var offTheMap = new NewObservation(UUID.randomUUID(), ObservationCategory.POLICING, null, SEEN,
                new Location(91.0, 76.9, 5.0), null, "Police vans.", null, null, null, null, null);
        var conflicting = new NewObservation(reused.clientId(), ObservationCategory.POLICING, null, SEEN, null, null,
                "Something else.", null, null, null, null, null);

        var results = accounts.as(monitor, () -> observations.recordAll(march.id(),
                List.of(valid, offTheMap, fences(replayed.clientId()), conflicting, valid)));

        assertThat(results).extracting(BatchItemResult::clientId, BatchItemResult::status).containsExactly(
                tuple(valid.clientId(), BatchItemResult.Status.CREATED),
                tuple(offTheMap.clientId(), BatchItemResult.Status.INVALID),
                tuple(replayed.clientId(), BatchItemResult.Status.REPLAYED),
                tuple(reused.clientId(), BatchItemResult.Status.CONFLICT),
                tuple(valid.clientId(), BatchItemResult.Status.REPLAYED));
        assertThat(results.get(0).observation().segmentName()).isEqualTo("Shevchenko street – Gandhi park");
        assertThat(results.get(0).observation().recordedBy()).isEqualTo(monitor.displayName());
        assertThat(results.get(4).observation()).isEqualTo(results.get(0).observation());
        assertThat(results.get(1).violations()).extracting(FieldViolation::field, FieldViolation::messageKey)
                .containsExactly(tuple("location.latitude", "observation.latitude-range"));
        assertThat(results.get(1).observation()).isNull();
        assertThat(results.get(2).observation()).isEqualTo(replayed);
        assertThat(results.get(3).violations()).extracting(FieldViolation::field, FieldViolation::messageKey)
                .containsExactly(tuple("clientId", "observation.client-id-used"));
        assertThat(accounts.as(lawyer, () -> observations.observations(march.id(), null, PageRequest.of(0, 10))))
                .extracting(ObservationView::clientId)
                .containsExactly(replayed.clientId(), reused.clientId(), valid.clientId());
    }

    @Test
    void a_thousand_observations_in_two_batches_sent_again_are_stored_once_and_replayed() {
        var all = new ArrayList<NewObservation>();
        for (int i = 0; i < 1000; i++) {
            all.add(fences(UUID.randomUUID()));
        }
        for (var batch : List.of(all.subList(0, 500), all.subList(500, 1000))) {
            assertThat(accounts.as(monitor, () -> observations.recordAll(march.id(), batch)))
                    .extracting(BatchItemResult::status).containsOnly(BatchItemResult.Status.CREATED).hasSize(500);
        }
        for (var batch : List.of(all.subList(0, 500), all.subList(500, 1000))) {
            assertThat(accounts.as(monitor, () -> observations.recordAll(march.id(), batch)))
                    .extracting(BatchItemResult::status).containsOnly(BatchItemResult.Status.REPLAYED).hasSize(500);
        }
        assertThat(accounts.as(lawyer, () -> observations.observations(march.id(), null, PageRequest.of(0, 10)))
                .getTotalElements()).isEqualTo(1000);
    }

    @Test
    void identical_batches_sent_at_once_store_each_observation_once() throws Exception {
        var batch = new ArrayList<NewObservation>();
        for (int i = 0; i < 50; i++) {
            batch.add(fences(UUID.randomUUID()));
        }
        var pool = Executors.newFixedThreadPool(4);
        var created = new ArrayList<UUID>();
        try {
            var tasks = new ArrayList<Callable<List<BatchItemResult>>>();
            for (int i = 0; i < 4; i++) {
                var sender = i % 2 == 0 ? monitor : partner;
                tasks.add(() -> accounts.as(sender, () -> observations.recordAll(march.id(), batch)));
            }
            for (Future<List<BatchItemResult>> result : pool.invokeAll(tasks)) {
                assertThat(result.get()).extracting(BatchItemResult::clientId)
                        .containsExactlyElementsOf(batch.stream().map(NewObservation::clientId).toList());
                assertThat(result.get()).extracting(BatchItemResult::status)
                        .doesNotContain(BatchItemResult.Status.INVALID, BatchItemResult.Status.CONFLICT);
                result.get().stream().filter(r -> r.status() == BatchItemResult.Status.CREATED)
                        .forEach(r -> created.add(r.clientId()));
            }
        } finally {
            pool.shutdown();
        }
        assertThat(created).containsExactlyInAnyOrderElementsOf(batch.stream().map(NewObservation::clientId).toList());
        assertThat(accounts.as(monitor, () -> observations.current(march.id()))).hasSize(50);
    }

    @Test
    void a_batch_is_for_the_case_monitors_and_carries_one_to_five_hundred_observations() {
        var stranger = accounts.create(GlobalRole.MONITOR);
        var one = List.of(fences(UUID.randomUUID()));
        for (var reader : List.of(lawyer, organizer)) {
            assertThatThrownBy(() -> accounts.as(reader, () -> observations.recordAll(march.id(), one)))
                    .isInstanceOfSatisfying(ForbiddenException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("observation.not-allowed"));
        }
        assertThatThrownBy(() -> accounts.as(stranger, () -> observations.recordAll(march.id(), one)))
                .isInstanceOf(NotFoundException.class);
        var tooMany = new ArrayList<NewObservation>();
        for (int i = 0; i <= ObservationService.BATCH_MAX; i++) {
            tooMany.add(fences(UUID.randomUUID()));
        }
        for (var wrong : List.of(List.<NewObservation>of(), tooMany)) {
            assertThatThrownBy(() -> accounts.as(monitor, () -> observations.recordAll(march.id(), wrong)))
                    .isInstanceOfSatisfying(LocalizedException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("observation.batch-size"));
        }
        assertThat(accounts.as(monitor, () -> observations.current(march.id()))).isEmpty();
    }
}
