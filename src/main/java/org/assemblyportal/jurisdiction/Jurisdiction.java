package org.assemblyportal.jurisdiction;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything the portal knows about one jurisdiction's law of assembly, from its rule file. */
public record Jurisdiction(JurisdictionSummary summary, Map<AssemblyForm, FormRule> forms, List<LabeledRule> outcomes,
        List<LabeledRule> refusalGrounds, List<LabeledRule> deliveryChannels, List<LabeledRule> requiredFields,
        List<LabeledRule> principles, WorkingDayCalendar calendar) {

    public Jurisdiction {
        forms = Map.copyOf(forms);
        outcomes = List.copyOf(outcomes);
        refusalGrounds = List.copyOf(refusalGrounds);
        deliveryChannels = List.copyOf(deliveryChannels);
        requiredFields = List.copyOf(requiredFields);
        principles = List.copyOf(principles);
    }

    public String code() {
        return summary.code();
    }

    public Optional<FormRule> form(AssemblyForm form) {
        return Optional.ofNullable(forms.get(form));
    }

    Jurisdiction withCalendar(WorkingDayCalendar newCalendar) {
        return new Jurisdiction(summary, forms, outcomes, refusalGrounds, deliveryChannels, requiredFields, principles,
                newCalendar);
    }
}
