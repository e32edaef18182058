package org.assemblyportal.monitoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Optional;
import org.assemblyportal.assembly.CaseDetails;
import org.assemblyportal.assembly.CaseSection;
import org.assemblyportal.monitoring.MonitoringPlanService;
import org.assemblyportal.monitoring.ObservationService;
import org.assemblyportal.monitoring.ObservationView;
import org.assemblyportal.monitoring.PlanSegmentView;
import org.springframework.core.annotation.Order;

/**
 * The route of the case on a map, after the monitoring plan: the plan's segments where it has their
 * lines, its repeat-photo points, and every current observation that has a location. Every member of
 * the case sees it; the list beside the map says the same for those who cannot use the map.
 */
@org.springframework.stereotype.Component
@Order(127)
class RouteMapCaseSection implements CaseSection {

    static final String ID_SECTION = "case-route-map";

    private final MonitoringPlanService plans;
    private final ObservationService observations;
    private final RouteMapTiles tiles;

    RouteMapCaseSection(MonitoringPlanService plans, ObservationService observations, RouteMapTiles tiles) {
        this.plans = plans;
        this.observations = observations;
        this.tiles = tiles;
    }

    @Override
    public Optional<Component> create(CaseDetails details) {
        var plan = plans.plan(details.id());
        if (!plan.filed() || plan.segments().isEmpty()) {
            return Optional.empty();
        }
        var segments = new ArrayList<RouteMapData.Segment>();
        var markers = new ArrayList<RouteMapData.Marker>();
        for (PlanSegmentView s : plan.segments()) {
            segments.add(s.geojson() == null || s.geojson().isBlank() ? new RouteMapData.Segment(s.number(), s.name(), null)
                    : RouteMapData.Segment.ofGeoJson(s.number(), s.name(), s.geojson()));
            s.waypoints().stream().filter(w -> w.latitude() != null && w.longitude() != null)
                    .forEach(w -> markers.add(new RouteMapData.Marker(w.latitude(), w.longitude(), w.name(), "waypoint",
                            s.number())));
        }
        var section = new Div();
        section.setId(ID_SECTION);
        section.setWidthFull();
        section.add(new H3(section.getTranslation("route-map.section")));
        var shown = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(com.vaadin.flow.component.UI.getCurrent().getLocale());
        var numbers = plan.segments().stream().map(PlanSegmentView::number).toList();
        for (ObservationView o : observations.current(details.id())) {
            var where = o.location();
            if (o.retracted() || where == null || where.latitude() == null || where.longitude() == null) {
                continue;
            }
            var label = section.getTranslation(o.category().messageKey()) + ", " + o.deviceTime().format(shown);
            markers.add(new RouteMapData.Marker(where.latitude(), where.longitude(), label, "observation",
                    o.segment() != null && numbers.contains(o.segment()) ? o.segment() : null));
        }
        section.add(new RouteMapPanel(new RouteMapData(segments, markers), tiles));
        return Optional.of(section);
    }
}
