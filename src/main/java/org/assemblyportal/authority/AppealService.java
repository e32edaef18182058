package org.assemblyportal.authority;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.assemblyportal.assembly.CaseReference;
import org.assemblyportal.assembly.CaseService;
import org.assemblyportal.assembly.FilingService;
import org.assemblyportal.base.ConflictException;
import org.assemblyportal.base.InvalidInputException;
import org.assemblyportal.base.InvalidInputException.FieldViolation;
import org.assemblyportal.base.NotFoundException;
import org.assemblyportal.base.i18n.PortalLocales;
import org.assemblyportal.jurisdiction.Citation;
import org.assemblyportal.jurisdiction.DeadlineService;
import org.assemblyportal.jurisdiction.JurisdictionService;
import org.assemblyportal.pdf.PdfRenderer;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The appeal pack of a case as a PDF/A-2u in one language: the decisions as logged, the deadlines
 * from the deadline engine, the compliance findings, the stated claims and the exhibits with their
 * SHA-256. Same access as the response log: organizers, co-organizers and lawyers; monitors are
 * refused; anyone else is told the case does not exist.
 */
@Service
@Transactional(readOnly = true)
public class AppealService {

    static final String ACCEPTED_LANGUAGES = "kk, ru, en";

    private final ResponseService responses;
    private final ComplianceService compliance;
    private final FilingService filings;
    private final CaseService cases;
    private final DeadlineService deadlines;
    private final JurisdictionService jurisdictions;
    private final PdfRenderer renderer;
    private final AppealDocumentBuilder builder;
    private final AppealPdf template = new AppealPdf();
    private final ClaimService claims;

    AppealService(ResponseService responses, ComplianceService compliance, FilingService filings, CaseService cases,
            DeadlineService deadlines, JurisdictionService jurisdictions, PdfRenderer renderer, MessageSource messages,
            ClaimService claims) {
        this.claims = claims;
        this.responses = responses;
        this.compliance = compliance;
        this.filings = filings;
        this.cases = cases;
        this.deadlines = deadlines;
        this.jurisdictions = jurisdictions;
        this.renderer = renderer;
        this.builder = new AppealDocumentBuilder(messages);
    }

    /** A PDF document with a name to save it under. */
    public record AppealFile(String fileName, byte[] content) {
    }

    /**
     * @param lang {@code kk}, {@code ru} or {@code en}; null or blank for the jurisdiction's first
     *        document language
     * @throws ConflictException when nothing has been filed or no response has been logged yet
     */
    @PreAuthorize("isAuthenticated()")
    public AppealFile appealPdf(UUID caseId, String lang) {
        var document = document(caseId, lang);
        return new AppealFile("appeal-" + document.caseReference() + "-" + document.language().getLanguage() + ".pdf",
                renderer.render(template, document));
    }

    /**
     * Every legal source the appeal pack would cite now, so the screen can name the unverified ones
     * before download (the paper carries no warnings); empty while there is no pack to make yet.
     */
    @PreAuthorize("isAuthenticated()")
    public List<Citation> citedSources(UUID caseId) {
        try {
            return document(caseId, null).citations();
        } catch (ConflictException noPackYet) {
            return List.of();
        }
    }

    private AppealDocument document(UUID caseId, String lang) {
        // The response log runs the membership and role checks before anything about the input is said.
        var logged = responses.responses(caseId);
        var details = cases.get(caseId);
        var jurisdiction = jurisdictions.jurisdiction(details.jurisdictionCode())
                .orElseThrow(() -> new NotFoundException("jurisdiction.not-found", details.jurisdictionCode()));
        var language = language(lang, jurisdiction.summary().documentLanguages());
        var filed = filings.filings(caseId);
        if (filed.isEmpty()) {
            throw new ConflictException("pdf.appeal.no-filing");
        }
        if (logged.isEmpty()) {
            throw new ConflictException("pdf.appeal.no-response");
        }
        var appealDues = new HashMap<UUID, org.assemblyportal.jurisdiction.DeadlineResult.AppealDue>();
        for (var response : logged) {
            deadlines.appealDue(jurisdiction.code(), response.receivedAt().toLocalDate())
                    .ifPresent(due -> appealDues.put(response.id(), due));
        }
        var reference = CaseReference.of(caseId);
        var facts = new AppealDocumentBuilder.Facts(details.title(), details.plannedDate(), jurisdiction, filed, logged,
                compliance.findings(caseId), appealDues, claims.claims(caseId), reference);
        return builder.build(facts, language);
    }

    static Locale language(String lang, List<String> documentLanguages) {
        var tag = lang == null || lang.isBlank() ? documentLanguages.get(0) : lang.strip().toLowerCase(Locale.ROOT);
        return PortalLocales.SUPPORTED.stream().filter(l -> l.getLanguage().equals(tag)).findFirst()
                .orElseThrow(() -> new InvalidInputException(List.of(FieldViolation.of("lang",
                        "pdf.appeal.language-invalid", ACCEPTED_LANGUAGES))));
    }
}
