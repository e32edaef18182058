package org.assemblyportal.monitoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.assemblyportal.monitoring.PlanWaypoint;

/** How the plan's parts read, shared by the case page and "My tasks". */
final class PlanTexts {

    private PlanTexts() {
    }

    static String when(ZonedDateTime at, Locale locale) {
        return at.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(locale));
    }

    /** The waypoints to photograph, each with its angle and coordinates; an explaining line if none. */
    static Component waypoints(Component owner, List<PlanWaypoint> waypoints) {
        if (waypoints.isEmpty()) {
            var none = new Span(owner.getTranslation("plan.waypoints.none"));
            none.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            return none;
        }
        var list = new UnorderedList();
        list.addClassNames("plan-waypoints", LumoUtility.Margin.Vertical.NONE);
        list.getElement().setAttribute("aria-label", owner.getTranslation("plan.waypoints"));
        waypoints.forEach(w -> {
            var item = new ListItem();
            var name = new Span(w.name());
            name.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
            item.add(name);
            if (w.angle() != null) {
                item.add(new Div(owner.getTranslation("plan.waypoint.angle.shown", w.angle())));
            }
            if (w.latitude() != null) {
                var at = new Div(owner.getTranslation("plan.waypoint.at", String.valueOf(w.latitude()),
                        String.valueOf(w.longitude())));
                at.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
                item.add(at);
            }
            list.add(item);
        });
        return list;
    }
}
