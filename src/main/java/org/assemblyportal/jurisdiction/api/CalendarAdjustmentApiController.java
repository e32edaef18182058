package org.assemblyportal.jurisdiction.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.assemblyportal.jurisdiction.CalendarAdjustmentService;
import org.assemblyportal.jurisdiction.NewAdjustment;
import org.assemblyportal.jurisdiction.RecordedAdjustment;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Administrators record decreed moves of working days through the API, with the same checks as the UI. */
@RestController
@RequestMapping("/api/v1/admin/calendars/{jurisdiction}")
@Tag(name = "Calendar decrees (administrators)")
@SecurityRequirement(name = "bearer")
class CalendarAdjustmentApiController {

    private final CalendarAdjustmentService decrees;

    CalendarAdjustmentApiController(CalendarAdjustmentService decrees) {
        this.decrees = decrees;
    }

    record Coverage(int lastYear) {
    }

    @GetMapping("/adjustments")
    @Operation(summary = "Decrees recorded in the portal for a jurisdiction, withdrawn ones included")
    List<RecordedAdjustment> list(@PathVariable String jurisdiction) {
        return decrees.recorded(jurisdiction);
    }

    @PostMapping("/adjustments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a decree: a day becomes a working day or a day off")
    RecordedAdjustment record(@PathVariable String jurisdiction, @RequestBody NewAdjustment adjustment) {
        return decrees.record(jurisdiction, adjustment);
    }

    @DeleteMapping("/adjustments/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Withdraw a recorded decree (kept in the history)")
    void withdraw(@PathVariable String jurisdiction, @PathVariable UUID id) {
        decrees.withdraw(jurisdiction, id);
    }

    @PutMapping("/coverage")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Confirm that holidays and decrees are complete through a year")
    void confirm(@PathVariable String jurisdiction, @RequestBody Coverage coverage) {
        decrees.confirmThrough(jurisdiction, coverage.lastYear());
    }
}
