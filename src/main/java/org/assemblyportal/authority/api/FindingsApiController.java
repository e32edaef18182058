package org.assemblyportal.authority.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.assemblyportal.authority.ComplianceFinding;
import org.assemblyportal.authority.ComplianceService;
import org.assemblyportal.authority.DismissalEvent;
import org.assemblyportal.authority.FindingDecision;
import org.assemblyportal.base.i18n.Translator;
import org.assemblyportal.jurisdiction.Citation;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The compliance findings of a case, with their explanation in the client's language. */
@RestController
@Tag(name = "Authority responses")
@SecurityRequirement(name = "bearer")
class FindingsApiController {

    private final ComplianceService compliance;
    private final Translator translator;

    FindingsApiController(ComplianceService compliance, Translator translator) {
        this.compliance = compliance;
        this.translator = translator;
    }

    /**
     * A finding, explained; {@code dismissed} whether a lawyer of the case set it aside, {@code dismissal}
     * the dismissal in force (null if none), {@code history} every dismissal and restoration, oldest first.
     */
    record Finding(ComplianceFinding.Kind kind, String message, List<Citation> citations, boolean dismissed,
            DismissalEvent dismissal, List<DismissalEvent> history) {
    }

    record FilingFindings(int filingSequence, LocalDate registeredOn, LocalDate dueDate, Citation dueCitation,
            List<Finding> findings) {
    }

    @GetMapping("/api/v1/cases/{id}/findings")
    @Operation(summary = "Where the authority did not keep to its rules, per filing, each finding explained with its "
            + "legal source (organizers, co-organizers and lawyers of the case)")
    List<FilingFindings> findings(@PathVariable UUID id) {
        var locale = LocaleContextHolder.getLocale();
        return compliance.findings(id).stream().map(f -> new FilingFindings(f.filingSequence(), f.registeredOn(),
                f.dueDate(), f.dueCitation(), f.findings().stream().map(finding -> {
                    var review = f.review(finding.kind());
                    return new Finding(finding.kind(),
                            translator.translate(locale, finding.messageKey(), finding.arguments().toArray()),
                            finding.citations(), review.dismissed(), review.dismissal(), review.history());
                }).toList())).toList();
    }

    @PostMapping("/api/v1/cases/{id}/findings/dismissals")
    @Operation(summary = "Dismiss a finding of a filing with a reason (lawyers of the case only); it stays listed, "
            + "marked as dismissed, and the dismissal is kept in its history")
    ResponseEntity<DismissalEvent> dismiss(@PathVariable UUID id, @RequestBody FindingDecision decision) {
        return ResponseEntity.status(HttpStatus.CREATED).body(compliance.dismiss(id, decision));
    }

    @PostMapping("/api/v1/cases/{id}/findings/restorations")
    @Operation(summary = "Restore a dismissed finding, with an optional reason (lawyers of the case only; 409 if it "
            + "is not dismissed)")
    ResponseEntity<DismissalEvent> restore(@PathVariable UUID id, @RequestBody FindingDecision decision) {
        return ResponseEntity.status(HttpStatus.CREATED).body(compliance.restore(id, decision));
    }
}
