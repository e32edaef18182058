package org.assemblyportal.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.assemblyportal.LedgerChecks;
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
import org.assemblyportal.evidence.CaseLedger;
import org.assemblyportal.evidence.ExifJpeg;
import org.assemblyportal.evidence.Jcs;
import org.assemblyportal.evidence.LedgerSource;
import org.assemblyportal.evidence.LedgerVerifier;
import org.assemblyportal.jurisdiction.AssemblyForm;
import org.assemblyportal.security.GlobalRole;
import org.assemblyportal.security.TestAccounts;
import org.assemblyportal.security.UserRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The monitoring module's records in the case ledger (decision 016). */
@ServiceTest
@Import(TestAccounts.class)
class MonitoringLedgerHooksTest {

    static final LocalDateTime MARCH_START = TestClock.TODAY.plusDays(30).atTime(11, 0);
    /** More digits than the database keeps: the ledger must say what it keeps. */
    static final OffsetDateTime SEEN = OffsetDateTime.of(TestClock.TODAY.atTime(10, 42, 0, 555_555_555),
            ZoneOffset.ofHours(5));

    @Autowired
    ObservationService observations;
    @Autowired
    ObservationMediaService media;
    @Autowired
    MonitoringPlanService plans;
    @Autowired
    ClaimTestService tests;
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
    CaseLedger ledger;
    @Autowired
    LedgerVerifier verifier;
    @Autowired
    List<LedgerSource> sources;
    @Autowired
    TestAccounts accounts;

    UserRef organizer;
    UserRef lawyer;
    UserRef monitor;
    UserRef partner;
    CaseDetails march;
    ClaimView works;
    int before;

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
        before = ledger.entries(march.id()).size();
    }

    private NewObservation fences(UUID clientId, String facts) {
        return new NewObservation(clientId, ObservationCategory.OBSTACLES, 2, SEEN,
                new Location(43.2389498, 76.9457312, 8.5), "Corner of Shevchenko and Gandhi", facts,
                "Not works: the road is open.", new Counts(null, 2, 1, 0),
                new ObstacleDetails(ObstacleType.FENCING, 6.0, 10, true, false, false, null, null), null,
                new ClaimTest(works.id(), ClaimAssessment.CONTRADICTS, Confidence.HIGH));
    }

    /** The plan, then an observation with a photo, corrected and retracted, a batch, and a review. */
    private void monitorTheMarch() {
        accounts.as(organizer, () -> plans.editSegment(march.id(), 2, new PlanSegmentEdit("Shevchenko", null, null,
                List.of(new PlanWaypoint("Corner", 43.2389498, 76.9457312, "facing west")),
                List.of(monitor.username(), partner.username()))));
        var walks = accounts.as(organizer, () -> plans.scheduleWalks(march.id(), List.of(
                new WalkToSchedule("A week before", MARCH_START.minusDays(7), List.of(1, 2)),
                new WalkToSchedule("On the day", MARCH_START, List.of(2)))));
        accounts.as(organizer, () -> plans.cancelWalk(march.id(), walks.get(0).id()));

        var firstId = UUID.randomUUID();
        var first = accounts.as(monitor, () -> observations.record(march.id(), fences(firstId, "Three fence panels.")));
        accounts.as(monitor, () -> observations.record(march.id(), fences(firstId, "Three fence panels.")));
        var photo = ExifJpeg.withExif(64, 48, 1);
        accounts.as(monitor, () -> attach(first.view().id(), photo));
        accounts.as(monitor, () -> attach(first.view().id(), photo));
        var second = accounts.as(partner, () -> observations.correct(march.id(), first.view().id(),
                fences(UUID.randomUUID(), "Four fence panels.")));
        accounts.as(partner, () -> observations.retract(march.id(), second.view().id(), "Wrong street."));
        accounts.as(monitor, () -> observations.recordAll(march.id(), List.of(
                fences(UUID.randomUUID(), "Later: the fences are gone."),
                fences(firstId, "Three fence panels."),
                new NewObservation(UUID.randomUUID(), null, null, null, null, null, null, null, null, null, null, null),
                fences(UUID.randomUUID(), "Later still: nobody there."))));

        accounts.as(lawyer, () -> tests.review(march.id(), works.id(), null, "Photos checked."));
    }

    private ObservationMediaService.Attached attach(UUID observationId, byte[] bytes) {
        try {
            var sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            return media.attach(observationId, sha256, new ByteArrayInputStream(bytes), bytes.length, "IMG_0042.JPG");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void plan_changes_observation_versions_media_batch_items_and_reviews_each_append_once_and_replays_nothing() {
        monitorTheMarch();

        var entries = ledger.entries(march.id());
        var ours = entries.subList(before, entries.size());

        assertThat(LedgerChecks.types(ours)).containsExactly("plan-segment.revised", "walk.scheduled", "walk.scheduled",
                "walk.cancelled", "observation.recorded", "media.added", "observation.corrected",
                "observation.retracted", "observation.recorded", "observation.recorded", "claim-review.recorded");
        assertThat(ours.get(3).subject()).isEqualTo(ours.get(1).subject());
        assertThat(ours.get(6).subject()).isNotEqualTo(ours.get(4).subject());
        LedgerChecks.assertSourcesAgree(entries, sources, march.id(), "plan-segment", "walk", "observation", "media",
                "claim-review");

        var recorded = Jcs.parse(ours.get(4).payloadJson());
        assertThat(recorded.get("deviceTime").asText()).isEqualTo("2026-11-24T05:42:00.555555Z");
        assertThat(recorded.get("deviceOffset").asText()).isEqualTo("+05:00");
        assertThat(recorded.get("latitudeE7").asInt()).isEqualTo(432389498);
        assertThat(recorded.get("claimTest").get("claim").asText()).isEqualTo(works.id().toString());
        assertThat(recorded.get("obstacle").get("lengthCm").asInt()).isEqualTo(600);
        var corrected = Jcs.parse(ours.get(6).payloadJson());
        assertThat(corrected.get("supersedes").asText()).isEqualTo(recorded.get("id").asText());
        assertThat(corrected.get("version").asInt()).isEqualTo(2);
        assertThat(Jcs.parse(ours.get(7).payloadJson()).get("retractionReason").asText()).isEqualTo("Wrong street.");
        var photo = Jcs.parse(ours.get(5).payloadJson());
        assertThat(photo.get("observation").asText()).isEqualTo(recorded.get("id").asText());
        assertThat(photo.get("files").get(0).get("mediaType").asText()).isEqualTo("image/jpeg");
        assertThat(photo.get("width").asInt()).isEqualTo(64);
        var cancelled = Jcs.parse(ours.get(3).payloadJson());
        assertThat(cancelled.get("cancelledAt").asText()).isEqualTo("2026-11-24T06:00:00Z");
        assertThat(Jcs.parse(ours.get(1).payloadJson()).get("cancelledAt").isNull()).isTrue();
        var segment = Jcs.parse(ours.get(0).payloadJson());
        assertThat(segment.get("monitors")).hasSize(2);
        assertThat(segment.get("waypoints").get(0).get("longitudeE7").asInt()).isEqualTo(769457312);
        var review = Jcs.parse(ours.get(10).payloadJson());
        assertThat(review.get("claim").asText()).isEqualTo(works.id().toString());
        assertThat(review.get("decision").asText()).isEqualTo("CONFIRMED");
    }

    @Test
    void a_case_built_through_every_feature_verifies_clean_files_included() {
        monitorTheMarch();

        var report = accounts.as(lawyer, () -> verifier.verify(march.id()));

        assertThat(report.breaks()).isEmpty();
        assertThat(report.recordsChecked()).isEqualTo(ledger.entries(march.id()).stream()
                .map(e -> e.subject()).distinct().count());
        assertThat(report.filesChecked()).isPositive();
    }

    @Test
    void monitors_are_named_by_pseudonym_or_membership_only() {
        monitorTheMarch();

        var entries = ledger.entries(march.id());

        assertThat(entries).allSatisfy(e -> {
            for (var person : List.of(organizer, lawyer, monitor, partner)) {
                assertThat(e.entryJson() + e.payloadJson()).doesNotContain(person.id().toString())
                        .doesNotContain(person.username());
            }
        });
    }
}
