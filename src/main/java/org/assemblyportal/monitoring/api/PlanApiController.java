package org.assemblyportal.monitoring.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.assemblyportal.monitoring.MonitoringPlanService;
import org.assemblyportal.monitoring.PlanSegmentEdit;
import org.assemblyportal.monitoring.PlanSegmentView;
import org.assemblyportal.monitoring.PlanView;
import org.assemblyportal.monitoring.PlanWalkView;
import org.assemblyportal.monitoring.WalkTask;
import org.assemblyportal.monitoring.WalkToSchedule;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The monitoring plan of a case and the signed-in monitor's walks, for phone apps and integrations. */
@RestController
@Tag(name = "Monitoring plan")
@SecurityRequirement(name = "bearer")
class PlanApiController {

    private final MonitoringPlanService plans;

    PlanApiController(MonitoringPlanService plans) {
        this.plans = plans;
    }

    @GetMapping("/api/v1/cases/{id}/plan")
    @Operation(summary = "The case's monitoring plan: the filed route's segments (numbered from 1 between consecutive "
            + "waypoints, never renumbered) with name, GeoJSON LineString, notes, repeat-photo waypoints and monitors, "
            + "and the scheduled walks (every member of the case)")
    PlanView plan(@PathVariable UUID id) {
        return plans.plan(id);
    }

    @PutMapping("/api/v1/cases/{id}/plan/segments/{number}")
    @Operation(summary = "Save a new state of a segment as a whole: name (blank for the filed \"from – to\"), geojson "
            + "(a LineString of [lon, lat] positions, or blank), notes, waypoints and monitors by user name, who must be "
            + "monitors of the case; the earlier state stays in the history (organizers, co-organizers and lawyers)")
    PlanSegmentView editSegment(@PathVariable UUID id, @PathVariable int number, @RequestBody PlanSegmentEdit edit) {
        return plans.editSegment(id, number, edit);
    }

    @GetMapping("/api/v1/cases/{id}/plan/segments/{number}/history")
    @Operation(summary = "Every saved state of a segment, oldest first (every member of the case)")
    List<PlanSegmentView> segmentHistory(@PathVariable UUID id, @PathVariable int number) {
        return plans.segmentHistory(id, number);
    }

    @PostMapping("/api/v1/cases/{id}/plan/walks")
    @Operation(summary = "Schedule a route walk: name, plannedAt (local time in the jurisdiction) and the segment "
            + "numbers it covers; it becomes a task for the monitors of those segments (organizers, co-organizers and "
            + "lawyers)")
    ResponseEntity<PlanWalkView> scheduleWalk(@PathVariable UUID id, @RequestBody WalkToSchedule walk) {
        return ResponseEntity.status(HttpStatus.CREATED).body(plans.scheduleWalk(id, walk));
    }

    @PostMapping("/api/v1/cases/{id}/plan/walks/{walkId}/cancellation")
    @Operation(summary = "Call a walk off: it stays in the plan marked cancelled and is no longer a task (409 if it "
            + "was called off already)")
    ResponseEntity<Void> cancelWalk(@PathVariable UUID id, @PathVariable UUID walkId) {
        plans.cancelWalk(id, walkId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/me/tasks")
    @Operation(summary = "The signed-in monitor's walks across their cases in the order they take place, each with the "
            + "segments assigned to them and the waypoints to photograph; past walks are marked past")
    List<WalkTask> myTasks() {
        return plans.myTasks();
    }
}
