package org.assemblyportal.jurisdiction;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A jurisdiction's identity: code, names per language, time zone and the languages of its documents. */
public record JurisdictionSummary(String code, Map<String, String> names, ZoneId zone, List<String> documentLanguages) {

    public JurisdictionSummary {
        names = Map.copyOf(names);
        documentLanguages = List.copyOf(documentLanguages);
    }

    /** The name in the given language, else in English, else the code. */
    public String name(Locale locale) {
        return names.getOrDefault(locale.getLanguage(), names.getOrDefault("en", code));
    }
}
