package org.assemblyportal.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.assemblyportal.ServiceTest;
import org.assemblyportal.base.InvalidInputException;
import org.assemblyportal.base.InvalidInputException.FieldViolation;
import org.assemblyportal.security.GlobalRole;
import org.assemblyportal.security.TestAccounts;
import org.assemblyportal.security.UserRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

@ServiceTest
@Import(TestAccounts.class)
class CalendarAdjustmentServiceTest {

    @Autowired
    CalendarAdjustmentService decrees;
    @Autowired
    JurisdictionService jurisdictions;
    @Autowired
    TestAccounts accounts;

    UserRef admin;
    final List<UUID> recorded = new ArrayList<>();

    @BeforeEach
    void administrator() {
        admin = accounts.create(GlobalRole.ADMIN);
    }

    /** Other tests share the calendars (and, on PostgreSQL, the database): leave them as found. */
    @AfterEach
    void withdrawWhatWasRecorded() {
        recorded.forEach(id -> accounts.as(admin, () -> decrees.withdraw("KZ", id)));
    }

    private static NewAdjustment decree(LocalDate date, boolean workingDay) {
        return new NewAdjustment(date, workingDay, "Test decree", "Тестовое постановление", null,
                "Resolution of the Government No. 999", "para 1", "https://adilet.zan.kz/rus/docs/P0000000999", false);
    }

    private LocalDate lastFilingDayOfRally(LocalDate start) {
        var kz = jurisdictions.jurisdiction("KZ").orElseThrow();
        return DeadlineCalculator.filing(kz, kz.form(AssemblyForm.RALLY).orElseThrow(),
                LocalDateTime.of(start, java.time.LocalTime.NOON).atZone(kz.summary().zone())).lastDay();
    }

    @Test
    void a_recorded_decree_changes_the_count_at_once_and_withdrawing_it_restores_it() {
        // Rally on Mon 7 Dec 2026: 4 (1), 3 (2), 2 (3), 1 (4), 30 Nov (5).
        var start = LocalDate.of(2026, 12, 7);
        assertThat(lastFilingDayOfRally(start)).isEqualTo(LocalDate.of(2026, 11, 30));

        var dayOff = accounts.as(admin, () -> decrees.record("KZ", decree(LocalDate.of(2026, 12, 4), false)));
        // Fri 4 Dec now off: 3 (1), 2 (2), 1 (3), 30 Nov (4), 27 Nov (5).
        assertThat(lastFilingDayOfRally(start)).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(jurisdictions.jurisdiction("KZ").orElseThrow().calendar().describe(LocalDate.of(2026, 12, 4)).citation().act())
                .isEqualTo("Resolution of the Government No. 999");

        // Through another jurisdiction's address the decree is not found, and stays (issue 13, item 9).
        assertThatThrownBy(() -> accounts.as(admin, () -> decrees.withdraw("ODIHR", dayOff.id())))
                .isInstanceOf(org.assemblyportal.base.NotFoundException.class);
        assertThat(lastFilingDayOfRally(start)).isEqualTo(LocalDate.of(2026, 11, 27));

        accounts.as(admin, () -> decrees.withdraw("KZ", dayOff.id()));
        assertThat(lastFilingDayOfRally(start)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(accounts.as(admin, () -> decrees.recorded("KZ"))).filteredOn(r -> r.id().equals(dayOff.id()))
                .singleElement().satisfies(r -> assertThat(r.active()).isFalse());
    }

    @Test
    void only_administrators_record_decrees() {
        var organizer = accounts.create(GlobalRole.ORGANIZER);
        assertThatThrownBy(() -> accounts.as(organizer, () -> decrees.record("KZ", decree(LocalDate.of(2026, 12, 12), true))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_decree_that_changes_nothing_or_lacks_its_source_is_refused() {
        assertThatThrownBy(() -> accounts.as(admin, () -> decrees.record("KZ", decree(LocalDate.of(2026, 12, 5), false))))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.violations())
                        .containsExactly(FieldViolation.of("date", "calendar.adjustment.already-off")));
        var noSource = new NewAdjustment(LocalDate.of(2026, 12, 12), true, " ", null, null, "", null, "ftp://x", false);
        assertThatThrownBy(() -> accounts.as(admin, () -> decrees.record("KZ", noSource)))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.violations())
                        .extracting(FieldViolation::field).containsExactlyInAnyOrder("labelEn", "act", "url"));
    }

    @Test
    void confirming_a_further_year_lets_deadlines_be_counted_into_it() {
        var kz = jurisdictions.jurisdiction("KZ").orElseThrow();
        var shippedLast = kz.calendar().lastYear();
        var nextYear = LocalDate.of(shippedLast + 1, 2, 10);
        assertThat(kz.calendar().provisional(nextYear)).isTrue();

        accounts.as(admin, () -> decrees.confirmThrough("KZ", shippedLast + 1));
        try {
            assertThat(jurisdictions.jurisdiction("KZ").orElseThrow().calendar().provisional(nextYear)).isFalse();
            assertThat(jurisdictions.jurisdiction("KZ").orElseThrow().calendar().isWorkingDay(nextYear)).isTrue();
        } finally {
            accounts.as(admin, () -> decrees.confirmThrough("KZ", shippedLast));
        }
        assertThat(jurisdictions.jurisdiction("KZ").orElseThrow().calendar().provisional(nextYear)).isTrue();
    }
}
