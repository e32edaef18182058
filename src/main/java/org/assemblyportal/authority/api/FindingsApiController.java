package org.assemblyportal.authority.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.assemblyportal.authority.ComplianceFinding;
import org.assemblyportal.authority.ComplianceService;
import org.assemblyportal.base.i18n.Translator;
import org.assemblyportal.jurisdiction.Citation;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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

    record Finding(ComplianceFinding.Kind kind, String message, List<Citation> citations) {
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
                f.dueDate(), f.dueCitation(), f.findings().stream().map(finding -> new Finding(finding.kind(),
                        translator.translate(locale, finding.messageKey(), finding.arguments().toArray()),
                        finding.citations())).toList())).toList();
    }
}
