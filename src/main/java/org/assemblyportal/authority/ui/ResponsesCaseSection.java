package org.assemblyportal.authority.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.assemblyportal.assembly.CaseDetails;
import org.assemblyportal.assembly.CaseRole;
import org.assemblyportal.assembly.CaseSection;
import org.assemblyportal.assembly.FilingService;
import org.assemblyportal.authority.AppealService;
import org.assemblyportal.authority.ComplianceService;
import org.assemblyportal.authority.ResponseService;
import org.assemblyportal.jurisdiction.JurisdictionService;
import org.springframework.core.annotation.Order;

/**
 * Puts the response log on the case page for organizers, co-organizers and lawyers; monitors do not
 * see responses, as they do not see the application they answer (ADR 009).
 */
@org.springframework.stereotype.Component
@Order(100)
class ResponsesCaseSection implements CaseSection {

    private final ResponseService responses;
    private final FilingService filings;
    private final JurisdictionService jurisdictions;
    private final ComplianceService compliance;
    private final AppealService appeals;

    ResponsesCaseSection(ResponseService responses, FilingService filings, JurisdictionService jurisdictions,
            ComplianceService compliance, AppealService appeals) {
        this.appeals = appeals;
        this.compliance = compliance;
        this.responses = responses;
        this.filings = filings;
        this.jurisdictions = jurisdictions;
    }

    @Override
    public Optional<Component> create(CaseDetails details) {
        if (!details.myRole().draftsApplication()) {
            return Optional.empty();
        }
        return jurisdictions.jurisdiction(details.jurisdictionCode())
                .map(jurisdiction -> new ResponseLog(responses, filings, compliance, details.id(), jurisdiction,
                        details.myRole() == CaseRole.LAWYER, appeals));
    }
}
