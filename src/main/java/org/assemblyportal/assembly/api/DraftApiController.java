package org.assemblyportal.assembly.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assemblyportal.assembly.ApplicationData;
import org.assemblyportal.assembly.Completeness;
import org.assemblyportal.assembly.DraftRevisionSummary;
import org.assemblyportal.assembly.DraftService;
import org.assemblyportal.assembly.DraftView;
import org.assemblyportal.base.i18n.Translator;
import org.assemblyportal.jurisdiction.Citation;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The draft notification or application of a case, for phone apps and integrations. */
@RestController
@RequestMapping("/api/v1/cases/{id}")
@Tag(name = "Drafts")
@SecurityRequirement(name = "bearer")
class DraftApiController {

    private final DraftService drafts;
    private final Translator translator;

    DraftApiController(DraftService drafts, Translator translator) {
        this.drafts = drafts;
        this.translator = translator;
    }

    /** The draft content and the version it replaces (-1 for the first save). */
    record DraftUpdate(long version, ApplicationData data) {
    }

    /** A finding with its text in the client's language (Accept-Language) beside its stable code. */
    record ProblemResponse(String field, Completeness.Severity severity, String code, String message,
            String fieldLabel, Citation citation) {
    }

    record CompletenessResponse(boolean complete, List<ProblemResponse> problems, Completeness.Deadline deadline) {
    }

    @GetMapping("/draft")
    @Operation(summary = "The current draft (organizers, co-organizers and lawyers of the case)")
    DraftView get(@PathVariable UUID id) {
        return drafts.draft(id);
    }

    @PutMapping("/draft")
    @Operation(summary = "Save the draft; 409 if someone saved a newer version since the one given")
    DraftView save(@PathVariable UUID id, @RequestBody DraftUpdate update) {
        return drafts.save(id, update.data() == null ? ApplicationData.empty() : update.data(), update.version());
    }

    @GetMapping("/draft/history")
    @Operation(summary = "Every saved revision: when, who, and the SHA-256 of its canonical JSON")
    List<DraftRevisionSummary> history(@PathVariable UUID id) {
        return drafts.history(id);
    }

    @GetMapping("/completeness")
    @Operation(summary = "What the draft lacks or gets wrong, with citations, and whether its date can be met")
    CompletenessResponse completeness(@PathVariable UUID id) {
        var check = drafts.completeness(id);
        var locale = LocaleContextHolder.getLocale();
        var problems = check.problems().stream().map(p -> new ProblemResponse(p.field().name(), p.severity(),
                p.messageKey(), translator.translate(locale, p.messageKey(), p.arguments().toArray()),
                label(p.fieldLabel(), locale.getLanguage()), p.citation())).toList();
        return new CompletenessResponse(check.complete(), problems, check.deadline());
    }

    private static String label(Map<String, String> labels, String language) {
        return labels.getOrDefault(language, labels.get("en"));
    }
}
