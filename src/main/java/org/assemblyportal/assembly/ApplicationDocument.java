package org.assemblyportal.assembly;

import java.util.List;
import java.util.Locale;
import org.assemblyportal.jurisdiction.ApplicationField;
import org.assemblyportal.jurisdiction.AssemblyForm;
import org.assemblyportal.jurisdiction.Citation;
import org.assemblyportal.jurisdiction.Regime;

/**
 * Everything the application or notification PDF shows, already resolved into text for its
 * languages (one, or two side by side). Lists of per-language texts follow the order of
 * {@code languages}. Nothing here depends on the UI locale or the clock, so the same draft always
 * gives the same document.
 */
public record ApplicationDocument(String jurisdictionCode, List<Locale> languages, List<Wording> wording,
        Citation legalBasis, AssemblyForm form, Regime regime, List<Field> fields, List<Signatory> signatories,
        String caseReference, String dataSha256) {

    public ApplicationDocument {
        languages = List.copyOf(languages);
        wording = List.copyOf(wording);
        fields = List.copyOf(fields);
        signatories = List.copyOf(signatories);
        if (languages.isEmpty() || wording.size() != languages.size()) {
            throw new IllegalArgumentException("One wording per document language is needed");
        }
    }

    public boolean bilingual() {
        return languages.size() > 1;
    }

    /**
     * The fixed text of the document in one language; {@code form} the form of assembly's name,
     * {@code legalBasis} and {@code sources} the captions before the citation and the list of acts.
     */
    public record Wording(Locale language, String title, String form, String addressee, String authority,
            String legalBasis, String sources, String signatures, String signature, String date, String footer) {
    }

    /**
     * One part of the application as the rule file asks for it, in its order: its label in each
     * language, its legal source, and the draft's value as lines of text (user text verbatim).
     */
    public record Field(ApplicationField field, boolean required, List<String> labels, Citation citation,
            List<String> value) {

        public Field {
            labels = List.copyOf(labels);
            value = List.copyOf(value);
        }
    }

    /** An organizer who signs: the name as given, and what kind of organizer (in the document's languages). */
    public record Signatory(String name, String kind) {
    }
}
