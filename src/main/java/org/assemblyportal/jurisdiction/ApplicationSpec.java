package org.assemblyportal.jurisdiction;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What an application or notification in a jurisdiction must contain, in order, to whom it is
 * addressed, and which ID numbers can be checked.
 */
public record ApplicationSpec(Map<String, String> authority, IdScheme individualId, IdScheme entityId,
        List<FieldRule> fields) {

    public ApplicationSpec {
        authority = Map.copyOf(authority);
        fields = List.copyOf(fields);
    }

    public String authority(Locale locale) {
        return Labels.pick(authority, locale, "");
    }

    public Optional<FieldRule> field(ApplicationField field) {
        return fields.stream().filter(f -> f.field() == field).findFirst();
    }

    public static ApplicationSpec none() {
        return new ApplicationSpec(Map.of(), null, null, List.of());
    }
}
