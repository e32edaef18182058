package org.assemblyportal.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import org.assemblyportal.ServiceTest;
import org.assemblyportal.TestClock;
import org.assemblyportal.assembly.ApplicationData.Equipment;
import org.assemblyportal.assembly.ApplicationData.Organizer;
import org.assemblyportal.assembly.ApplicationData.Waypoint;
import org.assemblyportal.base.ForbiddenException;
import org.assemblyportal.base.InvalidInputException;
import org.assemblyportal.base.InvalidInputException.FieldViolation;
import org.assemblyportal.base.NotFoundException;
import org.assemblyportal.evidence.SampleFiles;
import org.assemblyportal.jurisdiction.AssemblyForm;
import org.assemblyportal.security.GlobalRole;
import org.assemblyportal.security.TestAccounts;
import org.assemblyportal.security.UserRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ByteArrayResource;

@ServiceTest
@Import(TestAccounts.class)
class FilingServiceTest {

    /** 10:30 in Almaty is 05:30 UTC, half an hour before the test clock's 06:00 UTC. */
    static final LocalDateTime THIS_MORNING_IN_ALMATY = TestClock.TODAY.atTime(10, 30);

    @Autowired
    FilingService filings;
    @Autowired
    DraftService drafts;
    @Autowired
    CaseService cases;
    @Autowired
    TestAccounts accounts;

    UserRef organizer;
    CaseDetails march;

    @BeforeEach
    void aCaseWithADraft() {
        organizer = accounts.create(GlobalRole.ORGANIZER);
        march = accounts.as(organizer, () -> cases.create(new NewCase("March", "KZ", TestClock.TODAY.plusDays(30))));
        accounts.as(organizer, () -> drafts.save(march.id(), draft("Equal pay for women"), -1));
    }

    @Test
    void a_filing_freezes_the_draft_as_filed_and_later_changes_to_the_draft_leave_it_alone() throws IOException {
        var filedDraft = accounts.as(organizer, () -> drafts.draft(march.id()));
        var filing = accounts.as(organizer, () -> filings.record(march.id(), inPerson("12-34/567"),
                List.of(new ProofUpload(ProofKind.STAMPED_COPY, "stamp.png", new ByteArrayResource(SampleFiles.PNG)))));

        saveDraft("Equal pay for everyone");

        var recorded = accounts.as(organizer, () -> filings.filings(march.id())).get(0);
        assertThat(recorded.sequence()).isEqualTo(1);
        assertThat(recorded.amends()).isNull();
        assertThat(recorded.snapshot().purpose()).isEqualTo("Equal pay for women");
        assertThat(recorded.snapshotSha256()).isEqualTo(filedDraft.sha256()).isEqualTo(filing.snapshotSha256());
        assertThat(recorded.draftRevision()).isEqualTo(1);
        assertThat(recorded.registeredAt().toLocalDateTime()).isEqualTo(THIS_MORNING_IN_ALMATY);
        assertThat(recorded.zone()).isEqualTo("Asia/Almaty");
        assertThat(recorded.registeredAt().toInstant()).isEqualTo(TestClock.NOW.minusSeconds(30 * 60));
        assertThat(recorded.recordedAt()).isEqualTo(TestClock.NOW);
        assertThat(recorded.recordedBy()).isEqualTo(organizer.displayName());
        assertThat(recorded.proofs()).singleElement().satisfies(proof -> {
            assertThat(proof.kind()).isEqualTo(ProofKind.STAMPED_COPY);
            assertThat(proof.mediaType()).isEqualTo("image/png");
            assertThat(proof.size()).isEqualTo(SampleFiles.PNG.length);
        });
        var download = accounts.as(organizer, () -> filings.proof(march.id(), recorded.proofs().get(0).sha256()));
        try (var in = download.content()) {
            assertThat(in.readAllBytes()).isEqualTo(SampleFiles.PNG);
        }
    }

    @Test
    void an_amendment_points_at_the_filing_before_it_and_the_list_is_oldest_first() {
        var original = accounts.as(organizer, () -> filings.record(march.id(), inPerson(null), List.of()));
        saveDraft("Equal pay, corrected route");
        var amendment = accounts.as(organizer, () -> filings.record(march.id(),
                new NewFiling(FilingChannel.E_GOVERNMENT, "EG-2026-1", THIS_MORNING_IN_ALMATY.plusMinutes(10)),
                List.of()));

        assertThat(amendment.sequence()).isEqualTo(2);
        assertThat(amendment.amends()).isEqualTo(original.id());
        assertThat(amendment.snapshotSha256()).isNotEqualTo(original.snapshotSha256());
        assertThat(accounts.as(organizer, () -> filings.filings(march.id())))
                .extracting(FilingView::sequence, FilingView::registrationNumber)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, null),
                        org.assertj.core.groups.Tuple.tuple(2, "EG-2026-1"));
    }

    @Test
    void filing_the_same_draft_again_is_refused_because_an_amendment_must_change_something() {
        accounts.as(organizer, () -> filings.record(march.id(), inPerson(null), List.of()));

        assertThatThrownBy(() -> accounts.as(organizer, () -> filings.record(march.id(), inPerson("again"), List.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::messageKey).containsExactly("filing.unchanged"));
        assertThat(accounts.as(organizer, () -> filings.filings(march.id()))).hasSize(1);
    }

    @Test
    void a_registration_in_the_future_a_long_number_and_a_wrong_file_are_reported_together() {
        // 11:30 in Almaty is 06:30 UTC: half an hour after the clock's now, though "earlier" in UTC terms.
        var future = new NewFiling(FilingChannel.IN_PERSON, "N".repeat(101), TestClock.TODAY.atTime(11, 30));
        var proofs = List.of(new ProofUpload(ProofKind.OTHER, "scan.pdf", new ByteArrayResource(SampleFiles.ELF)));

        assertThatThrownBy(() -> accounts.as(organizer, () -> filings.record(march.id(), future, proofs)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::messageKey)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("registrationNumber", "validation.too-long"),
                                org.assertj.core.groups.Tuple.tuple("registeredAt", "filing.registered-in-future"),
                                org.assertj.core.groups.Tuple.tuple("proof[0]", "evidence.type-not-allowed")));
        assertThat(accounts.as(organizer, () -> filings.filings(march.id()))).isEmpty();
    }

    @Test
    void a_case_without_a_draft_has_nothing_to_file() {
        var empty = accounts.as(organizer, () -> cases.create(new NewCase("Picket", "KZ", TestClock.TODAY.plusDays(20))));

        assertThatThrownBy(() -> accounts.as(organizer, () -> filings.record(empty.id(), inPerson(null), List.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::messageKey).containsExactly("filing.no-draft"));
    }

    @Test
    void more_than_ten_proof_files_are_refused_before_any_is_read() {
        var eleven = java.util.stream.IntStream.range(0, 11).mapToObj(i -> new ProofUpload(ProofKind.OTHER, "p.png",
                () -> {
                    throw new AssertionError("read although the filing has too many files");
                })).toList();

        assertThatThrownBy(() -> accounts.as(organizer, () -> filings.record(march.id(), inPerson(null), eleven)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::messageKey).containsExactly("filing.too-many-proofs"));
    }

    @Test
    void monitors_are_forbidden_and_strangers_do_not_find_the_case() {
        var filing = accounts.as(organizer, () -> filings.record(march.id(), inPerson(null),
                List.of(new ProofUpload(ProofKind.STAMPED_COPY, "stamp.png", new ByteArrayResource(SampleFiles.PNG)))));
        var hash = filing.proofs().get(0).sha256();
        var monitor = accounts.create(GlobalRole.MONITOR);
        var stranger = accounts.create(GlobalRole.ORGANIZER);
        accounts.as(organizer, () -> cases.invite(march.id(), new Invitation(monitor.username(), CaseRole.MONITOR)));

        assertThatThrownBy(() -> accounts.as(monitor, () -> filings.filings(march.id()))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> accounts.as(monitor, () -> filings.proof(march.id(), hash))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> accounts.as(monitor, () -> filings.record(march.id(), inPerson(null), List.of())))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> accounts.as(stranger, () -> filings.filings(march.id()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.as(stranger, () -> filings.proof(march.id(), hash))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.as(stranger, () -> filings.filedRoute(march.id()))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_monitor_reads_where_and_when_the_latest_filing_says_the_march_goes_and_nothing_about_its_organizers() {
        var monitor = accounts.create(GlobalRole.MONITOR);
        accounts.as(organizer, () -> cases.invite(march.id(), new Invitation(monitor.username(), CaseRole.MONITOR)));
        assertThat(accounts.as(monitor, () -> filings.filedRoute(march.id()))).isEmpty();
        accounts.as(organizer, () -> filings.record(march.id(), inPerson(null), List.of()));

        var route = accounts.as(monitor, () -> filings.filedRoute(march.id())).orElseThrow();

        var day = TestClock.TODAY.plusDays(30);
        assertThat(route).isEqualTo(new FiledRoute(1, null, List.of(new RouteSegment(1, "Central Park", "Abay Square")),
                day.atTime(11, 0), day.atTime(13, 0)));
    }

    @Test
    void a_proof_of_another_case_is_not_found_through_this_one() {
        var filing = accounts.as(organizer, () -> filings.record(march.id(), inPerson(null),
                List.of(new ProofUpload(ProofKind.STAMPED_COPY, "stamp.pdf", new ByteArrayResource(SampleFiles.PDF)))));
        var other = accounts.as(organizer, () -> cases.create(new NewCase("Picket", "KZ", TestClock.TODAY.plusDays(20))));

        assertThatThrownBy(() -> accounts.as(organizer, () -> filings.proof(other.id(), filing.proofs().get(0).sha256())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void proof_added_later_is_its_own_record_and_leaves_the_filing_as_recorded() throws IOException {
        var filed = accounts.as(organizer, () -> filings.record(march.id(), inPerson("12-34/567"), List.of()));

        var after = accounts.as(organizer, () -> filings.addProofs(march.id(), 1,
                List.of(new ProofUpload(ProofKind.STAMPED_COPY, "stamp.png", new ByteArrayResource(SampleFiles.PNG)))));

        assertThat(after.proofs()).isEmpty();
        assertThat(after.snapshotSha256()).isEqualTo(filed.snapshotSha256());
        assertThat(after.recordedAt()).isEqualTo(filed.recordedAt());
        assertThat(after.laterProofs()).singleElement().satisfies(later -> {
            assertThat(later.file().kind()).isEqualTo(ProofKind.STAMPED_COPY);
            assertThat(later.file().mediaType()).isEqualTo("image/png");
            assertThat(later.addedAt()).isEqualTo(TestClock.NOW);
            assertThat(later.addedBy()).isEqualTo(organizer.displayName());
        });
        var download = accounts.as(organizer, () -> filings.proof(march.id(), after.laterProofs().get(0).file().sha256()));
        try (var in = download.content()) {
            assertThat(in.readAllBytes()).isEqualTo(SampleFiles.PNG);
        }
    }

    @Test
    void adding_no_file_a_wrong_file_or_to_a_missing_filing_is_refused() {
        accounts.as(organizer, () -> filings.record(march.id(), inPerson(null), List.of()));

        assertThatThrownBy(() -> accounts.as(organizer, () -> filings.addProofs(march.id(), 1, List.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::messageKey).containsExactly("filing.proof-required"));
        assertThatThrownBy(() -> accounts.as(organizer, () -> filings.addProofs(march.id(), 1,
                List.of(new ProofUpload(ProofKind.OTHER, "scan.pdf", new ByteArrayResource(SampleFiles.ELF))))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::messageKey).containsExactly("evidence.type-not-allowed"));
        assertThatThrownBy(() -> accounts.as(organizer, () -> filings.addProofs(march.id(), 2,
                List.of(new ProofUpload(ProofKind.OTHER, "stamp.png", new ByteArrayResource(SampleFiles.PNG))))))
                .isInstanceOf(NotFoundException.class);
        assertThat(accounts.as(organizer, () -> filings.filings(march.id())).get(0).laterProofs()).isEmpty();
    }

    private void saveDraft(String purpose) {
        var current = accounts.as(organizer, () -> drafts.draft(march.id()));
        accounts.as(organizer, () -> drafts.save(march.id(), draft(purpose), current.version()));
    }

    private static NewFiling inPerson(String registrationNumber) {
        return new NewFiling(FilingChannel.IN_PERSON, registrationNumber, THIS_MORNING_IN_ALMATY);
    }

    private static ApplicationData draft(String purpose) {
        var day = TestClock.TODAY.plusDays(30);
        return new ApplicationData(AssemblyForm.MARCH, purpose,
                List.of(new Organizer(Organizer.Kind.INDIVIDUAL, "Aigerim Serikova", "900101300017", "Almaty, Abay 1")),
                null, null, List.of(new Waypoint("Central Park", 43.26, 76.95), new Waypoint("Abay Square", null, null)),
                day.atTime(11, 0), day.atTime(13, 0), 500, new Equipment(true, false, false, "one loudspeaker"), null,
                "+7 700 000 0000");
    }
}
