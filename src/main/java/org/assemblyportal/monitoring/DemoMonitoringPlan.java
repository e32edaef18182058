package org.assemblyportal.monitoring;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.assemblyportal.assembly.CaseService;
import org.assemblyportal.security.RunAs;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: a monitoring plan for the demo Almaty march of 8 March 2022: its two filed segments
 * drawn as lines (approximate coordinates, for the demo map), a repeat-photo point on Shevchenko
 * street, the demo monitor on both segments, and walks a week before, the day before and on the day.
 * Added once: a plan with any edited segment is left alone.
 */
@Component
@Profile("demo")
@Order(40)
class DemoMonitoringPlan implements ApplicationRunner {

    private static final LocalDate ALMATY_MARCH_DAY = LocalDate.of(2022, 3, 8);
    private static final String SEGMENT_1 = """
            {"type": "LineString", "coordinates": [[76.9286, 43.2389], [76.9262, 43.2405], [76.9203, 43.2421]]}""";
    private static final String SEGMENT_2 = """
            {"type": "LineString", "coordinates": [[76.9203, 43.2421], [76.9131, 43.2419], [76.9055, 43.2417]]}""";

    private final MonitoringPlanService plans;
    private final CaseService cases;
    private final RunAs runAs;

    DemoMonitoringPlan(MonitoringPlanService plans, CaseService cases, RunAs runAs) {
        this.plans = plans;
        this.cases = cases;
        this.runAs = runAs;
    }

    @Override
    public void run(ApplicationArguments args) {
        runAs.user("organizer", () -> cases.myCases(PageRequest.of(0, 100)).stream()
                .filter(c -> "KZ".equals(c.jurisdictionCode()) && ALMATY_MARCH_DAY.equals(c.plannedDate()))
                .findFirst()
                .filter(almaty -> plans.plan(almaty.id()).filed()
                        && plans.plan(almaty.id()).segments().stream().allMatch(s -> s.revisedAt() == null))
                .ifPresent(almaty -> {
                    plans.editSegment(almaty.id(), 1, new PlanSegmentEdit(null, SEGMENT_1,
                            "Along the square's north edge, then west on Shevchenko street.",
                            List.of(new PlanWaypoint("Shevchenko street at Abylai Khan avenue", 43.2421, 76.9203,
                                    "From the north-east corner, facing west along the carriageway")),
                            List.of("monitor")));
                    plans.editSegment(almaty.id(), 2, new PlanSegmentEdit(null, SEGMENT_2, null, List.of(),
                            List.of("monitor")));
                    var start = LocalDateTime.of(2022, 3, 8, 11, 0);
                    plans.scheduleWalks(almaty.id(), List.of(
                            new WalkToSchedule("A week before", start.minusDays(7), List.of(1, 2)),
                            new WalkToSchedule("The day before", start.minusDays(1), List.of(1, 2)),
                            new WalkToSchedule("The day itself", start, List.of(1, 2))));
                }));
    }
}
