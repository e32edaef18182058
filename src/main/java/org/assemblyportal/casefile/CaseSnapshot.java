package org.assemblyportal.casefile;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.assemblyportal.assembly.CaseDetails;
import org.assemblyportal.assembly.CaseService;
import org.assemblyportal.assembly.FilingService;
import org.assemblyportal.assembly.FilingView;
import org.assemblyportal.authority.ClaimService;
import org.assemblyportal.authority.ClaimView;
import org.assemblyportal.authority.CommunicationService;
import org.assemblyportal.authority.CommunicationView;
import org.assemblyportal.authority.ComplianceService;
import org.assemblyportal.authority.ComplianceService.FilingFindings;
import org.assemblyportal.authority.ResponseService;
import org.assemblyportal.authority.ResponseView;
import org.assemblyportal.authority.TimelineEntry;
import org.assemblyportal.authority.TimelineService;
import org.assemblyportal.jurisdiction.Jurisdiction;
import org.assemblyportal.jurisdiction.JurisdictionService;
import org.assemblyportal.monitoring.ClaimTestService;
import org.assemblyportal.monitoring.ClaimTestView;
import org.assemblyportal.monitoring.MonitoringPlanService;
import org.assemblyportal.monitoring.ObservationService;
import org.assemblyportal.monitoring.ObservationView;
import org.assemblyportal.monitoring.PlanView;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The whole case as its services show it to a lawyer of the case, read once at the start of an
 * export: everything the dossier and the data files are made of.
 * Observations are read page by page (every version, oldest first).
 */
record CaseSnapshot(CaseDetails details, Jurisdiction jurisdiction, List<FilingView> filings,
        List<ResponseView> responses, List<ClaimView> claims, List<CommunicationView> communications,
        List<FilingFindings> findings, List<TimelineEntry> timeline, List<ObservationView> observations,
        List<ClaimTestView> claimTests, PlanView plan) {

    /** Reads a case through the services, as the signed-in lawyer. */
    @Component
    static class Loader {

        private static final int PAGE = ObservationService.PAGE_MAX;

        private final CaseService cases;
        private final JurisdictionService jurisdictions;
        private final FilingService filings;
        private final ResponseService responses;
        private final ClaimService claims;
        private final CommunicationService communications;
        private final ComplianceService compliance;
        private final TimelineService timeline;
        private final ObservationService observations;
        private final ClaimTestService claimTests;
        private final MonitoringPlanService plans;

        Loader(CaseService cases, JurisdictionService jurisdictions, FilingService filings, ResponseService responses,
                ClaimService claims, CommunicationService communications, ComplianceService compliance,
                TimelineService timeline, ObservationService observations, ClaimTestService claimTests,
                MonitoringPlanService plans) {
            this.cases = cases;
            this.jurisdictions = jurisdictions;
            this.filings = filings;
            this.responses = responses;
            this.claims = claims;
            this.communications = communications;
            this.compliance = compliance;
            this.timeline = timeline;
            this.observations = observations;
            this.claimTests = claimTests;
            this.plans = plans;
        }

        CaseSnapshot load(UUID caseId) {
            var details = cases.get(caseId);
            var jurisdiction = jurisdictions.jurisdiction(details.jurisdictionCode()).orElseThrow();
            var versions = new ArrayList<ObservationView>();
            for (int page = 0;; page++) {
                var slice = observations.observations(caseId, null, PageRequest.of(page, PAGE));
                versions.addAll(slice.getContent());
                if (!slice.hasNext()) {
                    break;
                }
            }
            return new CaseSnapshot(details, jurisdiction, filings.filings(caseId), responses.responses(caseId),
                    claims.claims(caseId), communications.communications(caseId), compliance.findings(caseId),
                    timeline.timeline(caseId), versions, claimTests.tests(caseId), plans.plan(caseId));
        }
    }
}
