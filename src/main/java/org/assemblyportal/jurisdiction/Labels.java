package org.assemblyportal.jurisdiction;

import java.util.Locale;
import java.util.Map;

/** Texts that rule files give per language: the user's language, else English, else a fallback. */
final class Labels {

    private Labels() {
    }

    static String pick(Map<String, String> labels, Locale locale, String fallback) {
        var text = labels.get(locale.getLanguage());
        if (text == null) {
            text = labels.get("en");
        }
        return text == null ? fallback : text;
    }
}
