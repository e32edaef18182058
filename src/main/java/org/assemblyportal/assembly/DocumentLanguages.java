package org.assemblyportal.assembly;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.assemblyportal.base.InvalidInputException;
import org.assemblyportal.base.InvalidInputException.FieldViolation;
import org.assemblyportal.base.i18n.PortalLocales;

/**
 * The {@code lang} parameter of a document: one portal language ({@code kk}, {@code ru},
 * {@code en}) or two different ones joined by a hyphen for a bilingual layout, the first on the
 * left ({@code kk-ru} is Kazakhstan's). Left out, the jurisdiction's own document languages apply.
 */
final class DocumentLanguages {

    static final String ACCEPTED = "kk, ru, en, kk-ru";
    private static final String PARAMETER = "lang";

    private DocumentLanguages() {
    }

    static List<Locale> parse(String lang, List<String> jurisdictionDefault) {
        var tags = lang == null || lang.isBlank() ? jurisdictionDefault : List.of(lang.strip().toLowerCase(Locale.ROOT).split("-", -1));
        var languages = new ArrayList<Locale>();
        for (var tag : tags) {
            var language = PortalLocales.SUPPORTED.stream().filter(l -> l.getLanguage().equals(tag)).findFirst()
                    .orElseThrow(DocumentLanguages::invalid);
            if (languages.contains(language)) {
                throw invalid();
            }
            languages.add(language);
        }
        if (languages.isEmpty() || languages.size() > 2) {
            throw invalid();
        }
        return List.copyOf(languages);
    }

    /** The parameter value that names these languages, for file names. */
    static String tag(List<Locale> languages) {
        return String.join("-", languages.stream().map(Locale::getLanguage).toList());
    }

    private static InvalidInputException invalid() {
        return new InvalidInputException(List.of(FieldViolation.of(PARAMETER, "pdf.application.language-invalid", ACCEPTED)));
    }
}
