package org.assemblyportal.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.assemblyportal.ServiceTest;
import org.assemblyportal.TestClock;
import org.assemblyportal.assembly.ApplicationData.Organizer;
import org.assemblyportal.assembly.ApplicationData.Waypoint;
import org.assemblyportal.assembly.CaseProgress.Stage;
import org.assemblyportal.base.ForbiddenException;
import org.assemblyportal.jurisdiction.AssemblyForm;
import org.assemblyportal.jurisdiction.DeadlineQuery;
import org.assemblyportal.jurisdiction.DeadlineService;
import org.assemblyportal.jurisdiction.SilenceRule;
import org.assemblyportal.security.GlobalRole;
import org.assemblyportal.security.TestAccounts;
import org.assemblyportal.security.UserRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@ServiceTest
@Import(TestAccounts.class)
class CaseProgressServiceTest {

    @Autowired
    CaseProgressService progress;
    @Autowired
    DraftService drafts;
    @Autowired
    FilingService filings;
    @Autowired
    CaseService cases;
    @Autowired
    DeadlineService deadlines;
    @Autowired
    TestAccounts accounts;

    UserRef organizer;

    @BeforeEach
    void anOrganizer() {
        organizer = accounts.create(GlobalRole.ORGANIZER);
    }

    private CaseDetails caseWithDraft(LocalDate day) {
        var created = accounts.as(organizer, () -> cases.create(new NewCase("Picket " + day, "KZ", day)));
        accounts.as(organizer, () -> drafts.save(created.id(), ApplicationData.empty().withForm(AssemblyForm.PICKET)
                .withPurpose("Clean air").withOrganizers(List.of(new Organizer(Organizer.Kind.INDIVIDUAL, "A", "900101300017", "x")))
                .withRoute(List.of(new Waypoint("Akimat", null, null))).withTimes(day.atTime(12, 0), day.atTime(13, 0))
                .withParticipants(1), -1));
        return created;
    }

    @Test
    void an_empty_case_has_not_started_and_shows_no_deadline() {
        var empty = accounts.as(organizer, () -> cases.create(new NewCase("Picket", "KZ", TestClock.TODAY.plusDays(30))));

        var shown = accounts.as(organizer, () -> progress.progress(empty.id()));

        assertThat(shown.stage()).isEqualTo(Stage.NOT_STARTED);
        assertThat(shown.filingDeadline()).isNull();
        assertThat(shown.authorityDeadline()).isNull();
    }

    @Test
    void before_filing_the_organizers_last_day_counts_down_from_today_in_almaty() {
        var day = LocalDate.of(2026, 12, 21);
        var picket = caseWithDraft(day);

        var shown = accounts.as(organizer, () -> progress.progress(picket.id()));

        var expected = deadlines.compute(new DeadlineQuery("KZ", AssemblyForm.PICKET, day.atTime(12, 0), null)).filing();
        assertThat(shown.stage()).isEqualTo(Stage.DRAFTING);
        assertThat(shown.today()).isEqualTo(TestClock.TODAY);
        assertThat(shown.filingDeadline().lastDay()).isEqualTo(expected.lastDay()).isBefore(day);
        assertThat(shown.filingDeadline().daysLeft()).isEqualTo(ChronoUnit.DAYS.between(TestClock.TODAY, expected.lastDay()));
        assertThat(shown.filingDeadline().citation().article()).isEqualTo(expected.citation().article());
        assertThat(shown.authorityDeadline()).isNull();
    }

    @Test
    void after_filing_the_authoritys_due_date_counts_even_when_the_assembly_lies_beyond_the_calendar_data() {
        var nextYear = LocalDate.of(2027, 3, 15);
        var picket = caseWithDraft(nextYear);
        accounts.as(organizer, () -> filings.record(picket.id(), new NewFiling(FilingChannel.IN_PERSON, "1",
                LocalDateTime.of(2026, 11, 24, 10, 0)), List.of()));

        var shown = accounts.as(organizer, () -> progress.progress(picket.id()));

        // 3 working days from Tuesday 24 November 2026: Wednesday 25, Thursday 26, Friday 27.
        assertThat(shown.stage()).isEqualTo(Stage.FILED);
        assertThat(shown.deadlineProblem()).isNull();
        assertThat(shown.authorityDeadline().registeredOn()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(shown.authorityDeadline().dueDate()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(shown.authorityDeadline().daysLeft()).isEqualTo(3);
        assertThat(shown.authorityDeadline().silence()).isEqualTo(SilenceRule.MAY_PROCEED_AS_NOTIFIED);
        assertThat(shown.filings()).hasSize(1);
    }

    @Test
    void monitors_do_not_see_the_applications_progress() {
        var picket = caseWithDraft(LocalDate.of(2026, 12, 21));
        var monitor = accounts.create(GlobalRole.MONITOR);
        accounts.as(organizer, () -> cases.invite(picket.id(), new Invitation(monitor.username(), CaseRole.MONITOR)));

        assertThatThrownBy(() -> accounts.as(monitor, () -> progress.progress(picket.id())))
                .isInstanceOf(ForbiddenException.class);
    }
}
