package org.assemblyportal.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.assemblyportal.LedgerChecks;
import org.assemblyportal.ServiceTest;
import org.assemblyportal.TestClock;
import org.assemblyportal.assembly.ApplicationData.Organizer;
import org.assemblyportal.assembly.ApplicationData.Waypoint;
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

/** The case module's records in the case ledger (decision 016). */
@ServiceTest
@Import(TestAccounts.class)
class CaseLedgerHooksTest {

    /** Registered at 9:00 and a fraction in Almaty: more digits than the database keeps. */
    static final LocalDateTime REGISTERED = TestClock.TODAY.atTime(9, 0, 0, 123_456_789);

    @Autowired
    CaseService cases;
    @Autowired
    DraftService drafts;
    @Autowired
    FilingService filings;
    @Autowired
    CaseLedger ledger;
    @Autowired
    List<LedgerSource> sources;
    @Autowired
    TestAccounts accounts;

    @Test
    void opening_inviting_filing_adding_a_proof_and_amending_each_append_an_entry_the_sources_give_back() {
        var organizer = accounts.create(GlobalRole.ORGANIZER);
        var lawyer = accounts.create(GlobalRole.LAWYER);
        var march = accounts.as(organizer, () -> cases.create(new NewCase("March", "KZ", TestClock.TODAY.plusDays(30))));
        accounts.as(organizer, () -> cases.invite(march.id(), new Invitation(lawyer.username(), CaseRole.LAWYER)));
        accounts.as(organizer, () -> drafts.save(march.id(), draft("Equal pay for women"), -1));
        var first = accounts.as(organizer, () -> filings.record(march.id(),
                new NewFiling(FilingChannel.IN_PERSON, "12-34", REGISTERED),
                List.of(new ProofUpload(ProofKind.STAMPED_COPY, "stamp.png", new ByteArrayResource(SampleFiles.PNG)))));
        accounts.as(lawyer, () -> filings.addProofs(march.id(), 1,
                List.of(new ProofUpload(ProofKind.POSTAL_RECEIPT, "receipt.pdf", new ByteArrayResource(SampleFiles.PDF)))));
        var current = accounts.as(organizer, () -> drafts.draft(march.id()));
        accounts.as(organizer, () -> drafts.save(march.id(), draft("Equal pay for everyone"), current.version()));
        var amendment = accounts.as(lawyer, () -> filings.record(march.id(),
                new NewFiling(FilingChannel.E_GOVERNMENT, null, REGISTERED.plusHours(1)), List.of()));

        var entries = ledger.entries(march.id());

        assertThat(LedgerChecks.types(entries)).containsExactly("case.opened", "membership.added", "membership.added",
                "filing.recorded", "proof.added", "filing.recorded");
        assertThat(entries.get(0).subject()).isEqualTo("case/" + march.id());
        assertThat(entries.get(1).subject()).startsWith("membership/").isNotEqualTo(entries.get(2).subject());
        assertThat(entries.get(3).subject()).isEqualTo("filing/" + first.id());
        assertThat(entries.get(5).subject()).isEqualTo("filing/" + amendment.id());
        LedgerChecks.assertSourcesAgree(entries, sources, march.id(), "case", "membership", "filing", "proof");

        var filed = Jcs.parse(entries.get(3).payloadJson());
        assertThat(filed.get("v").asInt()).isEqualTo(1);
        assertThat(filed.get("registeredAt").asText()).isEqualTo("2026-11-24T04:00:00.123456Z");
        assertThat(filed.get("files").get(0).get("sha256").asText()).isEqualTo(first.proofs().get(0).sha256());
        assertThat(filed.get("proofs").get(0).get("kind").asText()).isEqualTo("STAMPED_COPY");
        var added = Jcs.parse(entries.get(4).payloadJson());
        assertThat(added.get("filing").asText()).isEqualTo(first.id().toString());
        assertThat(added.get("files").get(0).get("mediaType").asText()).isEqualTo("application/pdf");
        assertThat(Jcs.parse(entries.get(5).payloadJson()).get("amends").asText()).isEqualTo(first.id().toString());
    }

    @Test
    void no_payload_or_subject_names_a_member_by_user_id_or_user_name() {
        var organizer = accounts.create(GlobalRole.ORGANIZER);
        var monitor = accounts.create(GlobalRole.MONITOR);
        var march = accounts.as(organizer, () -> cases.create(new NewCase("March", "KZ", TestClock.TODAY.plusDays(30))));
        accounts.as(organizer, () -> cases.invite(march.id(), new Invitation(monitor.username(), CaseRole.MONITOR)));

        var entries = ledger.entries(march.id());

        assertThat(entries).hasSize(3).allSatisfy(e -> {
            for (var person : List.of(organizer, monitor)) {
                assertThat(e.entryJson() + e.payloadJson()).doesNotContain(person.id().toString())
                        .doesNotContain(person.username());
            }
        });
        assertThat(Jcs.parse(entries.get(2).payloadJson()).get("role").asText()).isEqualTo("MONITOR");
    }

    @Test
    void a_refused_filing_appends_nothing() {
        var organizer = accounts.create(GlobalRole.ORGANIZER);
        var march = accounts.as(organizer, () -> cases.create(new NewCase("March", "KZ", TestClock.TODAY.plusDays(30))));

        try {
            accounts.as(organizer, () -> filings.record(march.id(),
                    new NewFiling(FilingChannel.IN_PERSON, null, REGISTERED), List.of()));
        } catch (RuntimeException noDraft) {
            // expected: nothing to file yet
        }

        assertThat(LedgerChecks.types(ledger.entries(march.id()))).containsExactly("case.opened", "membership.added");
    }

    private static ApplicationData draft(String purpose) {
        var day = TestClock.TODAY.plusDays(30);
        return new ApplicationData(AssemblyForm.MARCH, purpose,
                List.of(new Organizer(Organizer.Kind.INDIVIDUAL, "Aigerim Serikova", "900101300017", "Almaty, Abay 1")),
                null, null, List.of(new Waypoint("Central Park", 43.26, 76.95), new Waypoint("Abay Square", null, null)),
                day.atTime(11, 0), day.atTime(13, 0), 500, new ApplicationData.Equipment(true, false, false, "loudspeaker"),
                null, "+7 700 000 0000");
    }
}
