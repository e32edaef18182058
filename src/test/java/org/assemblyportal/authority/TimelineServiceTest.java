package org.assemblyportal.authority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.assemblyportal.base.i18n.MessageKey;
import java.util.Set;
import org.assemblyportal.ServiceTest;
import org.assemblyportal.TestClock;
import org.assemblyportal.assembly.ApplicationData;
import org.assemblyportal.assembly.CaseDetails;
import org.assemblyportal.assembly.CaseRole;
import org.assemblyportal.assembly.CaseService;
import org.assemblyportal.assembly.DraftService;
import org.assemblyportal.assembly.FilingChannel;
import org.assemblyportal.assembly.FilingService;
import org.assemblyportal.assembly.FilingView;
import org.assemblyportal.assembly.Invitation;
import org.assemblyportal.assembly.NewCase;
import org.assemblyportal.assembly.NewFiling;
import org.assemblyportal.assembly.ProofKind;
import org.assemblyportal.assembly.ProofUpload;
import org.assemblyportal.authority.TimelineEntry.Kind;
import org.assemblyportal.base.ForbiddenException;
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

/**
 * The timeline of a Kazakh march planned for 24 December 2026 at 11:00, registered on Monday
 * 2 November: the akimat had to answer by Wednesday 11 November (7 working days). The test clock
 * stands on 24 November, 11:00 in Almaty.
 */
@ServiceTest
@Import(TestAccounts.class)
class TimelineServiceTest {

    static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    static final LocalDate DUE = LocalDate.of(2026, 11, 11);
    static final LocalDateTime START = LocalDateTime.of(2026, 12, 24, 11, 0);

    @Autowired
    TimelineService timeline;
    @Autowired
    CommunicationService communications;
    @Autowired
    ClaimService claims;
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
    FilingView filing;

    @BeforeEach
    void aMarchRegisteredOnTheSecondOfNovember() {
        organizer = accounts.create(GlobalRole.ORGANIZER);
        lawyer = accounts.create(GlobalRole.LAWYER);
        march = accounts.as(organizer, () -> cases.create(new NewCase("March", "KZ", START.toLocalDate())));
        filing = accounts.as(organizer, () -> {
            cases.invite(march.id(), new Invitation(lawyer.username(), CaseRole.LAWYER));
            drafts.save(march.id(), ApplicationData.empty().withForm(AssemblyForm.MARCH).withPurpose("Equal pay")
                    .withPlace("Abay square").withTimes(START, START.plusHours(2)), -1);
            return filings.record(march.id(), new NewFiling(FilingChannel.IN_PERSON, "12-34",
                    LocalDateTime.of(2026, 11, 2, 9, 0)), List.of());
        });
    }

    private void aLateRefusalWithoutAnAlternative() {
        var day = DUE.plusDays(1);
        accounts.as(lawyer, () -> responses.record(march.id(), new NewResponse(1, day.atTime(16, 0), day,
                "REGISTERED_MAIL", "01-02/3", "Deputy akim", "REFUSED", List.of("ART14_1_10"), null,
                "Repair works on the route."), List.of()));
    }

    @Test
    void a_late_refusal_comes_after_the_due_date_with_its_findings_on_the_day_of_the_decision() {
        aLateRefusalWithoutAnAlternative();

        var entries = accounts.as(lawyer, () -> timeline.timeline(march.id()));

        assertThat(entries).extracting(TimelineEntry::kind, TimelineEntry::date, TimelineEntry::titleKey)
                .startsWith(
                        tuple(Kind.FILING, LocalDate.of(2026, 11, 2), "timeline.filing.numbered"),
                        tuple(Kind.DEADLINE, DUE, "timeline.deadline.authority"),
                        tuple(Kind.RESPONSE, DUE.plusDays(1), "timeline.response"),
                        tuple(Kind.FINDING, DUE.plusDays(1), "compliance.answer-late"),
                        tuple(Kind.FINDING, DUE.plusDays(1), "compliance.no-alternative-before-refusal"))
                .endsWith(tuple(Kind.DEADLINE, START.toLocalDate(), "timeline.deadline.start"));
        assertThat(entries).isSortedAccordingTo(TimelineEntry.CHRONOLOGICAL);
        assertThat(entries.get(0).localAt()).isEqualTo(LocalDateTime.of(2026, 11, 2, 9, 0).atZone(ALMATY));
        assertThat(entries.get(0).reference()).isEqualTo(filing.id());
        assertThat(entries.get(1).allDay()).isTrue();
        assertThat(entries.get(1).citation().article()).isEqualTo("Art. 13(1)");
        assertThat(entries.get(2).detail()).isEqualTo("Repair works on the route.");
        assertThat(entries.get(3).titleArguments()).containsExactly(LocalDate.of(2026, 11, 12), LocalDate.of(2026, 11, 11), 1L);
        assertThat(entries.get(4).citation()).isNotNull();
    }

    @Test
    void a_meeting_is_on_the_timeline_when_it_happened_and_a_claim_when_it_is_said_to_apply() {
        aLateRefusalWithoutAnAlternative();
        var refusal = accounts.as(lawyer, () -> responses.responses(march.id())).get(0);
        var meeting = accounts.as(organizer, () -> communications.record(march.id(), new NewCommunication(
                CommunicationKind.WITHDRAWAL_REQUEST, LocalDateTime.of(2026, 11, 5, 15, 0), CommunicationDirection.BOTH,
                "Deputy akim", "Two organizers", "We were asked to withdraw the application."), List.of()));
        var works = accounts.as(lawyer, () -> claims.record(march.id(), new NewClaim(refusal.id(),
                ClaimType.CONSTRUCTION_WORKS, List.of(), true, START, START.plusHours(2), "Repair works")));

        var entries = accounts.as(lawyer, () -> timeline.timeline(march.id(), Set.of(Kind.COMMUNICATION, Kind.CLAIM)));

        assertThat(entries).extracting(TimelineEntry::kind, TimelineEntry::localAt, TimelineEntry::reference,
                        TimelineEntry::detail, TimelineEntry::past)
                .containsExactly(
                        tuple(Kind.COMMUNICATION, LocalDateTime.of(2026, 11, 5, 15, 0).atZone(ALMATY), meeting.id(),
                                "We were asked to withdraw the application.", true),
                        tuple(Kind.CLAIM, START.atZone(ALMATY), works.id(), "Repair works", false));
        assertThat(entries.get(1).titleArguments()).containsExactly(new MessageKey("claim.type.construction-works"),
                "Abay square");
    }

    @Test
    void entries_before_the_clock_are_past_and_deadlines_after_it_are_coming() {
        aLateRefusalWithoutAnAlternative();

        var entries = accounts.as(lawyer, () -> timeline.timeline(march.id()));

        assertThat(entries).filteredOn(e -> e.date().isBefore(TestClock.TODAY)).isNotEmpty().allMatch(TimelineEntry::past);
        assertThat(entries).filteredOn(e -> e.date().isAfter(TestClock.TODAY)).extracting(TimelineEntry::titleKey)
                .containsExactly("timeline.deadline.file", "timeline.deadline.start");
        assertThat(entries).filteredOn(e -> e.date().isAfter(TestClock.TODAY)).noneMatch(TimelineEntry::past);
    }

    @Test
    void the_last_day_to_file_is_coming_on_that_very_day_and_past_the_day_after() {
        var lastDay = accounts.as(lawyer, () -> timeline.timeline(march.id())).stream()
                .filter(e -> e.titleKey().equals("timeline.deadline.file")).findFirst().orElseThrow();

        assertThat(lastDay.allDay()).isTrue();
        assertThat(lastDay.asOf(lastDay.date().atTime(23, 59).atZone(ALMATY).toInstant()).past()).isFalse();
        assertThat(lastDay.asOf(lastDay.date().plusDays(1).atStartOfDay(ALMATY).toInstant()).past()).isTrue();
    }

    @Test
    void silence_is_a_finding_on_the_day_after_the_due_date() {
        var entries = accounts.as(lawyer, () -> timeline.timeline(march.id(), Set.of(Kind.FINDING)));

        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.titleKey()).isEqualTo("compliance.no-answer");
            assertThat(e.date()).isEqualTo(DUE.plusDays(1));
            assertThat(e.past()).isTrue();
            assertThat(e.reference()).isEqualTo(filing.id());
        });
    }

    @Test
    void a_proof_added_now_and_a_correction_show_with_their_own_titles() {
        aLateRefusalWithoutAnAlternative();
        accounts.as(organizer, () -> filings.addProofs(march.id(), 1, List.of(new ProofUpload(ProofKind.STAMPED_COPY,
                "stamp.pdf", new ByteArrayResource(SampleFiles.PDF)))));
        var refusal = accounts.as(lawyer, () -> responses.responses(march.id())).get(0);
        var day = DUE.plusDays(2);
        accounts.as(lawyer, () -> responses.correct(march.id(), refusal.id(), new NewResponse(1, day.atTime(10, 0), DUE,
                "REGISTERED_MAIL", "01-02/3", "Deputy akim", "REFUSED", List.of("ART14_1_10"), null, "Repair works."),
                List.of()));

        var entries = accounts.as(organizer, () -> timeline.timeline(march.id(), Set.of(Kind.PROOF, Kind.RESPONSE)));

        assertThat(entries).extracting(TimelineEntry::kind, TimelineEntry::titleKey).containsExactly(
                tuple(Kind.RESPONSE, "timeline.response"),
                tuple(Kind.RESPONSE, "timeline.response.correction"),
                tuple(Kind.PROOF, "timeline.proof"));
        // Added at the very moment of the clock: already past.
        assertThat(entries.get(2).at()).isEqualTo(TestClock.NOW);
        assertThat(entries.get(2).past()).isTrue();
        assertThat(entries.get(2).detail()).isEqualTo("stamp.pdf");
    }

    @Test
    void the_filter_keeps_only_the_kinds_asked_for() {
        aLateRefusalWithoutAnAlternative();

        var entries = accounts.as(lawyer, () -> timeline.timeline(march.id(), Set.of(Kind.FILING, Kind.RESPONSE)));

        assertThat(entries).extracting(TimelineEntry::kind).containsExactly(Kind.FILING, Kind.RESPONSE);
        assertThat(accounts.as(lawyer, () -> timeline.timeline(march.id(), Set.of()))).hasSizeGreaterThan(2);
    }

    @Test
    void before_filing_the_timeline_shows_the_deadlines_of_the_draft() {
        var other = accounts.as(organizer, () -> cases.create(new NewCase("Picket", "KZ", START.toLocalDate())));
        accounts.as(organizer, () -> drafts.save(other.id(), ApplicationData.empty().withForm(AssemblyForm.MARCH)
                .withTimes(START, START.plusHours(2)), -1));

        var entries = accounts.as(organizer, () -> timeline.timeline(other.id()));

        assertThat(entries).extracting(TimelineEntry::titleKey)
                .containsExactly("timeline.deadline.file", "timeline.deadline.start");
        assertThat(accounts.as(organizer, () -> timeline.timeline(
                accounts.as(organizer, () -> cases.create(new NewCase("Empty", "KZ", START.toLocalDate()))).id())))
                .isEmpty();
    }

    @Test
    void organizers_co_organizers_and_lawyers_see_the_timeline_monitors_are_forbidden_others_not_found() {
        var coOrganizer = accounts.create(GlobalRole.ORGANIZER);
        var monitor = accounts.create(GlobalRole.MONITOR);
        accounts.as(organizer, () -> {
            cases.invite(march.id(), new Invitation(coOrganizer.username(), CaseRole.CO_ORGANIZER));
            cases.invite(march.id(), new Invitation(monitor.username(), CaseRole.MONITOR));
        });

        for (var member : List.of(organizer, coOrganizer, lawyer)) {
            assertThat(accounts.as(member, () -> timeline.timeline(march.id()))).isNotEmpty();
        }
        assertThatThrownBy(() -> accounts.as(monitor, () -> timeline.timeline(march.id())))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> accounts.as(accounts.create(GlobalRole.LAWYER), () -> timeline.timeline(march.id())))
                .isInstanceOf(NotFoundException.class);
    }
}
