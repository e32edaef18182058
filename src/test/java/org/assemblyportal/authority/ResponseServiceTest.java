package org.assemblyportal.authority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import jakarta.persistence.EntityManagerFactory;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import org.assemblyportal.ServiceTest;
import org.assemblyportal.TestClock;
import org.assemblyportal.assembly.ApplicationData;
import org.assemblyportal.assembly.CaseDetails;
import org.assemblyportal.assembly.CaseRole;
import org.assemblyportal.assembly.CaseService;
import org.assemblyportal.assembly.DraftService;
import org.assemblyportal.assembly.FilingChannel;
import org.assemblyportal.assembly.FilingService;
import org.assemblyportal.assembly.Invitation;
import org.assemblyportal.assembly.NewCase;
import org.assemblyportal.assembly.NewFiling;
import org.assemblyportal.base.ConflictException;
import org.assemblyportal.base.ForbiddenException;
import org.assemblyportal.base.InvalidInputException;
import org.assemblyportal.base.InvalidInputException.FieldViolation;
import org.assemblyportal.base.NotFoundException;
import org.assemblyportal.evidence.BlobStore;
import org.assemblyportal.evidence.SampleFiles;
import org.assemblyportal.jurisdiction.AssemblyForm;
import org.assemblyportal.security.GlobalRole;
import org.assemblyportal.security.TestAccounts;
import org.assemblyportal.security.UserRef;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ByteArrayResource;

@ServiceTest
@Import(TestAccounts.class)
class ResponseServiceTest {

    /** Filed at 09:00 in Almaty yesterday; the test clock's now is 11:00 in Almaty today. */
    static final LocalDateTime FILED = TestClock.TODAY.minusDays(1).atTime(9, 0);
    static final LocalDateTime THIS_MORNING = TestClock.TODAY.atTime(10, 15);
    static final String REASON = "  Отказать.\n\tСогласно п.п. 3) п. 1 ст. 14 — «угроза общественному порядку»  \n";

    @Autowired
    ResponseService responses;
    @Autowired
    FilingService filings;
    @Autowired
    DraftService drafts;
    @Autowired
    CaseService cases;
    @Autowired
    BlobStore blobs;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    TestAccounts accounts;

    UserRef organizer;
    UserRef lawyer;
    CaseDetails march;

    @BeforeEach
    void aFiledCase() {
        organizer = accounts.create(GlobalRole.ORGANIZER);
        lawyer = accounts.create(GlobalRole.LAWYER);
        march = accounts.as(organizer, () -> cases.create(new NewCase("March", "KZ", TestClock.TODAY.plusDays(30))));
        accounts.as(organizer, () -> {
            cases.invite(march.id(), new Invitation(lawyer.username(), CaseRole.LAWYER));
            drafts.save(march.id(), ApplicationData.empty().withForm(AssemblyForm.MARCH).withPurpose("Equal pay"), -1);
            filings.record(march.id(), new NewFiling(FilingChannel.IN_PERSON, "12-34", FILED), List.of());
        });
    }

    @Test
    void a_refusal_is_recorded_as_received_with_its_scan_stored_once_under_its_sha256() throws Exception {
        var scan = List.of(new ResponseUpload("отказ.pdf", new ByteArrayResource(SampleFiles.PDF)));
        var recorded = accounts.as(lawyer, () -> responses.record(march.id(), refusal(THIS_MORNING, "ART14_1_3"), scan));
        var again = accounts.as(lawyer, () -> responses.record(march.id(),
                new NewResponse(1, THIS_MORNING.plusMinutes(5), null, "REGISTERED_MAIL", null, null, "REFUSED",
                        List.of("ART14_1_3", "ART14_1_5", "ART14_1_3"), null, REASON), scan));

        var sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(SampleFiles.PDF));
        var listed = accounts.as(organizer, () -> responses.responses(march.id()));
        assertThat(listed).extracting(ResponseView::id).containsExactly(recorded.id(), again.id());
        var first = listed.get(0);
        assertThat(first.filingSequence()).isEqualTo(1);
        assertThat(first.receivedAt().toLocalDateTime()).isEqualTo(THIS_MORNING);
        assertThat(first.zone()).isEqualTo("Asia/Almaty");
        assertThat(first.decisionDate()).isEqualTo(TestClock.TODAY.minusDays(1));
        assertThat(first.channel()).isEqualTo("EDS_DOCUMENT");
        assertThat(first.documentNumber()).isEqualTo("ЗТ-2026-123");
        assertThat(first.signatory()).isEqualTo("Deputy akim A. Akimov");
        assertThat(first.outcome()).isEqualTo("REFUSED");
        assertThat(first.grounds()).containsExactly("ART14_1_3");
        assertThat(first.reasonText()).isEqualTo(REASON);
        assertThat(first.recordedAt()).isEqualTo(TestClock.NOW);
        assertThat(first.recordedBy()).isEqualTo(lawyer.displayName());
        assertThat(first.files()).singleElement().satisfies(file -> {
            assertThat(file.sha256()).isEqualTo(sha256);
            assertThat(file.mediaType()).isEqualTo("application/pdf");
            assertThat(file.name()).isEqualTo("отказ.pdf");
        });
        assertThat(listed.get(1).grounds()).containsExactly("ART14_1_3", "ART14_1_5");
        assertThat(listed.get(1).files()).extracting(ResponseFile::sha256).containsExactly(sha256);
        assertThat(blobs.verify(sha256)).isTrue();
        var download = accounts.as(organizer, () -> responses.attachment(march.id(), sha256));
        try (var in = download.content()) {
            assertThat(in.readAllBytes()).isEqualTo(SampleFiles.PDF);
        }
    }

    @Test
    void a_response_received_before_the_filing_was_registered_is_refused_and_nothing_is_kept() {
        assertThatThrownBy(() -> accounts.as(lawyer, () -> responses.record(march.id(),
                refusal(FILED.minusMinutes(1), "ART14_1_3"), List.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::messageKey)
                        .containsExactly(tuple("receivedAt", "response.before-filing")));
        assertThat(accounts.as(lawyer, () -> responses.responses(march.id()))).isEmpty();
    }

    @Test
    void unknown_codes_a_refusal_without_grounds_a_future_receipt_and_a_wrong_file_are_reported_together() {
        // 11:30 in Almaty is 06:30 UTC, half an hour after the test clock's now.
        var bad = new NewResponse(null, TestClock.TODAY.atTime(11, 30), null, "PIGEON", null, null, "MAYBE",
                List.of("ART99"), null, null);
        var noGrounds = new NewResponse(null, THIS_MORNING, null, "COURIER", null, null, "REFUSED", List.of(), null, null);
        var exe = List.of(new ResponseUpload("scan.pdf", new ByteArrayResource(SampleFiles.EXE)));

        assertThatThrownBy(() -> accounts.as(organizer, () -> responses.record(march.id(), bad, exe)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::messageKey, FieldViolation::arguments)
                        .containsExactlyInAnyOrder(
                                tuple("receivedAt", "response.received-in-future", List.of()),
                                tuple("channel", "response.unknown-channel", List.of("PIGEON")),
                                tuple("outcome", "response.unknown-outcome", List.of("MAYBE")),
                                tuple("grounds", "response.unknown-ground", List.of("ART99")),
                                tuple("file[0]", "evidence.type-not-allowed", List.of("JPEG, PNG, WebP, HEIC, HEIF, PDF"))));
        assertThatThrownBy(() -> accounts.as(organizer, () -> responses.record(march.id(), noGrounds, List.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::messageKey)
                        .containsExactly(tuple("grounds", "response.grounds-required")));
        assertThat(accounts.as(organizer, () -> responses.responses(march.id()))).isEmpty();
    }

    @Test
    void coded_conditions_are_kept_in_order_without_repeats_and_an_unknown_one_is_refused() {
        var approval = new NewResponse(null, THIS_MORNING, null, "COURIER", null, null, "APPROVED_WITH_CONDITIONS",
                List.of(), "Без звукоусиления и транспорта", null,
                List.of("NO_VEHICLES", " NO_SOUND_AMPLIFICATION ", "NO_VEHICLES", ResponseService.CONDITION_NOT_IN_LAW));

        var recorded = accounts.as(lawyer, () -> responses.record(march.id(), approval, List.of()));

        assertThat(recorded.conditionCodes())
                .containsExactly("NO_VEHICLES", "NO_SOUND_AMPLIFICATION", ResponseService.CONDITION_NOT_IN_LAW);
        assertThat(accounts.as(lawyer, () -> responses.responses(march.id()))).singleElement()
                .satisfies(r -> assertThat(r.conditionCodes())
                        .containsExactly("NO_VEHICLES", "NO_SOUND_AMPLIFICATION", ResponseService.CONDITION_NOT_IN_LAW));
        var unknown = new NewResponse(null, THIS_MORNING, null, "COURIER", null, null, "APPROVED_WITH_CONDITIONS",
                List.of(), null, null, List.of("NO_BANNERS"));
        assertThatThrownBy(() -> accounts.as(lawyer, () -> responses.record(march.id(), unknown, List.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::messageKey, FieldViolation::arguments)
                        .containsExactly(tuple("conditionCodes", "response.unknown-condition", List.of("NO_BANNERS"))));
    }

    @Test
    void an_informal_phone_call_and_an_approval_without_grounds_are_accepted() {
        var call = accounts.as(organizer, () -> responses.record(march.id(), new NewResponse(null, THIS_MORNING, null,
                ResponseService.INFORMAL_CHANNEL, null, "  ", "APPROVED", null, "", null), List.of()));

        assertThat(call.channel()).isEqualTo("INFORMAL");
        assertThat(call.signatory()).isNull();
        assertThat(call.conditions()).isNull();
        assertThat(call.grounds()).isEmpty();
    }

    @Test
    void a_correction_is_a_new_entry_naming_the_one_it_corrects_which_stays_as_it_was_and_is_corrected_once() {
        var first = accounts.as(lawyer, () -> responses.record(march.id(), refusal(THIS_MORNING, "ART14_1_3"), List.of()));
        var fixed = new NewResponse(null, THIS_MORNING.plusMinutes(1), null, "EDS_DOCUMENT", "ЗТ-2026-124", null, "ALTERNATIVE_PROPOSED",
                List.of(), "Abay square instead", null);

        var correction = accounts.as(organizer, () -> responses.correct(march.id(), first.id(), fixed, List.of()));

        assertThat(correction.corrects()).isEqualTo(first.id());
        assertThat(correction.filingSequence()).isEqualTo(1);
        assertThat(accounts.as(lawyer, () -> responses.responses(march.id())))
                .extracting(ResponseView::id, ResponseView::outcome, ResponseView::corrects)
                .containsExactly(tuple(first.id(), "REFUSED", null), tuple(correction.id(), "ALTERNATIVE_PROPOSED", first.id()));
        assertThatThrownBy(() -> accounts.as(lawyer, () -> responses.correct(march.id(), first.id(), fixed, List.of())))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> accounts.as(lawyer, () -> responses.correct(march.id(), java.util.UUID.randomUUID(), fixed,
                List.of()))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void monitors_are_forbidden_and_strangers_do_not_find_the_case() {
        var monitor = accounts.create(GlobalRole.MONITOR);
        var stranger = accounts.create(GlobalRole.LAWYER);
        accounts.as(organizer, () -> cases.invite(march.id(), new Invitation(monitor.username(), CaseRole.MONITOR)));
        var response = refusal(THIS_MORNING, "ART14_1_3");

        assertThatThrownBy(() -> accounts.as(monitor, () -> responses.record(march.id(), response, List.of())))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> accounts.as(monitor, () -> responses.responses(march.id())))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> accounts.as(monitor, () -> responses.attachment(march.id(), "0".repeat(64))))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> accounts.as(stranger, () -> responses.record(march.id(), response, List.of())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.as(stranger, () -> responses.responses(march.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.as(monitor, () -> responses.correct(march.id(), java.util.UUID.randomUUID(),
                response, List.of()))).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void the_list_takes_as_many_queries_for_three_responses_as_for_one() {
        var scan = List.of(new ResponseUpload("a.png", new ByteArrayResource(SampleFiles.PNG)),
                new ResponseUpload("b.pdf", new ByteArrayResource(SampleFiles.PDF)));
        accounts.as(lawyer, () -> responses.record(march.id(), refusal(THIS_MORNING, "ART14_1_3"), scan));
        var forOne = statementsToList();
        accounts.as(lawyer, () -> responses.record(march.id(), refusal(THIS_MORNING, "ART14_1_4"), scan));
        // One recorder: UserService.refs reads each distinct user's roles, which is not the list's doing.
        accounts.as(lawyer, () -> responses.record(march.id(), refusal(THIS_MORNING, "ART14_1_5"), scan));

        assertThat(statementsToList()).isEqualTo(forOne).isPositive();
        assertThat(accounts.as(lawyer, () -> responses.responses(march.id())))
                .allSatisfy(r -> assertThat(r.files()).hasSize(2)).allSatisfy(r -> assertThat(r.grounds()).hasSize(1));
    }

    private long statementsToList() {
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            accounts.as(lawyer, () -> responses.responses(march.id()));
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    private static NewResponse refusal(LocalDateTime receivedAt, String ground) {
        return new NewResponse(1, receivedAt, LocalDate.from(FILED), "EDS_DOCUMENT", " ЗТ-2026-123 ",
                "Deputy akim A. Akimov", "REFUSED", List.of(ground), null, REASON);
    }
}
