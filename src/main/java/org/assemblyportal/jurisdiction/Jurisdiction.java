package org.assemblyportal.jurisdiction;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the portal knows about one jurisdiction's law of assembly, from its rule file.
 * {@code appeal} is null where the rule file says nothing about appeals.
 */
public record Jurisdiction(JurisdictionSummary summary, Map<AssemblyForm, FormRule> forms, List<LabeledRule> outcomes,
        List<LabeledRule> refusalGrounds, List<LabeledRule> deliveryChannels, ApplicationSpec application,
        List<LabeledRule> principles, DesignatedPlaces places, ComplianceSpec compliance, WorkingDayCalendar calendar,
        AppealRule appeal) {

    public Jurisdiction {
        forms = Map.copyOf(forms);
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

    public Optional<FormRule> form(AssemblyForm form) {
        return Optional.ofNullable(forms.get(form));
    }

    Jurisdiction withCalendar(WorkingDayCalendar newCalendar) {
        return new Jurisdiction(summary, forms, outcomes, refusalGrounds, deliveryChannels, application, principles,
                places, compliance, newCalendar, appeal);
    }
}
