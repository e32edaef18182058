package org.assemblyportal.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.assemblyportal.ServiceTest;
import org.assemblyportal.TestClock;
import org.assemblyportal.assembly.ApplicationData.Equipment;
import org.assemblyportal.assembly.ApplicationData.Organizer;
import org.assemblyportal.assembly.ApplicationData.Waypoint;
import org.assemblyportal.assembly.Completeness.Problem;
import org.assemblyportal.assembly.Completeness.Severity;
import org.assemblyportal.base.ConflictException;
import org.assemblyportal.base.ForbiddenException;
import org.assemblyportal.base.NotFoundException;
import org.assemblyportal.jurisdiction.ApplicationField;
import org.assemblyportal.jurisdiction.AssemblyForm;
import org.assemblyportal.security.GlobalRole;
import org.assemblyportal.security.TestAccounts;
import org.assemblyportal.security.UserRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@ServiceTest
@Import(TestAccounts.class)
class DraftServiceTest {

    @Autowired
    DraftService drafts;
    @Autowired
    CaseService cases;
    @Autowired
    TestAccounts accounts;

    UserRef organizer;
    CaseDetails march;
    final LocalDate inTwoMonths = TestClock.TODAY.plusDays(30);

    @BeforeEach
    void aCase() {
        organizer = accounts.create(GlobalRole.ORGANIZER);
        march = accounts.as(organizer, () -> cases.create(new NewCase("March", "KZ", inTwoMonths)));
    }

    private ApplicationData complete() {
        return new ApplicationData(AssemblyForm.MARCH, "Equal pay for women",
                List.of(new Organizer(Organizer.Kind.INDIVIDUAL, "Aigerim Serikova", "900101300017", "Almaty, Abay 1")),
                null, null, List.of(new Waypoint("Central Park", 43.26, 76.95), new Waypoint("Abay Square", null, null)),
                inTwoMonths.atTime(11, 0), inTwoMonths.atTime(13, 0), 500,
                new Equipment(true, false, false, "one loudspeaker"), null, "+7 700 000 0000");
    }

    @Test
    void every_save_is_a_revision_with_a_hash_and_an_unchanged_save_adds_none() {
        var first = accounts.as(organizer, () -> drafts.save(march.id(), complete(), -1));
        var again = accounts.as(organizer, () -> drafts.save(march.id(), complete(), first.version()));
        var changed = complete();
        var second = accounts.as(organizer, () -> drafts.save(march.id(), new ApplicationData(changed.form(),
                "Equal pay, now", changed.organizers(), null, null, changed.route(), changed.start(), changed.end(),
                changed.participants(), changed.equipment(), null, changed.contacts()), again.version()));

        assertThat(first.revision()).isEqualTo(1);
        assertThat(again.revision()).isEqualTo(1);
        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.data().purpose()).isEqualTo("Equal pay, now");
        var history = accounts.as(organizer, () -> drafts.history(march.id()));
        assertThat(history).extracting(DraftRevisionSummary::revision).containsExactly(2, 1);
        assertThat(history.get(1).sha256()).isEqualTo(first.sha256()).hasSize(64);
        assertThat(history.get(0).changed()).containsExactly(ApplicationField.PURPOSE);
        assertThat(history.get(1).changed()).contains(ApplicationField.FORM, ApplicationField.PURPOSE, ApplicationField.ORGANIZER);
        assertThat(accounts.as(organizer, () -> drafts.draft(march.id())).data().route())
                .extracting(Waypoint::name).containsExactly("Central Park", "Abay Square");
    }

    @Test
    void a_co_organizer_saving_over_a_newer_version_gets_a_conflict_and_nothing_is_overwritten() {
        var colleague = accounts.create(GlobalRole.ORGANIZER);
        accounts.as(organizer, () -> cases.invite(march.id(), new Invitation(colleague.username(), CaseRole.CO_ORGANIZER)));
        var seenByBoth = accounts.as(organizer, () -> drafts.save(march.id(), complete(), -1));
        accounts.as(organizer, () -> drafts.save(march.id(), new ApplicationData(AssemblyForm.MARCH, "Mine", List.of(),
                null, null, List.of(), null, null, null, null, null, null), seenByBoth.version()));

        assertThatThrownBy(() -> accounts.as(colleague, () -> drafts.save(march.id(), complete(), seenByBoth.version())))
                .isInstanceOf(ConflictException.class).hasMessageContaining(organizer.displayName());
        assertThat(accounts.as(colleague, () -> drafts.draft(march.id())).data().purpose()).isEqualTo("Mine");
    }

    @Test
    void monitors_and_outsiders_do_not_see_drafts() {
        var monitor = accounts.create(GlobalRole.MONITOR);
        var stranger = accounts.create(GlobalRole.ORGANIZER);
        accounts.as(organizer, () -> cases.invite(march.id(), new Invitation(monitor.username(), CaseRole.MONITOR)));

        assertThatThrownBy(() -> accounts.as(monitor, () -> drafts.draft(march.id()))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> accounts.as(stranger, () -> drafts.draft(march.id()))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void an_empty_kazakh_draft_lacks_every_required_part_each_with_its_article() {
        var check = accounts.as(organizer, () -> drafts.completeness(march.id()));

        assertThat(check.complete()).isFalse();
        assertThat(check.problems()).filteredOn(p -> p.severity() == Severity.MISSING).extracting(Problem::field)
                .containsExactly(ApplicationField.PURPOSE, ApplicationField.FORM, ApplicationField.ORGANIZER,
                        ApplicationField.PLACE_OR_ROUTE, ApplicationField.START_AND_END, ApplicationField.PARTICIPANTS);
        assertThat(check.problems()).filteredOn(p -> p.field() == ApplicationField.PURPOSE).singleElement()
                .satisfies(p -> assertThat(p.citation().article()).isEqualTo("Art. 12(2)(1)"));
    }

    @Test
    void a_complete_draft_passes_and_shows_its_filing_deadline() {
        accounts.as(organizer, () -> drafts.save(march.id(), complete(), -1));
        var check = accounts.as(organizer, () -> drafts.completeness(march.id()));

        // "Central Park → Abay Square" is no designated route of Almaty: a warning, which does not block filing.
        assertThat(check.problems()).allSatisfy(p -> assertThat(p.severity()).isEqualTo(Severity.WARNING));
        assertThat(check.problems()).extracting(Problem::messageKey).containsExactly("draft.not-designated");
        assertThat(check.complete()).isTrue();
        assertThat(check.deadline().lastFilingDay()).isBefore(inTwoMonths);
        assertThat(check.deadline().tooLate()).isFalse();
    }

    @Test
    void a_wrong_iin_an_end_before_the_start_and_a_start_in_the_past_are_each_named() {
        var base = complete();
        var wrong = new ApplicationData(base.form(), base.purpose(),
                List.of(new Organizer(Organizer.Kind.INDIVIDUAL, "A", "900101300018", "x")), null, "Republic Square",
                List.of(), LocalDateTime.of(2020, 3, 8, 12, 0), LocalDateTime.of(2020, 3, 8, 11, 0), 10, null, null, null);
        accounts.as(organizer, () -> drafts.save(march.id(), wrong, -1));
        var check = accounts.as(organizer, () -> drafts.completeness(march.id()));

        assertThat(check.problems()).extracting(Problem::messageKey)
                .contains("draft.id-invalid", "draft.end-before-start", "draft.start-in-past");
        assertThat(check.complete()).isFalse();
    }
}
