package org.assemblyportal.monitoring.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.assemblyportal.base.api.PageResponse;
import org.assemblyportal.base.i18n.Translator;
import org.assemblyportal.monitoring.BatchItemResult;
import org.assemblyportal.monitoring.NewObservation;
import org.assemblyportal.monitoring.ObservationService;
import org.assemblyportal.monitoring.ObservationView;
import org.assemblyportal.monitoring.Recorded;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The field API for monitors' phones: observations sent once or again (idempotent by the phone's
 * client id), one at a time or in batches, read back a page at a time since a point in time, corrected and
 * retracted.
 */
@RestController
@Tag(name = "Observations")
@SecurityRequirement(name = "bearer")
class ObservationApiController {

    private final ObservationService observations;
    private final Translator translator;

    ObservationApiController(ObservationService observations, Translator translator) {
        this.observations = observations;
        this.translator = translator;
    }

    @PostMapping("/api/v1/cases/{id}/observations")
    @Operation(summary = "Record an observation (the case's monitors). clientId is a UUID the phone makes once per "
            + "observation: sending it again with the same content stores nothing and answers 200 with what was "
            + "stored; with other content, 409. segment is a number of the filed route's segments; deviceTime is the "
            + "phone's clock with its offset; location (latitude, longitude, accuracyMetres) all or none")
    ResponseEntity<ObservationView> record(@PathVariable UUID id, @RequestBody NewObservation observation) {
        return answer(observations.record(id, observation));
    }

    @PostMapping("/api/v1/cases/{id}/observations/batch")
    @Operation(summary = "Record several new observations at once (the case's monitors), as a phone syncing a "
            + "backlog sends them: a JSON array of 1 to " + ObservationService.BATCH_MAX + " observations shaped as "
            + "for a single one. Each is handled as it would be alone, and the answer (200) has one result per item, "
            + "in order: status CREATED or REPLAYED (the same clientId and content received before) with the stored "
            + "observation, CONFLICT (the clientId with other content) or INVALID with errors (field, code and a "
            + "message in the Accept-Language). A refused item does not keep the others from being stored; sending a "
            + "batch again stores nothing twice. An empty or larger array is a 400 problem")
    List<BatchItemResponse> recordAll(@PathVariable UUID id, @RequestBody List<NewObservation> batch) {
        var locale = LocaleContextHolder.getLocale();
        return observations.recordAll(id, batch).stream().map(result -> new BatchItemResponse(result.clientId(),
                result.status(), result.observation(), result.violations().isEmpty() ? null
                        : result.violations().stream().map(v -> new FieldError(v.field(), v.messageKey(),
                                translator.translate(locale, v))).toList())).toList();
    }

    /**
     * One observation of a batch: its client id, what became of it, the stored version (created or replayed) or
     * what is wrong with it (invalid or conflict), as a single request's problem lists it.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record BatchItemResponse(UUID clientId, BatchItemResult.Status status, ObservationView observation,
            List<FieldError> errors) {
    }

    /** A broken rule: the field, a stable code and its text in the client's language. */
    record FieldError(String field, String code, String message) {
    }

    @GetMapping("/api/v1/cases/{id}/observations")
    @Operation(summary = "The case's observation versions received at or after since (all without it), in the order "
            + "of receipt, a page at a time (at most " + ObservationService.PAGE_MAX + "); every member of the case")
    PageResponse<ObservationView> list(@PathVariable UUID id,
            @Parameter(description = "an instant such as 2022-03-08T05:00:00Z; pass the receivedAt of the last "
                    + "version you have (it may come again)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant since,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
        return PageResponse.of(observations.observations(id, since,
                PageResponse.request(page, size, ObservationService.PAGE_MAX, org.springframework.data.domain.Sort.unsorted())));
    }

    @GetMapping("/api/v1/cases/{id}/observations/current")
    @Operation(summary = "The latest version of each of the case's observations, retracted ones included and marked")
    List<ObservationView> current(@PathVariable UUID id) {
        return observations.current(id);
    }

    @GetMapping("/api/v1/observations/{id}/history")
    @Operation(summary = "Every version of the observation this version belongs to, the first first")
    List<ObservationView> history(@PathVariable UUID id) {
        return observations.history(observations.caseOf(id), id);
    }

    @PostMapping("/api/v1/observations/{id}/corrections")
    @Operation(summary = "Correct an observation: a new version superseding this one, which must be the latest and "
            + "not retracted (409 otherwise). Idempotent by clientId like a new observation")
    ResponseEntity<ObservationView> correct(@PathVariable UUID id, @RequestBody NewObservation observation) {
        return answer(observations.correct(observations.caseOf(id), id, observation));
    }

    @PostMapping("/api/v1/observations/{id}/retractions")
    @Operation(summary = "Retract an observation with a reason: a new version superseding this one, marked retracted "
            + "and never hidden. Sending the same reason again answers 200 with the retraction stored")
    ResponseEntity<ObservationView> retract(@PathVariable UUID id, @RequestBody Retraction retraction) {
        return answer(observations.retract(observations.caseOf(id), id, retraction == null ? null : retraction.reason()));
    }

    /** Why an observation no longer stands. */
    record Retraction(String reason) {
    }

    private static ResponseEntity<ObservationView> answer(Recorded recorded) {
        return ResponseEntity.status(recorded.created() ? HttpStatus.CREATED : HttpStatus.OK).body(recorded.view());
    }
}
