package org.assemblyportal.assembly;

import java.util.List;
import java.util.Locale;
import org.assemblyportal.base.CanonicalJson;
import org.assemblyportal.base.LocalizedException;
import org.assemblyportal.jurisdiction.Jurisdiction;
import org.assemblyportal.jurisdiction.Regime;
import org.springframework.context.MessageSource;

/**
 * Resolves a draft against its jurisdiction's rule file into the text of the application PDF:
 * the authority and legal basis of the form's regime, every field of the rule file in its order,
 * and the organizers who sign. Pure: no Spring context, no database, no clock.
 */
final class ApplicationDocumentBuilder {

    private final MessageSource messages;

    ApplicationDocumentBuilder(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * @throws LocalizedException if the draft names no form of assembly yet, or its form needs
     *         nothing filed in this jurisdiction (there is then no addressee and no legal basis)
     */
    ApplicationDocument build(Jurisdiction jurisdiction, ApplicationData data, List<Locale> languages,
            String caseReference) {
        if (data.form() == null) {
            throw new LocalizedException("pdf.application.no-form");
        }
        var formRule = jurisdiction.form(data.form()).filter(rule -> rule.regime() != Regime.NONE)
                .orElseThrow(() -> new LocalizedException("pdf.application.nothing-to-file"));
        var text = new DocumentText(messages, languages);
        var values = new ApplicationValues(text, jurisdiction.application());
        var spec = jurisdiction.application();
        var wording = languages.stream().map(language -> new ApplicationDocument.Wording(language,
                text.get(titleKey(formRule.regime()), language),
                text.get(data.form().messageKey(), language),
                text.get("pdf.application.addressee", language),
                Addressees.heading(jurisdiction, data, language),
                text.get("pdf.application.legal-basis", language),
                text.get("pdf.application.sources", language),
                text.get("pdf.application.signatures", language),
                text.get("pdf.application.signature", language),
                text.get("pdf.application.date", language),
                text.get("pdf.application.footer", language))).toList();
        var fields = spec.fields().stream().map(rule -> new ApplicationDocument.Field(rule.field(), rule.required(),
                languages.stream().map(rule::label).toList(), rule.citation(), values.of(rule.field(), data))).toList();
        var signatories = data.organizers().stream().map(organizer -> new ApplicationDocument.Signatory(
                organizer.name() == null ? "" : organizer.name(),
                organizer.kind() == null ? "" : text.joined(ApplicationValues.kindKey(organizer.kind())))).toList();
        return new ApplicationDocument(jurisdiction.code(), languages, wording, formRule.regimeCitation(),
                data.form(), formRule.regime(), fields, signatories, caseReference,
                CanonicalJson.sha256(CanonicalJson.write(data)));
    }

    /** A notification tells the authority; approval and permit regimes ask it: an application. */
    static String titleKey(Regime regime) {
        return switch (regime) {
            case NOTIFICATION -> "pdf.application.title.notification";
            case APPROVAL -> "pdf.application.title.approval";
            case PERMIT -> "pdf.application.title.permit";
            case NONE -> throw new IllegalArgumentException("Nothing is filed under " + regime);
        };
    }
}
