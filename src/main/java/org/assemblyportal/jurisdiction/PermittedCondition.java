package org.assemblyportal.jurisdiction;

import java.util.Locale;
import java.util.Set;

/**
 * A condition the law lets the authority impose on an assembly (in Kazakhstan "without sound
 * amplification", in England a route under s.12), with its wording per language and its source.
 * {@code forms} are the forms it may be imposed on; empty when it applies to every form.
 */
public record PermittedCondition(LabeledRule rule, Set<AssemblyForm> forms) {

    /**
     * The portal's code for a condition the law does not provide for: recorded like a permitted one,
     * so that the answer is logged as it was given, and flagged. No rule file may use it.
     */
    public static final String NOT_IN_LAW = "CONDITION_NOT_IN_LAW";

    public PermittedCondition {
        forms = Set.copyOf(forms);
    }

    public String code() {
        return rule.code();
    }

    public String label(Locale locale) {
        return rule.label(locale);
    }

    public Citation citation() {
        return rule.citation();
    }

    /** Whether the law lets the authority impose it on {@code form}; on an unknown form, any condition may be. */
    public boolean appliesTo(AssemblyForm form) {
        return form == null || forms.isEmpty() || forms.contains(form);
    }
}
