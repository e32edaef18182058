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
        List<FieldRule> fields, List<Addressee> addressees) {

    /**
     * A body the application may be addressed to: in Kazakhstan a city's akimat, in England a police
     * force, in the United States the permit office. {@code name} is its official name per language,
     * {@code heading} the form an application's heading uses ("Алматы қаласының әкімдігіне"),
     * {@code locality} the code of the locality whose designated places lead to it (or null).
     */
    public record Addressee(String code, String locality, Map<String, String> name, Map<String, String> heading) {

        public Addressee {
            name = Map.copyOf(name);
            heading = heading == null || heading.isEmpty() ? Map.copyOf(name) : Map.copyOf(heading);
        }

        public String name(Locale locale) {
            return Labels.pick(name, locale, code);
        }

        public String heading(Locale locale) {
            return Labels.pick(heading, locale, name(locale));
        }
    }

    public ApplicationSpec {
        authority = Map.copyOf(authority);
        fields = List.copyOf(fields);
        addressees = addressees == null ? List.of() : List.copyOf(addressees);
    }

    public ApplicationSpec(Map<String, String> authority, IdScheme individualId, IdScheme entityId, List<FieldRule> fields) {
        this(authority, individualId, entityId, fields, List.of());
    }

    public Optional<Addressee> addressee(String code) {
        return code == null ? Optional.empty() : addressees.stream().filter(a -> a.code().equals(code)).findFirst();
    }

    /** The addressee of a locality (the first listed for it). */
    public Optional<Addressee> addresseeOf(String locality) {
        return addressees.stream().filter(a -> locality != null && locality.equals(a.locality())).findFirst();
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
