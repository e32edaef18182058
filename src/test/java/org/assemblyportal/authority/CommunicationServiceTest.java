package org.assemblyportal.authority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Modifier;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.assemblyportal.ServiceTest;
import org.assemblyportal.TestClock;
import org.assemblyportal.assembly.CaseDetails;
import org.assemblyportal.assembly.CaseRole;
import org.assemblyportal.assembly.CaseService;
import org.assemblyportal.assembly.Invitation;
import org.assemblyportal.assembly.NewCase;
import org.assemblyportal.base.ConflictException;
import org.assemblyportal.base.ForbiddenException;
import org.assemblyportal.base.InvalidInputException;
import org.assemblyportal.base.InvalidInputException.FieldViolation;
import org.assemblyportal.base.NotFoundException;
import org.assemblyportal.evidence.BlobStore;
import org.assemblyportal.evidence.SampleFiles;
import org.assemblyportal.security.GlobalRole;
import org.assemblyportal.security.TestAccounts;
import org.assemblyportal.security.UserRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.support.TransactionTemplate;

@ServiceTest
@Import(TestAccounts.class)
class CommunicationServiceTest {

    /** The test clock's now is 11:00 in Almaty today. */
    static final LocalDateTime YESTERDAY_NOON = TestClock.TODAY.minusDays(1).atTime(12, 0);
    static final String SAID = "  Советовали «пересмотреть планы» из-за эпидобстановки.\n\tПросили отозвать заявление.  \n"
            + "<b>not bold</b>";

    @Autowired
    CommunicationService communications;
    @Autowired
    CaseService cases;
    @Autowired
    BlobStore blobs;
    @Autowired
    EntityManager entityManager;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    TestAccounts accounts;

    UserRef organizer;
    UserRef coOrganizer;
    UserRef lawyer;
    CaseDetails march;

    @BeforeEach
    void aCase() {
        organizer = accounts.create(GlobalRole.ORGANIZER);
        coOrganizer = accounts.create(GlobalRole.ORGANIZER);
        lawyer = accounts.create(GlobalRole.LAWYER);
        march = accounts.as(organizer, () -> cases.create(new NewCase("March", "KZ", TestClock.TODAY.plusDays(30))));
        accounts.as(organizer, () -> {
            cases.invite(march.id(), new Invitation(coOrganizer.username(), CaseRole.CO_ORGANIZER));
            cases.invite(march.id(), new Invitation(lawyer.username(), CaseRole.LAWYER));
        });
    }

    @Test
    void a_meeting_is_recorded_as_told_with_its_notes_stored_once_under_their_sha256() throws Exception {
        var notes = List.of(new ResponseUpload("записи.pdf", new ByteArrayResource(SampleFiles.PDF)));

        var recorded = accounts.as(lawyer, () -> communications.record(march.id(), meeting(YESTERDAY_NOON), notes));

        var sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(SampleFiles.PDF));
        var listed = accounts.as(organizer, () -> communications.communications(march.id()));
        assertThat(listed).singleElement().satisfies(entry -> {
            assertThat(entry.id()).isEqualTo(recorded.id());
            assertThat(entry.caseId()).isEqualTo(march.id());
            assertThat(entry.corrects()).isNull();
            assertThat(entry.kind()).isEqualTo(CommunicationKind.WITHDRAWAL_REQUEST);
            assertThat(entry.occurredAt().toLocalDateTime()).isEqualTo(YESTERDAY_NOON);
            assertThat(entry.zone()).isEqualTo("Asia/Almaty");
            assertThat(entry.direction()).isEqualTo(CommunicationDirection.BOTH);
            assertThat(entry.authorityParticipants()).isEqualTo("Deputy akim A. Akimov; head of internal policy");
            assertThat(entry.ourParticipants()).isNull();
            assertThat(entry.summary()).isEqualTo(SAID);
            assertThat(entry.recordedAt()).isEqualTo(TestClock.NOW);
            assertThat(entry.recordedBy()).isEqualTo(lawyer.displayName());
            assertThat(entry.files()).singleElement().satisfies(file -> {
                assertThat(file.sha256()).isEqualTo(sha256);
                assertThat(file.mediaType()).isEqualTo("application/pdf");
                assertThat(file.name()).isEqualTo("записи.pdf");
            });
        });
        assertThat(blobs.verify(sha256)).isTrue();
        var other = accounts.as(lawyer, () -> communications.record(march.id(), meeting(YESTERDAY_NOON), List.of()));
        assertThatThrownBy(() -> accounts.as(lawyer, () -> communications.attachment(march.id(), other.id(), sha256)))
                .isInstanceOf(NotFoundException.class);
        var download = accounts.as(coOrganizer, () -> communications.attachment(march.id(), recorded.id(), sha256));
        try (var in = download.content()) {
            assertThat(in.readAllBytes()).isEqualTo(SampleFiles.PDF);
        }
    }

    @Test
    void the_log_lists_contacts_by_when_they_happened_not_when_they_were_recorded() {
        var call = accounts.as(organizer, () -> communications.record(march.id(), new NewCommunication(
                CommunicationKind.PHONE_CALL, YESTERDAY_NOON, CommunicationDirection.FROM_AUTHORITY, null, "Aigerim",
                "Asked us to come in"), List.of()));
        var earlierMeeting = accounts.as(coOrganizer, () -> communications.record(march.id(),
                meeting(YESTERDAY_NOON.minusDays(2)), List.of()));

        assertThat(accounts.as(lawyer, () -> communications.communications(march.id())))
                .extracting(CommunicationView::id).containsExactly(earlierMeeting.id(), call.id());
    }

    @Test
    void missing_fields_a_future_time_a_long_text_and_a_wrong_file_are_reported_together_and_nothing_is_kept() {
        // 11:30 in Almaty is 06:30 UTC, half an hour after the test clock's now.
        var future = new NewCommunication(null, TestClock.TODAY.atTime(11, 30), null, "x".repeat(1001), null, " \n ");
        var exe = List.of(new ResponseUpload("notes.pdf", new ByteArrayResource(SampleFiles.EXE)));

        assertThatThrownBy(() -> accounts.as(organizer, () -> communications.record(march.id(), future, exe)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::messageKey, FieldViolation::arguments)
                        .containsExactlyInAnyOrder(
                                tuple("occurredAt", "communication.in-future", List.of()),
                                tuple("kind", "validation.required", List.of()),
                                tuple("direction", "validation.required", List.of()),
                                tuple("authorityParticipants", "validation.too-long", List.of(1000)),
                                tuple("summary", "validation.required", List.of()),
                                tuple("file[0]", "evidence.type-not-allowed", List.of("JPEG, PNG, WebP, HEIC, HEIF, PDF"))));
        var noTime = new NewCommunication(CommunicationKind.OTHER, null, CommunicationDirection.TO_AUTHORITY, null, null,
                "x".repeat(20001));
        assertThatThrownBy(() -> accounts.as(organizer, () -> communications.record(march.id(), noTime, List.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::messageKey)
                        .containsExactlyInAnyOrder(tuple("occurredAt", "validation.required"),
                                tuple("summary", "validation.too-long")));
        assertThat(accounts.as(organizer, () -> communications.communications(march.id()))).isEmpty();
    }

    @Test
    void a_contact_just_now_with_the_longest_texts_and_eleven_files_is_refused_only_for_the_files() {
        var atTheLimit = new NewCommunication(CommunicationKind.LETTER, TestClock.TODAY.atTime(11, 0),
                CommunicationDirection.TO_AUTHORITY, "a".repeat(1000), "b".repeat(1000), "c".repeat(20000));
        var eleven = java.util.Collections.nCopies(11, new ResponseUpload("a.png", new ByteArrayResource(SampleFiles.PNG)));

        assertThatThrownBy(() -> accounts.as(organizer, () -> communications.record(march.id(), atTheLimit, eleven)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::messageKey)
                        .containsExactly(tuple("file", "communication.too-many-files")));
        var letter = accounts.as(organizer, () -> communications.record(march.id(), atTheLimit, eleven.subList(0, 10)));
        assertThat(letter.summary()).hasSize(20000);
        assertThat(letter.files()).hasSize(10);
    }

    @Test
    void a_correction_is_a_new_entry_naming_the_one_it_corrects_which_stays_as_it_was_and_is_corrected_once() {
        var first = accounts.as(lawyer, () -> communications.record(march.id(), meeting(YESTERDAY_NOON), List.of()));
        var fixed = new NewCommunication(CommunicationKind.ALTERNATIVE_OFFER, YESTERDAY_NOON.plusHours(1),
                CommunicationDirection.FROM_AUTHORITY, "A. Akimov", "Aigerim, lawyer B.", "Offered Gandhi park instead");

        var correction = accounts.as(organizer, () -> communications.correct(march.id(), first.id(), fixed, List.of()));

        assertThat(correction.corrects()).isEqualTo(first.id());
        assertThat(accounts.as(lawyer, () -> communications.communications(march.id())))
                .extracting(CommunicationView::id, CommunicationView::kind, CommunicationView::summary,
                        CommunicationView::corrects)
                .containsExactly(tuple(first.id(), CommunicationKind.WITHDRAWAL_REQUEST, SAID, null),
                        tuple(correction.id(), CommunicationKind.ALTERNATIVE_OFFER, "Offered Gandhi park instead", first.id()));
        assertThatThrownBy(() -> accounts.as(lawyer, () -> communications.correct(march.id(), first.id(), fixed, List.of())))
                .isInstanceOf(ConflictException.class);
        var again = accounts.as(lawyer, () -> communications.correct(march.id(), correction.id(), fixed, List.of()));
        assertThat(again.corrects()).isEqualTo(correction.id());
        assertThatThrownBy(() -> accounts.as(lawyer, () -> communications.correct(march.id(), UUID.randomUUID(), fixed,
                List.of()))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void an_entry_of_another_case_cannot_be_corrected_through_this_one() {
        var other = accounts.as(organizer, () -> cases.create(new NewCase("Picket", "KZ", TestClock.TODAY.plusDays(20))));
        var elsewhere = accounts.as(organizer, () -> communications.record(other.id(), meeting(YESTERDAY_NOON), List.of()));

        assertThatThrownBy(() -> accounts.as(organizer, () -> communications.correct(march.id(), elsewhere.id(),
                meeting(YESTERDAY_NOON), List.of()))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_recorded_entry_cannot_be_changed_through_the_database_layer() {
        var recorded = accounts.as(lawyer, () -> communications.record(march.id(), meeting(YESTERDAY_NOON), List.of()));

        transactions.executeWithoutResult(status -> {
            var loaded = entityManager.find(AuthorityCommunication.class, recorded.id());
            ReflectionTestUtils.setField(loaded, "summary", "rewritten");
            ReflectionTestUtils.setField(loaded, "kind", CommunicationKind.OTHER);
        });

        assertThat(accounts.as(lawyer, () -> communications.communications(march.id()))).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.summary()).isEqualTo(SAID);
                    assertThat(entry.kind()).isEqualTo(CommunicationKind.WITHDRAWAL_REQUEST);
                });
        assertThat(Arrays.stream(AuthorityCommunicationRepository.class.getMethods())
                .filter(m -> !Modifier.isStatic(m.getModifiers())).map(java.lang.reflect.Method::getName))
                .noneMatch(name -> name.startsWith("delete") || name.startsWith("update") || name.equals("save")
                        || name.equals("saveAll"));
    }

    @Test
    void organizers_co_organizers_and_lawyers_record_and_read_monitors_are_forbidden_and_strangers_do_not_find_the_case() {
        var monitor = accounts.create(GlobalRole.MONITOR);
        var stranger = accounts.create(GlobalRole.LAWYER);
        accounts.as(organizer, () -> cases.invite(march.id(), new Invitation(monitor.username(), CaseRole.MONITOR)));
        var meeting = meeting(YESTERDAY_NOON);

        for (var member : List.of(organizer, coOrganizer, lawyer)) {
            accounts.as(member, () -> communications.record(march.id(), meeting, List.of()));
        }
        assertThat(accounts.as(coOrganizer, () -> communications.communications(march.id()))).hasSize(3);
        var first = accounts.as(organizer, () -> communications.communications(march.id())).get(0);

        assertThatThrownBy(() -> accounts.as(monitor, () -> communications.record(march.id(), meeting, List.of())))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> accounts.as(monitor, () -> communications.communications(march.id())))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> accounts.as(monitor, () -> communications.correct(march.id(), first.id(), meeting,
                List.of()))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> accounts.as(monitor, () -> communications.attachment(march.id(), first.id(), "0".repeat(64))))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> accounts.as(stranger, () -> communications.record(march.id(), meeting, List.of())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.as(stranger, () -> communications.communications(march.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.as(stranger, () -> communications.correct(march.id(), first.id(), meeting,
                List.of()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.as(stranger, () -> communications.attachment(march.id(), first.id(), "0".repeat(64))))
                .isInstanceOf(NotFoundException.class);
        assertThat(accounts.as(lawyer, () -> communications.communications(march.id()))).hasSize(3);
    }

    private static NewCommunication meeting(LocalDateTime when) {
        return new NewCommunication(CommunicationKind.WITHDRAWAL_REQUEST, when, CommunicationDirection.BOTH,
                "  Deputy akim A. Akimov; head of internal policy ", "   ", SAID);
    }
}
