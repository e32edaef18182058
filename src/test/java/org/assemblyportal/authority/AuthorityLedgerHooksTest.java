package org.assemblyportal.authority;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.assemblyportal.LedgerChecks;
import org.assemblyportal.ServiceTest;
import org.assemblyportal.TestClock;
import org.assemblyportal.assembly.ApplicationData;
import org.assemblyportal.assembly.ApplicationData.Waypoint;
import org.assemblyportal.assembly.CaseRole;
import org.assemblyportal.assembly.CaseService;
import org.assemblyportal.assembly.DraftService;
import org.assemblyportal.assembly.FilingChannel;
import org.assemblyportal.assembly.FilingService;
import org.assemblyportal.assembly.Invitation;
import org.assemblyportal.assembly.NewCase;
import org.assemblyportal.assembly.NewFiling;
import org.assemblyportal.authority.ComplianceFinding.Kind;
import org.assemblyportal.evidence.CaseLedger;
import org.assemblyportal.evidence.Jcs;
import org.assemblyportal.evidence.LedgerSource;
import org.assemblyportal.evidence.SampleFiles;
import org.assemblyportal.jurisdiction.AssemblyForm;
import org.assemblyportal.security.GlobalRole;
import org.assemblyportal.security.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ByteArrayResource;

/** The authority module's records in the case ledger (decision 016). */
@ServiceTest
@Import(TestAccounts.class)
class AuthorityLedgerHooksTest {

    static final LocalDate REGISTERED = LocalDate.of(2026, 11, 2);
    static final LocalDate ANSWERED = LocalDate.of(2026, 11, 20);
    static final String REASON = "Отказать: ведутся ремонтно-монтажные работы.";

    @Autowired
    ResponseService responses;
    @Autowired
    ClaimService claims;
    @Autowired
    CommunicationService communications;
    @Autowired
    ComplianceService compliance;
    @Autowired
    FilingService filings;
    @Autowired
    DraftService drafts;
    @Autowired
    CaseService cases;
    @Autowired
    CaseLedger ledger;
    @Autowired
    List<LedgerSource> sources;
    @Autowired
    TestAccounts accounts;

    @Test
    void responses_claims_communications_and_finding_reviews_and_their_corrections_each_append_an_entry() {
        var organizer = accounts.create(GlobalRole.ORGANIZER);
        var lawyer = accounts.create(GlobalRole.LAWYER);
        var march = accounts.as(organizer, () -> cases.create(new NewCase("March", "KZ", TestClock.TODAY.plusDays(30))));
        accounts.as(organizer, () -> {
            cases.invite(march.id(), new Invitation(lawyer.username(), CaseRole.LAWYER));
            drafts.save(march.id(), ApplicationData.empty().withForm(AssemblyForm.MARCH)
                    .withRoute(List.of(new Waypoint("Valikhanov square", null, null),
                            new Waypoint("Shevchenko street", null, null), new Waypoint("Gandhi park", null, null))), -1);
            filings.record(march.id(), new NewFiling(FilingChannel.IN_PERSON, "12-34", REGISTERED.atTime(9, 0)),
                    List.of());
        });
        var before = ledger.entries(march.id()).size();

        var dismissed = accounts.as(lawyer, () -> compliance.dismiss(march.id(),
                new FindingDecision(1, Kind.NO_ANSWER, "The answer came by hand")));
        accounts.as(lawyer, () -> compliance.restore(march.id(), new FindingDecision(1, Kind.NO_ANSWER, null)));
        // More digits than the database keeps: the ledger must say what it keeps.
        var refusal = accounts.as(lawyer, () -> responses.record(march.id(), new NewResponse(null,
                ANSWERED.atTime(16, 0, 0, 987_654_321), ANSWERED, "COURIER", "01-02/3", "Deputy akim", "REFUSED",
                List.of("ART14_1_3"), null, REASON, List.of()),
                List.of(new ResponseUpload("отказ.pdf", new ByteArrayResource(SampleFiles.PDF)))));
        var corrected = accounts.as(lawyer, () -> responses.correct(march.id(), refusal.id(), new NewResponse(null,
                ANSWERED.atTime(15, 0), ANSWERED, "COURIER", "01-02/3", "Deputy akim", "REFUSED",
                List.of("ART14_1_3"), null, REASON, List.of()), List.of()));
        var works = accounts.as(lawyer, () -> claims.record(march.id(), new NewClaim(corrected.id(),
                ClaimType.CONSTRUCTION_WORKS, List.of(1, 2), false, window(11), window(13),
                "ведутся ремонтно-монтажные работы")));
        var worksCorrected = accounts.as(lawyer, () -> claims.correct(march.id(), works.id(), new NewClaim(
                corrected.id(), ClaimType.CONSTRUCTION_WORKS, List.of(2), false, window(11), window(14),
                "ведутся ремонтно-монтажные работы")));
        var meeting = accounts.as(organizer, () -> communications.record(march.id(), new NewCommunication(
                CommunicationKind.MEETING, ANSWERED.atTime(10, 0), CommunicationDirection.BOTH, "Deputy akim", "Aigerim",
                "Asked us to withdraw."), List.of(new ResponseUpload("notes.png", new ByteArrayResource(SampleFiles.PNG)))));
        var meetingCorrected = accounts.as(organizer, () -> communications.correct(march.id(), meeting.id(),
                new NewCommunication(CommunicationKind.WITHDRAWAL_REQUEST, ANSWERED.atTime(10, 0),
                        CommunicationDirection.BOTH, "Deputy akim", "Aigerim", "Asked us to withdraw."), List.of()));

        var entries = ledger.entries(march.id());
        var ours = entries.subList(before, entries.size());

        assertThat(LedgerChecks.types(ours)).containsExactly("finding.dismissed", "finding.restored",
                "response.recorded", "response.corrected", "claim.recorded", "claim.corrected", "communication.recorded",
                "communication.corrected");
        assertThat(ours.get(2).subject()).isEqualTo("response/" + refusal.id());
        assertThat(ours.get(3).subject()).isEqualTo("response/" + corrected.id());
        assertThat(ours.get(5).subject()).isEqualTo("claim/" + worksCorrected.id());
        assertThat(ours.get(7).subject()).isEqualTo("communication/" + meetingCorrected.id());
        LedgerChecks.assertSourcesAgree(entries, sources, march.id(), "response", "claim", "communication", "finding");

        var response = Jcs.parse(ours.get(2).payloadJson());
        assertThat(response.get("receivedAt").asText()).isEqualTo("2026-11-20T11:00:00.987654Z");
        assertThat(response.get("grounds").get(0).asText()).isEqualTo("ART14_1_3");
        assertThat(response.get("files").get(0).get("mediaType").asText()).isEqualTo("application/pdf");
        assertThat(Jcs.parse(ours.get(3).payloadJson()).get("corrects").asText()).isEqualTo(refusal.id().toString());
        var claim = Jcs.parse(ours.get(5).payloadJson());
        assertThat(claim.get("corrects").asText()).isEqualTo(works.id().toString());
        assertThat(claim.get("response").asText()).isEqualTo(corrected.id().toString());
        assertThat(claim.get("segments")).hasSize(1);
        assertThat(Jcs.parse(ours.get(6).payloadJson()).get("files").get(0).get("sha256").asText())
                .isEqualTo(meeting.files().get(0).sha256());
        var finding = Jcs.parse(ours.get(0).payloadJson());
        assertThat(finding.get("finding").asText()).isEqualTo("NO_ANSWER");
        assertThat(finding.get("reason").asText()).isEqualTo(dismissed.reason());
        assertThat(ours).allSatisfy(e -> assertThat(e.payloadJson()).doesNotContain(lawyer.id().toString())
                .doesNotContain(organizer.id().toString()));
    }

    private static LocalDateTime window(int hour) {
        return TestClock.TODAY.plusDays(30).atTime(hour, 0);
    }
}
