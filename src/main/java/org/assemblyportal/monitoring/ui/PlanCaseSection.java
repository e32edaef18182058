package org.assemblyportal.monitoring.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.assemblyportal.assembly.CaseDetails;
import org.assemblyportal.assembly.CaseSection;
import org.assemblyportal.monitoring.MonitoringPlanService;
import org.springframework.core.annotation.Order;

/**
 * Puts the monitoring plan on the case page, after the communications log, for every member:
 * monitors read which segments they walk and when; organizers, co-organizers and lawyers edit it.
 */
@org.springframework.stereotype.Component
@Order(125)
class PlanCaseSection implements CaseSection {

    private final MonitoringPlanService plans;

    PlanCaseSection(MonitoringPlanService plans) {
        this.plans = plans;
    }

    @Override
    public Optional<Component> create(CaseDetails details) {
        return Optional.of(new PlanPanel(plans, details));
    }
}
