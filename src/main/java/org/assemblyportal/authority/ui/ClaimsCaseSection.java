package org.assemblyportal.authority.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.assemblyportal.assembly.CaseDetails;
import org.assemblyportal.assembly.CaseSection;
import org.assemblyportal.authority.ClaimService;
import org.assemblyportal.authority.ResponseService;
import org.assemblyportal.jurisdiction.JurisdictionService;
import org.springframework.core.annotation.Order;

/**
 * Puts the stated claims on the case page, after the response log, for every member: monitors read
 * them to know what to test; organizers, co-organizers and lawyers also record them.
 */
@org.springframework.stereotype.Component
@Order(105)
class ClaimsCaseSection implements CaseSection {

    private final ClaimService claims;
    private final ResponseService responses;
    private final JurisdictionService jurisdictions;

    ClaimsCaseSection(ClaimService claims, ResponseService responses, JurisdictionService jurisdictions) {
        this.claims = claims;
        this.responses = responses;
        this.jurisdictions = jurisdictions;
    }

    @Override
    public Optional<Component> create(CaseDetails details) {
        return jurisdictions.jurisdiction(details.jurisdictionCode()).map(jurisdiction -> new ClaimList(claims,
                details.myRole().draftsApplication() ? responses : null, details.id(), jurisdiction));
    }
}
