package org.assemblyportal.monitoring.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.assemblyportal.assembly.CaseDetails;
import org.assemblyportal.assembly.CaseRole;
import org.assemblyportal.assembly.CaseSection;
import org.assemblyportal.monitoring.ObservationMediaService;
import org.assemblyportal.monitoring.ObservationService;
import org.springframework.core.annotation.Order;

/**
 * Puts the observations on the case page, after the communications log, for every member: monitors
 * record, correct and retract them there; organizers, co-organizers and lawyers read them.
 */
@org.springframework.stereotype.Component
@Order(130)
class ObservationsCaseSection implements CaseSection {

    private final ObservationService observations;
    private final ObservationMediaService media;

    ObservationsCaseSection(ObservationService observations, ObservationMediaService media) {
        this.observations = observations;
        this.media = media;
    }

    @Override
    public Optional<Component> create(CaseDetails details) {
        return Optional.of(new ObservationList(observations, media, details.id(), details.myRole() == CaseRole.MONITOR));
    }
}
