package org.assemblyportal.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.assemblyportal.ServiceTest;
import org.assemblyportal.TestClock;
import org.assemblyportal.base.ForbiddenException;
import org.assemblyportal.base.InvalidInputException;
import org.assemblyportal.base.InvalidInputException.FieldViolation;
import org.assemblyportal.base.NotFoundException;
import org.assemblyportal.security.GlobalRole;
import org.assemblyportal.security.TestAccounts;
import org.assemblyportal.security.UserRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

@ServiceTest
@Import(TestAccounts.class)
class CaseServiceTest {

    @Autowired
    CaseService cases;
    @Autowired
    TestAccounts accounts;

    UserRef organizer;
    UserRef stranger;
    LocalDate nextMonth = TestClock.TODAY.plusDays(20);

    @BeforeEach
    void people() {
        organizer = accounts.create(GlobalRole.ORGANIZER);
        stranger = accounts.create(GlobalRole.ORGANIZER);
    }

    @Test
    void an_organizer_opens_a_case_and_becomes_its_organizer() {
        var created = accounts.as(organizer, () -> cases.create(new NewCase("  March for equal pay ", "KZ", nextMonth)));

        assertThat(created.title()).isEqualTo("March for equal pay");
        assertThat(created.myRole()).isEqualTo(CaseRole.ORGANIZER);
        assertThat(created.members()).extracting(CaseMember::username).containsExactly(organizer.username());
        var mine = accounts.as(organizer, () -> cases.myCases(PageRequest.of(0, 10)));
        assertThat(mine.getContent()).extracting(CaseSummary::id).containsExactly(created.id());
    }

    @Test
    void a_case_is_invisible_to_anyone_outside_it_as_if_it_did_not_exist() {
        var created = accounts.as(organizer, () -> cases.create(new NewCase("Picket", "KZ", nextMonth)));

        assertThat(accounts.as(stranger, () -> cases.myCases(PageRequest.of(0, 10))).getContent()).isEmpty();
        assertThatThrownBy(() -> accounts.as(stranger, () -> cases.get(created.id())))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("case.not-found");
        assertThatThrownBy(() -> accounts.as(stranger, () -> cases.invite(created.id(),
                new Invitation(stranger.username(), CaseRole.CO_ORGANIZER))))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void bad_input_is_refused_with_every_problem_named() {
        var tooLong = "x".repeat(201);
        var yesterdayInAlmaty = TestClock.TODAY.minusDays(1);

        assertThatThrownBy(() -> accounts.as(organizer, () -> cases.create(new NewCase(tooLong, "KZ", yesterdayInAlmaty))))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.violations())
                        .containsExactlyInAnyOrder(FieldViolation.of("title", "validation.too-long", 200),
                                FieldViolation.of("plannedDate", "validation.planned-date-past")));
        assertThatThrownBy(() -> accounts.as(organizer, () -> cases.create(new NewCase(" ", "ATLANTIS", null))))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.violations())
                        .extracting(FieldViolation::field).containsExactlyInAnyOrder("title", "jurisdictionCode", "plannedDate"));
        assertThat(accounts.as(organizer, () -> cases.myCases(PageRequest.of(0, 10))).getContent()).isEmpty();
    }

    @Test
    void monitors_cannot_open_cases_but_lawyers_can() {
        var monitor = accounts.create(GlobalRole.MONITOR);
        var lawyer = accounts.create(GlobalRole.LAWYER);

        assertThatThrownBy(() -> accounts.as(monitor, () -> cases.create(new NewCase("Rally", "KZ", nextMonth))))
                .isInstanceOf(AccessDeniedException.class);
        var lawyersCase = accounts.as(lawyer, () -> cases.create(new NewCase("Appeal", "GB-ENG", nextMonth)));
        assertThat(lawyersCase.myRole()).isEqualTo(CaseRole.LAWYER);
    }

    @Test
    void organizers_invite_people_whose_portal_role_fits_the_case_role() {
        var monitor = accounts.create(GlobalRole.MONITOR);
        var created = accounts.as(organizer, () -> cases.create(new NewCase("March", "KZ", nextMonth)));

        assertThatThrownBy(() -> accounts.as(organizer, () -> cases.invite(created.id(),
                new Invitation(monitor.username(), CaseRole.LAWYER))))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.violations())
                        .containsExactly(FieldViolation.of("role", "case.invite.role-mismatch")));
        var withMonitor = accounts.as(organizer, () -> cases.invite(created.id(),
                new Invitation(monitor.username().toUpperCase(), CaseRole.MONITOR)));

        assertThat(withMonitor.members()).extracting(CaseMember::username, CaseMember::role)
                .contains(org.assertj.core.groups.Tuple.tuple(monitor.username(), CaseRole.MONITOR));
        var monitorsView = accounts.as(monitor, () -> cases.get(created.id()));
        assertThat(monitorsView.myRole()).isEqualTo(CaseRole.MONITOR);
        assertThat(monitorsView.mayInvite()).isFalse();
    }

    @Test
    void monitors_cannot_invite_and_nobody_is_added_twice_or_unknown() {
        var monitor = accounts.create(GlobalRole.MONITOR);
        var created = accounts.as(organizer, () -> cases.create(new NewCase("March", "KZ", nextMonth)));
        accounts.as(organizer, () -> cases.invite(created.id(), new Invitation(monitor.username(), CaseRole.MONITOR)));

        assertThatThrownBy(() -> accounts.as(monitor, () -> cases.invite(created.id(),
                new Invitation(stranger.username(), CaseRole.CO_ORGANIZER))))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> accounts.as(organizer, () -> cases.invite(created.id(),
                new Invitation(monitor.username(), CaseRole.MONITOR))))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.violations())
                        .containsExactly(FieldViolation.of("username", "case.invite.already-member")));
        assertThatThrownBy(() -> accounts.as(organizer, () -> cases.invite(created.id(),
                new Invitation("nobody-by-this-name", CaseRole.MONITOR))))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.violations())
                        .containsExactly(FieldViolation.of("username", "case.invite.unknown-user")));
    }
}
