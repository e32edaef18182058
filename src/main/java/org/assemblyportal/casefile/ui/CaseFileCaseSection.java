package org.assemblyportal.casefile.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.assemblyportal.assembly.CaseDetails;
import org.assemblyportal.assembly.CaseRole;
import org.assemblyportal.assembly.CaseSection;
import org.assemblyportal.casefile.CaseExportService;
import org.assemblyportal.casefile.LedgerCheckService;
import org.assemblyportal.jurisdiction.JurisdictionService;
import org.springframework.core.annotation.Order;

/** The case file on the case page, last: the ledger check and the exports, for the case's lawyers only. */
@org.springframework.stereotype.Component
@Order(190)
class CaseFileCaseSection implements CaseSection {

    private final CaseExportService exports;
    private final LedgerCheckService verifier;
    private final JurisdictionService jurisdictions;

    CaseFileCaseSection(CaseExportService exports, LedgerCheckService verifier, JurisdictionService jurisdictions) {
        this.exports = exports;
        this.verifier = verifier;
        this.jurisdictions = jurisdictions;
    }

    @Override
    public Optional<Component> create(CaseDetails details) {
        if (details.myRole() != CaseRole.LAWYER) {
            return Optional.empty();
        }
        var zone = jurisdictions.jurisdiction(details.jurisdictionCode()).map(j -> j.summary().zone())
                .orElse(java.time.ZoneOffset.UTC);
        return Optional.of(new CaseFilePanel(exports, verifier, details.id(), zone));
    }
}
