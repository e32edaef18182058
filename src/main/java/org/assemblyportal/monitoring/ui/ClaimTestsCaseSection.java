package org.assemblyportal.monitoring.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.assemblyportal.assembly.CaseDetails;
import org.assemblyportal.assembly.CaseRole;
import org.assemblyportal.assembly.CaseSection;
import org.assemblyportal.jurisdiction.JurisdictionService;
import org.assemblyportal.monitoring.ClaimTestService;
import org.springframework.core.annotation.Order;

/** Puts the claim tests on the case page, after the observations, for every member of the case. */
@org.springframework.stereotype.Component
@Order(135)
class ClaimTestsCaseSection implements CaseSection {

    private final ClaimTestService tests;
    private final JurisdictionService jurisdictions;

    ClaimTestsCaseSection(ClaimTestService tests, JurisdictionService jurisdictions) {
        this.tests = tests;
        this.jurisdictions = jurisdictions;
    }

    @Override
    public Optional<Component> create(CaseDetails details) {
        return jurisdictions.jurisdiction(details.jurisdictionCode()).map(j -> new ClaimTestPanel(tests, details.id(),
                j.summary().zone(), details.myRole() == CaseRole.LAWYER));
    }
}
