package org.assemblyportal.authority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

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
import org.assemblyportal.authority.DismissalEvent.Action;
import org.assemblyportal.base.ConflictException;
import org.assemblyportal.base.ForbiddenException;
import org.assemblyportal.base.InvalidInputException;
import org.assemblyportal.base.InvalidInputException.FieldViolation;
import org.assemblyportal.base.NotFoundException;
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

    UserRef organizer;
    UserRef lawyer;
    CaseDetails march;

    @BeforeEach
    void aMarchRegisteredOnTheSecondOfNovember() {
        organizer = accounts.create(GlobalRole.ORGANIZER);
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
            assertThat(f.arguments()).containsExactly(LocalDate.of(2026, 11, 11), new MessageKey("silence.no-effect"));
        });
    }

    @Test
    void an_approval_in_time_by_courier_raises_nothing() {
        log(DUE, "COURIER", "APPROVED", List.of());

        assertThat(kinds()).isEmpty();
    }

    @Test
    void a_late_emailed_refusal_for_a_reason_outside_the_law_and_on_the_works_ground_without_an_alternative_raises_four_findings() {
        log(DUE.plusDays(1), "EMAIL", "REFUSED", List.of(ResponseService.GROUND_NOT_IN_LAW, "ART14_1_10"));

        assertThat(kinds()).containsExactly(Kind.ANSWER_LATE, Kind.GROUND_NOT_IN_LAW, Kind.NO_ALTERNATIVE_BEFORE_REFUSAL,
                Kind.NO_REGISTERED_COPY);
    }

    @Test
    void the_constitutional_courts_alternative_rule_binds_refusals_on_the_works_ground_only() {
        // Art. 14(1)(6)-(9) are grounds of the law: no "not in the law" flag, and no alternative required.
        log(DUE, "COURIER", "REFUSED", List.of("ART14_1_6", "ART14_1_9"));

        assertThat(kinds()).isEmpty();
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
    void an_approval_of_the_march_without_sound_or_vehicles_is_in_order() {
        logConditions("APPROVED_WITH_CONDITIONS", List.of("NO_SOUND_AMPLIFICATION", "NO_VEHICLES"));

        assertThat(kinds()).isEmpty();
    }

    @Test
    void a_march_approved_without_tents_or_with_a_condition_outside_the_law_is_flagged_with_article_13() {
        logConditions("APPROVED_WITH_CONDITIONS", List.of("NO_VEHICLES", "NO_STRUCTURES", ResponseService.CONDITION_NOT_IN_LAW));

        var finding = accounts.as(lawyer, () -> compliance.findings(march.id())).get(0).findings();
        assertThat(finding).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.CONDITIONS_BEYOND_RULES);
            // Tents are a condition for pickets, meetings and rallies (Art. 11(1)(1)), not for a march.
            assertThat(f.arguments()).containsExactly("NO_STRUCTURES, CONDITION_NOT_IN_LAW");
            assertThat(f.citations()).extracting(c -> c.article()).containsExactly("Art. 8(3)(3)", "Arts. 11(1)(1), 13(1)",
                    "Art. 13(1)");
        });
    }

    private void logConditions(String outcome, List<String> conditions) {
        accounts.as(lawyer, () -> responses.record(march.id(), new NewResponse(1, DUE.atTime(16, 0), DUE, "COURIER",
                "01-02/3", "Deputy akim", outcome, List.of(), "Без звукоусиления.", null, conditions), List.of()));
    }

    @Test
    void a_lawyer_dismisses_a_finding_with_a_reason_and_it_stays_listed_marked_as_dismissed() {
        var event = accounts.as(lawyer, () -> compliance.dismiss(march.id(),
                new FindingDecision(1, Kind.NO_ANSWER, "  The akimat answered by phone on 10 November; see the call log.  ")));

        assertThat(event.action()).isEqualTo(Action.DISMISSED);
        assertThat(event.by()).isEqualTo(lawyer.displayName());
        var filing = accounts.as(lawyer, () -> compliance.findings(march.id())).get(0);
        assertThat(filing.findings()).extracting(ComplianceFinding::kind).containsExactly(Kind.NO_ANSWER);
        assertThat(filing.standing()).isEmpty();
        var review = filing.review(Kind.NO_ANSWER);
        assertThat(review.dismissed()).isTrue();
        assertThat(review.dismissal().reason()).isEqualTo("The akimat answered by phone on 10 November; see the call log.");
        assertThat(review.dismissal().by()).isEqualTo(lawyer.displayName());
        assertThat(review.dismissal().at()).isEqualTo(TestClock.NOW);
        // The organizer reads the same state.
        assertThat(accounts.as(organizer, () -> compliance.findings(march.id())).get(0).review(Kind.NO_ANSWER).dismissed())
                .isTrue();
    }

    @Test
    void restoring_and_dismissing_again_keep_every_step_in_order() {
        accounts.as(lawyer, () -> compliance.dismiss(march.id(), new FindingDecision(1, Kind.NO_ANSWER, "First reason")));
        accounts.as(lawyer, () -> compliance.restore(march.id(), new FindingDecision(1, Kind.NO_ANSWER, null)));

        var restored = accounts.as(lawyer, () -> compliance.findings(march.id())).get(0).review(Kind.NO_ANSWER);
        assertThat(restored.dismissed()).isFalse();
        assertThat(restored.dismissal()).isNull();

        accounts.as(lawyer, () -> compliance.dismiss(march.id(), new FindingDecision(1, Kind.NO_ANSWER, "Second reason")));
        var review = accounts.as(lawyer, () -> compliance.findings(march.id())).get(0).review(Kind.NO_ANSWER);
        assertThat(review.history()).extracting(DismissalEvent::action, DismissalEvent::reason).containsExactly(
                tuple(Action.DISMISSED, "First reason"), tuple(Action.RESTORED, null), tuple(Action.DISMISSED, "Second reason"));
        assertThat(review.dismissal().reason()).isEqualTo("Second reason");
    }

    @Test
    void only_the_cases_lawyers_dismiss_or_restore_and_outsiders_are_told_there_is_no_case() {
        var monitor = accounts.create(GlobalRole.MONITOR);
        var outsider = accounts.create(GlobalRole.LAWYER);
        accounts.as(lawyer, () -> cases.invite(march.id(), new Invitation(monitor.username(), CaseRole.MONITOR)));
        var decision = new FindingDecision(1, Kind.NO_ANSWER, "Not a breach");

        assertThatThrownBy(() -> accounts.as(organizer, () -> compliance.dismiss(march.id(), decision)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> accounts.as(monitor, () -> compliance.dismiss(march.id(), decision)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> accounts.as(outsider, () -> compliance.dismiss(march.id(), decision)))
                .isInstanceOf(NotFoundException.class);
        accounts.as(lawyer, () -> compliance.dismiss(march.id(), decision));
        assertThatThrownBy(() -> accounts.as(organizer, () -> compliance.restore(march.id(), decision)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> accounts.as(outsider, () -> compliance.restore(march.id(), decision)))
                .isInstanceOf(NotFoundException.class);
        assertThat(accounts.as(lawyer, () -> compliance.findings(march.id())).get(0).review(Kind.NO_ANSWER).history())
                .hasSize(1);
    }

    @Test
    void a_dismissal_needs_a_reason_and_a_finding_the_case_has_and_only_a_dismissed_one_is_restored() {
        assertThatThrownBy(() -> accounts.as(lawyer, () -> compliance.dismiss(march.id(),
                new FindingDecision(1, Kind.NO_ANSWER, "   "))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::messageKey)
                        .containsExactly(tuple("reason", "validation.required")));
        assertThatThrownBy(() -> accounts.as(lawyer, () -> compliance.dismiss(march.id(),
                new FindingDecision(1, Kind.NO_ANSWER, "x".repeat(2001)))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::messageKey)
                        .containsExactly(tuple("reason", "validation.too-long")));
        assertThatThrownBy(() -> accounts.as(lawyer, () -> compliance.dismiss(march.id(),
                new FindingDecision(1, Kind.ANSWER_LATE, "Not raised"))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.as(lawyer, () -> compliance.restore(march.id(),
                new FindingDecision(1, Kind.NO_ANSWER, null))))
                .isInstanceOf(ConflictException.class);
        accounts.as(lawyer, () -> compliance.dismiss(march.id(), new FindingDecision(1, Kind.NO_ANSWER, "Reason")));
        assertThatThrownBy(() -> accounts.as(lawyer, () -> compliance.dismiss(march.id(),
                new FindingDecision(1, Kind.NO_ANSWER, "Again"))))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void monitors_do_not_see_the_findings() {
        var monitor = accounts.create(GlobalRole.MONITOR);
        accounts.as(lawyer, () -> cases.invite(march.id(), new Invitation(monitor.username(), CaseRole.MONITOR)));

        assertThatThrownBy(() -> accounts.as(monitor, () -> compliance.findings(march.id())))
                .isInstanceOf(ForbiddenException.class);
    }
}
