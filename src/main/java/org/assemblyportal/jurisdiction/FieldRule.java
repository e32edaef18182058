package org.assemblyportal.jurisdiction;

import java.util.Locale;
import java.util.Map;

/** One part of an application as a jurisdiction asks for it: required or not, how long, why. */
public record FieldRule(ApplicationField field, boolean required, Integer maxLength, Map<String, String> label,
        Citation citation) {

    public FieldRule {
        label = Map.copyOf(label);
    }

    public String label(Locale locale) {
        return Labels.pick(label, locale, field.name());
    }
}
