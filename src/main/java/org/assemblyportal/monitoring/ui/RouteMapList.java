package org.assemblyportal.monitoring.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.assemblyportal.monitoring.ui.RouteMapData.Marker;
import org.assemblyportal.monitoring.ui.RouteMapData.Segment;

/**
 * The route map in words, the accessible equivalent of {@link RouteMap}: each segment with its number,
 * name and length, and the markers on it; then the markers on no segment.
 */
class RouteMapList extends Div {

    static final String ID = "route-map-list";

    RouteMapList(RouteMapData data) {
        setId(ID);
        addClassNames("route-map-list");
        var locale = getLocale();
        var total = data.segments().stream().filter(Segment::hasLine)
                .mapToDouble(s -> RouteMapGeometry.lengthMetres(s.line())).sum();
        if (data.segments().isEmpty()) {
            add(secondary(new Paragraph(getTranslation("route-map.list.no-segments"))));
        } else if (total > 0) {
            add(new Paragraph(getTranslation("route-map.list.total", metres(total, locale))));
        }
        var segments = new OrderedList();
        segments.setId(ID + "-segments");
        segments.addClassNames(LumoUtility.Padding.Left.NONE, LumoUtility.ListStyleType.NONE, LumoUtility.Display.FLEX,
                LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.MEDIUM);
        data.segments().forEach(segment -> segments.add(segment(segment, data.markersOn(segment.number()), locale)));
        if (!data.segments().isEmpty()) {
            add(segments);
        }
        var elsewhere = data.markersOn(null);
        if (!elsewhere.isEmpty()) {
            var heading = new H4(getTranslation("route-map.list.off-route"));
            heading.addClassNames(LumoUtility.Margin.Bottom.XSMALL);
            add(heading, markers(elsewhere, locale));
        }
    }

    private ListItem segment(Segment segment, List<Marker> markers, Locale locale) {
        var heading = new H4(getTranslation("route-map.list.segment", segment.number(), segment.name()));
        heading.addClassNames(LumoUtility.Margin.NONE);
        var length = new Span(segment.hasLine()
                ? getTranslation("route-map.list.length", metres(RouteMapGeometry.lengthMetres(segment.line()), locale))
                : getTranslation("route-map.list.no-line"));
        length.addClassNames("route-map-length", LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        var item = new ListItem(heading, length);
        item.getElement().setAttribute("data-segment", String.valueOf(segment.number()));
        item.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.XSMALL);
        item.add(markers.isEmpty() ? secondary(new Span(getTranslation("route-map.list.no-markers")))
                : markers(markers, locale));
        return item;
    }

    private UnorderedList markers(List<Marker> markers, Locale locale) {
        var list = new UnorderedList();
        list.addClassNames("route-map-markers", LumoUtility.Margin.Vertical.NONE);
        markers.forEach(marker -> {
            var where = new Span(" " + getTranslation("route-map.list.at", degrees(marker.lat(), locale),
                    degrees(marker.lon(), locale)));
            where.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            var item = new ListItem(new Span(marker.label()), where);
            item.getElement().setAttribute("data-kind", marker.kind());
            list.add(item);
        });
        return list;
    }

    private static <T extends com.vaadin.flow.component.HasStyle> T secondary(T component) {
        component.addClassNames(LumoUtility.TextColor.SECONDARY);
        return component;
    }

    static String metres(double metres, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(Math.round(metres));
    }

    private static String degrees(double value, Locale locale) {
        var format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(5);
        format.setMaximumFractionDigits(5);
        format.setGroupingUsed(false);
        return format.format(value);
    }
}
