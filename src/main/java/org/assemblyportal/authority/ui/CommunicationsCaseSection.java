package org.assemblyportal.authority.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.assemblyportal.assembly.CaseDetails;
import org.assemblyportal.assembly.CaseSection;
import org.assemblyportal.authority.CommunicationService;
import org.assemblyportal.jurisdiction.JurisdictionService;
import org.springframework.core.annotation.Order;

/**
 * Puts the communications log on the case page, after the responses, for organizers, co-organizers
 * and lawyers; monitors do not see it, as they do not see the responses (ADR 009).
 */
@org.springframework.stereotype.Component
@Order(120)
class CommunicationsCaseSection implements CaseSection {

    private final CommunicationService communications;
    private final JurisdictionService jurisdictions;

    CommunicationsCaseSection(CommunicationService communications, JurisdictionService jurisdictions) {
        this.communications = communications;
        this.jurisdictions = jurisdictions;
    }

    @Override
    public Optional<Component> create(CaseDetails details) {
        if (!details.myRole().draftsApplication()) {
            return Optional.empty();
        }
        return jurisdictions.jurisdiction(details.jurisdictionCode())
                .map(jurisdiction -> new CommunicationLog(communications, details.id(), jurisdiction));
    }
}
