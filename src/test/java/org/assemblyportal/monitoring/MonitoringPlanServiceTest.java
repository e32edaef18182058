package org.assemblyportal.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDateTime;
import java.util.List;
import org.assemblyportal.ServiceTest;
import org.assemblyportal.TestClock;
import org.assemblyportal.assembly.ApplicationData;
import org.assemblyportal.assembly.ApplicationData.Waypoint;
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
class MonitoringPlanServiceTest {

    static final LocalDateTime MARCH_START = TestClock.TODAY.plusDays(30).atTime(11, 0);
    static final String LINE = """
            {"type": "LineString", "coordinates": [[76.9632, 43.2565], [76.9500, 43.2480], [76.9457, 43.2391]]}""";

    @Autowired
    MonitoringPlanService plans;
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
    UserRef aigul;
    UserRef bolat;
    UserRef dana;
    CaseDetails march;

    @BeforeEach
    void aFiledMarchWithThreeMonitors() {
        organizer = accounts.create(GlobalRole.ORGANIZER);
        lawyer = accounts.create(GlobalRole.LAWYER);
        aigul = accounts.create(GlobalRole.MONITOR);
        bolat = accounts.create(GlobalRole.MONITOR);
        dana = accounts.create(GlobalRole.MONITOR);
        march = accounts.as(organizer, () -> cases.create(new NewCase("March", "KZ", TestClock.TODAY.plusDays(30))));
        accounts.as(organizer, () -> {
            cases.invite(march.id(), new Invitation(lawyer.username(), CaseRole.LAWYER));
            cases.invite(march.id(), new Invitation(aigul.username(), CaseRole.MONITOR));
            cases.invite(march.id(), new Invitation(bolat.username(), CaseRole.MONITOR));
            cases.invite(march.id(), new Invitation(dana.username(), CaseRole.MONITOR));
            drafts.save(march.id(), ApplicationData.empty().withForm(AssemblyForm.MARCH)
                    .withRoute(List.of(new Waypoint("Central Park", null, null), new Waypoint("Gogol street", null, null),
                            new Waypoint("Abay square", null, null)))
                    .withTimes(MARCH_START, MARCH_START.plusHours(2)), -1);
            filings.record(march.id(), new NewFiling(FilingChannel.IN_PERSON, "12-34",
                    TestClock.TODAY.minusDays(1).atTime(9, 0)), List.of());
        });
    }

    private static PlanSegmentEdit edit(String name, String geojson, List<String> monitors) {
        return new PlanSegmentEdit(name, geojson, null, List.of(), monitors);
    }

    @Test
    void the_plan_has_the_filed_route_segments_under_their_filed_names_and_each_needs_a_pair() {
        var plan = accounts.as(aigul, () -> plans.plan(march.id()));

        assertThat(plan.filed()).isTrue();
        assertThat(plan.editable()).isFalse();
        assertThat(plan.zone()).isEqualTo("Asia/Almaty");
        assertThat(plan.filedStart()).isEqualTo(MARCH_START);
        assertThat(plan.segments()).extracting(PlanSegmentView::number, PlanSegmentView::name,
                        PlanSegmentView::onFiledRoute, PlanSegmentView::needsPair)
                .containsExactly(tuple(1, "Central Park – Gogol street", true, true),
                        tuple(2, "Gogol street – Abay square", true, true));
        assertThat(plan.walks()).isEmpty();
        assertThat(accounts.as(lawyer, () -> plans.plan(march.id())).editable()).isTrue();
    }

    @Test
    void a_case_without_a_filing_has_an_empty_plan_and_no_segment_to_edit() {
        var unfiled = accounts.as(organizer, () -> cases.create(new NewCase("Picket", "KZ", TestClock.TODAY.plusDays(20))));

        var plan = accounts.as(organizer, () -> plans.plan(unfiled.id()));
        assertThat(plan.filed()).isFalse();
        assertThat(plan.segments()).isEmpty();
        assertThatThrownBy(() -> accounts.as(organizer, () -> plans.editSegment(unfiled.id(), 1, edit("A", null, List.of()))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.as(organizer, () -> plans.scheduleWalk(unfiled.id(),
                new WalkToSchedule("Day before", MARCH_START.minusDays(1), List.of(1)))))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void an_edited_segment_keeps_its_number_line_waypoints_and_pair_and_its_earlier_state_as_history() {
        var fence = new PlanWaypoint("Fence at Gogol corner", 43.2480123, 76.9500456,
                "From the north-east corner facing south-west, the fence in the centre");
        accounts.as(lawyer, () -> plans.editSegment(march.id(), 2, edit("Gogol", null, List.of(aigul.username()))));
        var saved = accounts.as(organizer, () -> plans.editSegment(march.id(), 2, new PlanSegmentEdit(" Gogol street ",
                LINE, "Works were announced here", List.of(fence), List.of(aigul.username(), bolat.username()))));

        assertThat(saved.name()).isEqualTo("Gogol street");
        assertThat(saved.needsPair()).isFalse();
        var seen = accounts.as(bolat, () -> plans.plan(march.id())).segment(2).orElseThrow();
        assertThat(seen.geojson()).isEqualTo(LINE.strip());
        assertThat(seen.notes()).isEqualTo("Works were announced here");
        assertThat(seen.waypoints()).containsExactly(fence);
        assertThat(seen.monitors()).extracting(PlanMonitor::username).containsExactly(aigul.username(), bolat.username());
        assertThat(seen.revisedBy()).isEqualTo(organizer.displayName());
        assertThat(seen.filedName()).isEqualTo("Gogol street – Abay square");
        assertThat(accounts.as(aigul, () -> plans.plan(march.id())).segment(1).orElseThrow().name())
                .isEqualTo("Central Park – Gogol street");

        var history = accounts.as(aigul, () -> plans.segmentHistory(march.id(), 2));
        assertThat(history).extracting(PlanSegmentView::name, PlanSegmentView::needsPair)
                .containsExactly(tuple("Gogol", true), tuple("Gogol street", false));
    }

    @Test
    void a_blank_name_falls_back_to_the_filed_name() {
        var saved = accounts.as(organizer, () -> plans.editSegment(march.id(), 1, edit("  ", null, List.of())));

        assertThat(saved.name()).isEqualTo("Central Park – Gogol street");
    }

    @Test
    void a_line_that_is_not_a_valid_geojson_line_string_is_refused_and_the_plan_stays() {
        for (var bad : List.of("not json", "{\"type\": \"Point\", \"coordinates\": [76.9, 43.2]}",
                "{\"type\": \"LineString\", \"coordinates\": [[76.9, 43.2]]}",
                "{\"type\": \"LineString\", \"coordinates\": [[76.9, 43.2], [43.2, 96.9]]}",
                "{\"type\": \"LineString\", \"coordinates\": [[76.9, 43.2], [\"76.9\", 43.2]]}")) {
            assertThatThrownBy(() -> accounts.as(organizer, () -> plans.editSegment(march.id(), 1, edit(null, bad,
                    List.of())))).as(bad).isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("geojson"));
        }
        assertThat(accounts.as(organizer, () -> plans.plan(march.id())).segment(1).orElseThrow().revisedAt()).isNull();
    }

    @Test
    void assigning_someone_who_is_not_a_monitor_of_the_case_is_refused_with_every_other_problem() {
        var stranger = accounts.create(GlobalRole.MONITOR);
        var bad = new PlanSegmentEdit(null, null, null, List.of(new PlanWaypoint(" ", 91.0, 10.0, null),
                new PlanWaypoint("Corner", 43.2, null, null)),
                List.of(aigul.username(), lawyer.username(), stranger.username()));

        assertThatThrownBy(() -> accounts.as(organizer, () -> plans.editSegment(march.id(), 1, bad)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::messageKey, FieldViolation::arguments)
                        .containsExactlyInAnyOrder(
                                tuple("waypoints[1].name", "plan.waypoint.name-required", List.of(1)),
                                tuple("waypoints[1].latitude", "plan.waypoint.out-of-range", List.of(1)),
                                tuple("waypoints[2].latitude", "plan.waypoint.both-coordinates", List.of(2)),
                                tuple("monitors", "plan.not-a-monitor", List.of(lawyer.username())),
                                tuple("monitors", "plan.not-a-monitor", List.of(stranger.username()))));
        assertThat(accounts.as(organizer, () -> plans.segmentHistory(march.id(), 1))).isEmpty();
    }

    @Test
    void a_segment_the_filed_route_lacks_is_not_found() {
        assertThatThrownBy(() -> accounts.as(organizer, () -> plans.editSegment(march.id(), 3, edit("X", null, List.of()))))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void walks_become_tasks_only_for_the_monitors_of_the_segments_they_cover() {
        accounts.as(organizer, () -> {
            plans.editSegment(march.id(), 1, edit(null, null, List.of(aigul.username(), bolat.username())));
            plans.editSegment(march.id(), 2, new PlanSegmentEdit(null, null, null,
                    List.of(new PlanWaypoint("Fence", null, null, "facing south")), List.of(bolat.username())));
        });
        var scheduled = accounts.as(lawyer, () -> plans.scheduleWalks(march.id(), List.of(
                new WalkToSchedule("A week before", MARCH_START.minusDays(7), List.of(1, 2)),
                new WalkToSchedule("The day before", MARCH_START.minusDays(1), List.of(2)),
                new WalkToSchedule("Last month", TestClock.TODAY.minusDays(3).atTime(10, 0), List.of(1)))));
        assertThat(scheduled).extracting(PlanWalkView::past).containsExactly(false, false, true);

        var aigulsTasks = accounts.as(aigul, () -> plans.myTasks());
        assertThat(aigulsTasks).extracting(WalkTask::walkName, WalkTask::past)
                .containsExactly(tuple("Last month", true), tuple("A week before", false));
        assertThat(aigulsTasks.get(1).segments()).extracting(PlanSegmentView::number).containsExactly(1);
        assertThat(aigulsTasks.get(1).caseTitle()).isEqualTo("March");
        assertThat(aigulsTasks.get(1).plannedAt().toLocalDateTime()).isEqualTo(MARCH_START.minusDays(7));

        var bolatsTasks = accounts.as(bolat, () -> plans.myTasks());
        assertThat(bolatsTasks).extracting(WalkTask::walkName)
                .containsExactly("Last month", "A week before", "The day before");
        assertThat(bolatsTasks.get(2).segments()).singleElement()
                .satisfies(s -> assertThat(s.waypoints()).extracting(PlanWaypoint::angle).containsExactly("facing south"));

        assertThat(accounts.as(dana, () -> plans.myTasks())).isEmpty();
        assertThat(accounts.as(organizer, () -> plans.myTasks())).isEmpty();

        accounts.as(organizer, () -> plans.cancelWalk(march.id(), scheduled.get(1).id()));
        assertThat(accounts.as(bolat, () -> plans.myTasks())).extracting(WalkTask::walkName)
                .containsExactly("Last month", "A week before");
        assertThat(accounts.as(bolat, () -> plans.plan(march.id())).walks()).extracting(PlanWalkView::name, PlanWalkView::cancelled)
                .containsExactly(tuple("Last month", false), tuple("A week before", false), tuple("The day before", true));
        assertThatThrownBy(() -> accounts.as(organizer, () -> plans.cancelWalk(march.id(), scheduled.get(1).id())))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void a_walk_needs_a_name_a_time_and_segments_of_the_route_and_none_of_a_batch_is_kept_if_one_is_wrong() {
        assertThatThrownBy(() -> accounts.as(organizer, () -> plans.scheduleWalks(march.id(), List.of(
                new WalkToSchedule("Good", MARCH_START, List.of(1)),
                new WalkToSchedule(" ", null, List.of(2, 5))))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::messageKey)
                        .containsExactlyInAnyOrder(tuple("walks[1].name", "validation.required"),
                                tuple("walks[1].plannedAt", "validation.required"),
                                tuple("walks[1].segments", "plan.unknown-segment")));
        assertThatThrownBy(() -> accounts.as(organizer, () -> plans.scheduleWalk(march.id(),
                new WalkToSchedule("Nowhere", MARCH_START, List.of()))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("segments"));
        assertThat(accounts.as(organizer, () -> plans.plan(march.id())).walks()).isEmpty();
    }

    @Test
    void monitors_read_but_do_not_change_the_plan_and_strangers_do_not_find_the_case() {
        var stranger = accounts.create(GlobalRole.ORGANIZER);
        var walk = new WalkToSchedule("Day of", MARCH_START, List.of(1));

        assertThat(accounts.as(dana, () -> plans.plan(march.id())).segments()).hasSize(2);
        assertThatThrownBy(() -> accounts.as(dana, () -> plans.editSegment(march.id(), 1, edit("X", null, List.of()))))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> accounts.as(dana, () -> plans.scheduleWalk(march.id(), walk)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> accounts.as(stranger, () -> plans.plan(march.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.as(stranger, () -> plans.editSegment(march.id(), 1, edit("X", null, List.of()))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.as(stranger, () -> plans.scheduleWalk(march.id(), walk)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> accounts.as(stranger, () -> plans.segmentHistory(march.id(), 1)))
                .isInstanceOf(NotFoundException.class);
    }
}
