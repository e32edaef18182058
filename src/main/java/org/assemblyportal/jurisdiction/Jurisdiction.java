package org.assemblyportal.jurisdiction;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the portal knows about one jurisdiction's law of assembly, from its rule file.
 * {@code appeal} is null where the rule file says nothing about appeals.
 */
public record Jurisdiction(JurisdictionSummary summary, List<FormRule> formVersions, List<LabeledRule> outcomes,
        List<LabeledRule> refusalGrounds, List<LabeledRule> deliveryChannels, ApplicationSpec application,
        List<LabeledRule> principles, DesignatedPlaces places, ComplianceSpec compliance, WorkingDayCalendar calendar,
        AppealRule appeal) {

    public Jurisdiction {
        formVersions = List.copyOf(formVersions);
        outcomes = List.copyOf(outcomes);
        refusalGrounds = List.copyOf(refusalGrounds);
        deliveryChannels = List.copyOf(deliveryChannels);
        principles = List.copyOf(principles);
        places = places == null ? DesignatedPlaces.none() : places;
        compliance = compliance == null ? ComplianceSpec.none() : compliance;
    }

    public String code() {
        return summary.code();
    }

    /** The parts the law requires, for lists of rules. */
    public List<LabeledRule> requiredFields() {
        return application.fields().stream().filter(FieldRule::required)
                .map(f -> new LabeledRule(f.field().name(), f.label(), f.citation())).toList();
    }

    /** The latest rules of each regulated form, for lists of rules. */
    public Map<AssemblyForm, FormRule> forms() {
        var latest = new java.util.EnumMap<AssemblyForm, FormRule>(AssemblyForm.class);
        formVersions.forEach(rule -> latest.merge(rule.form(), rule, (a, b) -> later(a, b)));
        return java.util.Collections.unmodifiableMap(latest);
    }

    /** The latest rules of a form. */
    public Optional<FormRule> form(AssemblyForm form) {
        return Optional.ofNullable(forms().get(form));
    }

    /** The rules of a form as they stood on {@code day}: empty if the form was not regulated then. */
    public Optional<FormRule> form(AssemblyForm form, LocalDate day) {
        return formVersions.stream().filter(rule -> rule.form() == form && rule.inForce().covers(day)).findFirst();
    }

    /** The first day the portal models this jurisdiction's law (null: no known beginning). */
    public LocalDate coveredFrom() {
        if (formVersions.stream().anyMatch(rule -> rule.inForce().from() == null)) {
            return null;
        }
        return formVersions.stream().map(rule -> rule.inForce().from()).min(LocalDate::compareTo).orElse(null);
    }

    /** The refusal grounds the law listed on {@code day}. */
    public List<LabeledRule> refusalGrounds(LocalDate day) {
        return refusalGrounds.stream().filter(rule -> rule.inForce(day)).toList();
    }

    private static FormRule later(FormRule a, FormRule b) {
        var fromA = a.inForce().from();
        var fromB = b.inForce().from();
        return fromA == null ? b : fromB == null ? a : fromB.isAfter(fromA) ? b : a;
    }

    Jurisdiction withCalendar(WorkingDayCalendar newCalendar) {
        return new Jurisdiction(summary, formVersions, outcomes, refusalGrounds, deliveryChannels, application, principles,
                places, compliance, newCalendar, appeal);
    }
}
