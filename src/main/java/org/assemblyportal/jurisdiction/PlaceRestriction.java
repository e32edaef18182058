package org.assemblyportal.jurisdiction;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A zone where some forms of assembly are banned, such as pickets within a distance of certain
 * objects. The portal knows no coordinates of those objects, so it can only remind of the rule.
 */
public record PlaceRestriction(String code, Set<AssemblyForm> forms, Integer distanceMetres,
        Map<String, String> description, Citation citation) {

    public PlaceRestriction {
        forms = Set.copyOf(forms);
        description = Map.copyOf(description);
    }

    public boolean appliesTo(AssemblyForm form) {
        return form != null && forms.contains(form);
    }

    public String description(Locale locale) {
        return Labels.pick(description, locale, code);
    }
}
