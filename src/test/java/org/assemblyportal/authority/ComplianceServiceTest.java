package org.assemblyportal.authority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
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
import org.assemblyportal.authority.ComplianceFinding.Kind;
import org.assemblyportal.base.ForbiddenException;
import org.assemblyportal.base.i18n.MessageKey;
import org.assemblyportal.jurisdiction.AssemblyForm;
import org.assemblyportal.security.GlobalRole;
import org.assemblyportal.security.TestAccounts;
import org.assemblyportal.security.UserRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The findings of a Kazakh march application registered on Monday 2 November 2026: the akimat's
 * 7 working days are 3, 4, 5, 6, 9, 10 and 11 November, so its last day is Wednesday 11 November.
 * The test clock stands on 24 November.
 */
@ServiceTest
@Import(TestAccounts.class)
class ComplianceServiceTest {

    static final LocalDate DUE = LocalDate.of(2026, 11, 11);

    @Autowired
    ComplianceService compliance;
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

    UserRef lawyer;
    CaseDetails march;

    @BeforeEach
    void aMarchRegisteredOnTheSecondOfNovember() {
        var organizer = accounts.create(GlobalRole.ORGANIZER);
        lawyer = accounts.create(GlobalRole.LAWYER);
        march = accounts.as(organizer, () -> cases.create(new NewCase("March", "KZ", TestClock.TODAY.plusDays(30))));
        accounts.as(organizer, () -> {
            cases.invite(march.id(), new Invitation(lawyer.username(), CaseRole.LAWYER));
            drafts.save(march.id(), ApplicationData.empty().withForm(AssemblyForm.MARCH).withPurpose("Equal pay"), -1);
            filings.record(march.id(), new NewFiling(FilingChannel.IN_PERSON, "12-34", LocalDateTime.of(2026, 11, 2, 9, 0)),
                    List.of());
        });
    }

    private void log(LocalDate day, String channel, String outcome, List<String> grounds) {
        accounts.as(lawyer, () -> responses.record(march.id(), new NewResponse(1, day.atTime(16, 0), day, channel, "01-02/3",
                "Deputy akim", outcome, grounds, null, "As the akimat wrote it."), List.of()));
    }

    private List<Kind> kinds() {
        var found = accounts.as(lawyer, () -> compliance.findings(march.id()));
        assertThat(found).singleElement().satisfies(f -> assertThat(f.dueDate()).isEqualTo(DUE));
        return found.get(0).findings().stream().map(ComplianceFinding::kind).toList();
    }

    @Test
    void silence_past_the_due_date_is_a_finding_that_says_what_silence_means() {
        var found = accounts.as(lawyer, () -> compliance.findings(march.id())).get(0);

        assertThat(found.registeredOn()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(found.dueCitation().article()).isEqualTo("Art. 13(1)");
        assertThat(found.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.NO_ANSWER);
            assertThat(f.arguments()).containsExactly("2026-11-11", new MessageKey("silence.no-effect"));
        });
    }

    @Test
    void an_approval_in_time_by_courier_raises_nothing() {
        log(DUE, "COURIER", "APPROVED", List.of());

        assertThat(kinds()).isEmpty();
    }

    @Test
    void a_late_emailed_refusal_for_a_reason_outside_the_law_without_an_alternative_raises_four_findings() {
        log(DUE.plusDays(1), "EMAIL", "REFUSED", List.of(ResponseService.GROUND_NOT_IN_LAW));

        assertThat(kinds()).containsExactly(Kind.ANSWER_LATE, Kind.GROUND_NOT_IN_LAW, Kind.NO_ALTERNATIVE_BEFORE_REFUSAL,
                Kind.NO_REGISTERED_COPY);
    }

    @Test
    void an_alternative_offered_first_and_a_registered_copy_later_leave_only_what_was_late() {
        log(DUE.minusDays(2), "COURIER", "ALTERNATIVE_PROPOSED", List.of());
        log(DUE.plusDays(1), "EMAIL", "REFUSED", List.of("ART14_1_10"));
        log(DUE.plusDays(3), "REGISTERED_MAIL", "REFUSED", List.of("ART14_1_10"));

        // The first answer, the alternative, came in time; the refusal's content is in order.
        assertThat(kinds()).isEmpty();
    }

    @Test
    void monitors_do_not_see_the_findings() {
        var monitor = accounts.create(GlobalRole.MONITOR);
        accounts.as(lawyer, () -> cases.invite(march.id(), new Invitation(monitor.username(), CaseRole.MONITOR)));

        assertThatThrownBy(() -> accounts.as(monitor, () -> compliance.findings(march.id())))
                .isInstanceOf(ForbiddenException.class);
    }
}
