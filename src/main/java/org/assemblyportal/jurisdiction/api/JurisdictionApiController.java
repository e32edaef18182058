package org.assemblyportal.jurisdiction.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.assemblyportal.base.LocalizedException;
import org.assemblyportal.base.NotFoundException;
import org.assemblyportal.base.Violations;
import org.assemblyportal.base.i18n.Translator;
import org.assemblyportal.jurisdiction.ApplicationSpec;
import org.assemblyportal.jurisdiction.AssemblyForm;
import org.assemblyportal.jurisdiction.Citation;
import org.assemblyportal.jurisdiction.DayInfo;
import org.assemblyportal.jurisdiction.DeadlineCalculator;
import org.assemblyportal.jurisdiction.DeadlineQuery;
import org.assemblyportal.jurisdiction.DeadlineResult;
import org.assemblyportal.jurisdiction.DeadlineService;
import org.assemblyportal.jurisdiction.FormRule;
import org.assemblyportal.jurisdiction.DesignatedPlaces;
import org.assemblyportal.jurisdiction.Jurisdiction;
import org.assemblyportal.jurisdiction.JurisdictionService;
import org.assemblyportal.jurisdiction.LabeledRule;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public, read-only: the rule sets with their sources, and the deadline calculator. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Jurisdictions and deadlines", description = "Public; no token needed")
class JurisdictionApiController {

    private final JurisdictionService jurisdictions;
    private final DeadlineService deadlines;
    private final Translator translator;

    JurisdictionApiController(JurisdictionService jurisdictions, DeadlineService deadlines, Translator translator) {
        this.jurisdictions = jurisdictions;
        this.deadlines = deadlines;
        this.translator = translator;
    }

    record JurisdictionListItem(String code, Map<String, String> name, String timeZone, List<String> documentLanguages,
            Set<AssemblyForm> forms, int calendarFrom, int calendarTo) {
    }

    record CalendarView(Set<DayOfWeek> weekend, int from, int to, List<DayInfo> specialDays) {
    }

    record RuleSet(String code, Map<String, String> name, String timeZone, List<String> documentLanguages,
            List<FormRule> forms, List<LabeledRule> outcomes, List<LabeledRule> refusalGrounds,
            List<LabeledRule> deliveryChannels, ApplicationSpec application, List<LabeledRule> principles,
            DesignatedPlaces places, CalendarView calendar) {
    }

    record DeadlineResponse(DeadlineResult result, List<Citation> citations, String countingRule, List<String> unverified) {
    }

    @GetMapping("/jurisdictions")
    @Operation(summary = "The jurisdictions the portal knows")
    List<JurisdictionListItem> list() {
        return jurisdictions.all().stream().map(s -> jurisdictions.jurisdiction(s.code()).orElseThrow())
                .map(j -> new JurisdictionListItem(j.code(), j.summary().names(), j.summary().zone().getId(),
                        j.summary().documentLanguages(), new java.util.TreeSet<>(j.forms().keySet()),
                        j.calendar().firstYear(), j.calendar().lastYear()))
                .toList();
    }

    @GetMapping("/jurisdictions/{code}")
    @Operation(summary = "Every rule of one jurisdiction, each with its legal source and whether it is verified")
    RuleSet get(@PathVariable String code) {
        var j = jurisdictions.jurisdiction(code).orElseThrow(() -> new NotFoundException("jurisdiction.not-found", code));
        var calendar = j.calendar();
        var years = IntStream.rangeClosed(Math.max(calendar.firstYear(), 2020), Math.min(calendar.lastYear(), 2030));
        var special = years.boxed().flatMap(year -> calendar.specialDays(year).stream()).toList();
        return new RuleSet(j.code(), j.summary().names(), j.summary().zone().getId(), j.summary().documentLanguages(),
                new TreeMap<>(j.forms()).values().stream().toList(), j.outcomes(), j.refusalGrounds(),
                j.deliveryChannels(), j.application(), j.principles(), j.places(),
                new CalendarView(calendar.weekend(), calendar.firstYear(), calendar.lastYear(), special));
    }

    @GetMapping("/deadlines")
    @Operation(summary = "Filing window, the authority's due date and what its silence means, with the count day by day")
    DeadlineResponse deadline(
            @Parameter(example = "KZ") @RequestParam(required = false) String jurisdiction,
            @Parameter(example = "MARCH") @RequestParam(required = false) String form,
            @Parameter(description = "Planned start, local time of the jurisdiction", example = "2022-03-08T11:00")
            @RequestParam(required = false) String start,
            @Parameter(example = "2022-02-07") @RequestParam(required = false) String registeredOn) {
        var query = parse(jurisdiction, form, start, registeredOn);
        var result = deadlines.compute(query);
        if (result.status().tooLate()) {
            throw new LocalizedException("deadline.too-late", result.filing().lastDay().toString(),
                    result.status().earliestLawfulStart() == null ? "-" : result.status().earliestLawfulStart().toString());
        }
        var citations = DeadlineCalculator.citations(result);
        var unverified = citations.stream().filter(c -> !c.verified()).map(Citation::text).toList();
        return new DeadlineResponse(result, citations,
                translator.translate(LocaleContextHolder.getLocale(), result.countingRule()), unverified);
    }

    private static DeadlineQuery parse(String jurisdiction, String form, String start, String registeredOn) {
        var violations = new Violations();
        AssemblyForm parsedForm = null;
        LocalDateTime parsedStart = null;
        LocalDate parsedRegistration = null;
        if (jurisdiction == null || jurisdiction.isBlank()) {
            violations.add("jurisdiction", "validation.required");
        }
        if (form == null || form.isBlank()) {
            violations.add("form", "validation.required");
        } else {
            try {
                parsedForm = AssemblyForm.valueOf(form.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                violations.add("form", "deadline.unknown-form", form);
            }
        }
        if (start == null || start.isBlank()) {
            violations.add("start", "validation.required");
        } else {
            try {
                parsedStart = LocalDateTime.parse(start);
            } catch (DateTimeParseException malformed) {
                violations.add("start", "validation.date-time-format", start);
            }
        }
        if (registeredOn != null && !registeredOn.isBlank()) {
            try {
                parsedRegistration = LocalDate.parse(registeredOn);
            } catch (DateTimeParseException malformed) {
                violations.add("registeredOn", "validation.date-format", registeredOn);
            }
        }
        violations.throwIfAny();
        return new DeadlineQuery(jurisdiction.strip(), parsedForm, parsedStart, parsedRegistration);
    }

}
