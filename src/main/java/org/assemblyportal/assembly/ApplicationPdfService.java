package org.assemblyportal.assembly;

import java.util.UUID;
import org.assemblyportal.base.NotFoundException;
import org.assemblyportal.jurisdiction.JurisdictionService;
import org.assemblyportal.pdf.PdfRenderer;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case's draft as the PDF notification or application to file with the authority. Whoever
 * may edit the draft may print it (organizers, co-organizers, lawyers); anyone else is told the
 * case does not exist, exactly as for the draft itself.
 */
@Service
@Transactional(readOnly = true)
public class ApplicationPdfService {

    private final DraftService drafts;
    private final JurisdictionService jurisdictions;
    private final PdfRenderer renderer;
    private final ApplicationDocumentBuilder builder;
    private final ApplicationPdf template = new ApplicationPdf();

    ApplicationPdfService(DraftService drafts, JurisdictionService jurisdictions, PdfRenderer renderer,
            MessageSource messages) {
        this.drafts = drafts;
        this.jurisdictions = jurisdictions;
        this.renderer = renderer;
        this.builder = new ApplicationDocumentBuilder(messages);
    }

    /** A PDF document with a name to save it under. */
    public record ApplicationFile(String fileName, byte[] content) {
    }

    /**
     * @param lang {@code kk}, {@code ru}, {@code en}, or two of them joined by a hyphen for a
     *        bilingual document ({@code kk-ru}); null or blank for the jurisdiction's document languages
     */
    @PreAuthorize("isAuthenticated()")
    public ApplicationFile applicationPdf(UUID caseId, String lang) {
        // The draft call runs the membership and editor checks, before anything about the input is said.
        var draft = drafts.draft(caseId);
        var jurisdiction = jurisdictions.jurisdiction(draft.jurisdictionCode())
                .orElseThrow(() -> new NotFoundException("jurisdiction.not-found", draft.jurisdictionCode()));
        var languages = DocumentLanguages.parse(lang, jurisdiction.summary().documentLanguages());
        var reference = CaseReference.of(caseId);
        var document = builder.build(jurisdiction, draft.data(), languages, reference);
        var fileName = "application-" + reference + "-" + DocumentLanguages.tag(languages) + ".pdf";
        return new ApplicationFile(fileName, renderer.render(template, document));
    }
}
