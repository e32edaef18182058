package org.assemblyportal.jurisdiction;

import java.util.Locale;
import java.util.Map;

/**
 * A coded item of a jurisdiction's law (an outcome, a refusal ground, a delivery channel, a
 * required field, a principle), with its wording per language and its source.
 */
public record LabeledRule(String code, Map<String, String> label, Citation citation) {

    public LabeledRule {
        label = Map.copyOf(label);
    }

    /** Whether the rule was law on {@code day} (a rule without a source is taken as always). */
    public boolean inForce(java.time.LocalDate day) {
        return citation == null || citation.inForce().covers(day);
    }

    public String label(Locale locale) {
        return Labels.pick(label, locale, code);
    }
}
