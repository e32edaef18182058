package org.assemblyportal.base.i18n;

import java.util.Locale;
import java.util.Map;

/**
 * An argument of a message that comes in several languages from data rather than from the
 * translation files, such as the name of a designated place in a rule file. It is shown in the
 * reader's language, else in English, else in any language it has.
 */
public record LocalizedText(Map<String, String> texts) {

    public LocalizedText {
        texts = Map.copyOf(texts);
    }

    public String in(Locale locale) {
        var text = texts.get(locale.getLanguage());
        if (text == null) {
            text = texts.get("en");
        }
        return text != null ? text : texts.values().stream().findFirst().orElse("");
    }

    @Override
    public String toString() {
        return in(Locale.ENGLISH);
    }
}
