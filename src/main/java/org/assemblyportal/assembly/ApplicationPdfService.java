package org.assemblyportal.assembly;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.assemblyportal.base.NotFoundException;
import org.assemblyportal.jurisdiction.Citation;
import org.assemblyportal.jurisdiction.FormRule;
import org.assemblyportal.jurisdiction.JurisdictionService;
import org.assemblyportal.jurisdiction.Regime;
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
    private final FilingService filings;
    private final JurisdictionService jurisdictions;
    private final PdfRenderer renderer;
    private final ApplicationDocumentBuilder builder;
    private final ApplicationPdf template = new ApplicationPdf();

    ApplicationPdfService(DraftService drafts, FilingService filings, JurisdictionService jurisdictions,
            PdfRenderer renderer, MessageSource messages) {
        this.drafts = drafts;
        this.filings = filings;
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
        return render(caseId, draft.jurisdictionCode(), draft.data(), lang, "application-");
    }

    /**
     * Every legal source the application PDF of the draft cites (the legal basis of its form, then
     * each field's), so the screen can name the unverified ones before printing; the paper carries
     * no warnings. Empty while the draft names no form that needs a filing.
     */
    @PreAuthorize("isAuthenticated()")
    public List<Citation> citedSources(UUID caseId) {
        var draft = drafts.draft(caseId);
        var jurisdiction = jurisdictions.jurisdiction(draft.jurisdictionCode())
                .orElseThrow(() -> new NotFoundException("jurisdiction.not-found", draft.jurisdictionCode()));
        var form = draft.data().form() == null ? Optional.<FormRule>empty()
                : jurisdiction.form(draft.data().form()).filter(rule -> rule.regime() != Regime.NONE);
        if (form.isEmpty()) {
            return List.of();
        }
        var cited = new ArrayList<Citation>();
        cited.add(form.get().regimeCitation());
        jurisdiction.application().fields().forEach(field -> cited.add(field.citation()));
        return List.copyOf(cited);
    }

    /**
     * The PDF of a filed version, from its frozen snapshot: the same text as the day it was filed,
     * whatever the draft says now. The footer's SHA-256 is the filing's snapshot hash.
     */
    @PreAuthorize("isAuthenticated()")
    public ApplicationFile filedPdf(UUID caseId, int sequence, String lang) {
        var draft = drafts.draft(caseId);
        var filed = filings.filings(caseId).stream().filter(f -> f.sequence() == sequence).findFirst()
                .orElseThrow(() -> new NotFoundException("filing.not-found"));
        return render(caseId, draft.jurisdictionCode(), filed.snapshot(), lang, "filed-" + sequence + "-");
    }

    private ApplicationFile render(UUID caseId, String jurisdictionCode, ApplicationData data, String lang, String prefix) {
        var jurisdiction = jurisdictions.jurisdiction(jurisdictionCode)
                .orElseThrow(() -> new NotFoundException("jurisdiction.not-found", jurisdictionCode));
        var languages = DocumentLanguages.parse(lang, jurisdiction.summary().documentLanguages());
        var reference = CaseReference.of(caseId);
        var document = builder.build(jurisdiction, data, languages, reference);
        var fileName = prefix + reference + "-" + DocumentLanguages.tag(languages) + ".pdf";
        return new ApplicationFile(fileName, renderer.render(template, document));
    }
}
