package org.assemblyportal.authority.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.assemblyportal.authority.TimelineEntry;
import org.assemblyportal.authority.TimelineEntry.Kind;
import org.assemblyportal.authority.TimelineService;
import org.assemblyportal.base.Violations;
import org.assemblyportal.base.i18n.Translator;
import org.assemblyportal.jurisdiction.Citation;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A case's timeline, oldest first, each entry's title in the client's language. */
@RestController
@Tag(name = "Authority responses")
@SecurityRequirement(name = "bearer")
class TimelineApiController {

    private final TimelineService timeline;
    private final Translator translator;

    TimelineApiController(TimelineService timeline, Translator translator) {
        this.timeline = timeline;
        this.translator = translator;
    }

    /**
     * One entry. {@code at} is in the jurisdiction's {@code zone}; for an {@code allDay} entry (a
     * deadline, a finding) only its {@code date} counts and {@code at} is the start of that day.
     */
    record Entry(ZonedDateTime at, LocalDate date, boolean allDay, String zone, Kind kind, String title, String detail,
            Citation citation, boolean past, UUID reference) {
    }

    @GetMapping("/api/v1/cases/{id}/timeline")
    @Operation(summary = "The case in one chronological view: filings, proofs added later, the authority's answers, "
            + "deadlines past and coming, compliance findings on the day they arose (organizers, co-organizers and "
            + "lawyers of the case)")
    List<Entry> timeline(@PathVariable UUID id,
            @Parameter(description = "the kinds to show, comma-separated (FILING, PROOF, RESPONSE, DEADLINE, FINDING, "
                    + "...); all when empty")
            @RequestParam(required = false) List<String> kinds) {
        var locale = LocaleContextHolder.getLocale();
        return timeline.timeline(id, parsed(kinds)).stream().map(e -> new Entry(e.localAt(), e.date(), e.allDay(),
                e.zone().getId(), e.kind(), translator.translate(locale, e.titleKey(), e.titleArguments().toArray()),
                e.detail(), e.citation(), e.past(), e.reference())).toList();
    }

    private static EnumSet<Kind> parsed(List<String> kinds) {
        var wanted = EnumSet.noneOf(Kind.class);
        var violations = new Violations();
        for (var code : kinds == null ? List.<String>of() : kinds) {
            if (code.isBlank()) {
                continue;
            }
            try {
                wanted.add(Kind.valueOf(code.strip().toUpperCase()));
            } catch (IllegalArgumentException unknown) {
                violations.add("kinds", "timeline.unknown-kind", code.strip(),
                        Arrays.stream(Kind.values()).map(Kind::name).collect(Collectors.joining(", ")));
            }
        }
        violations.throwIfAny();
        return wanted;
    }
}
