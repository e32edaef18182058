package org.assemblyportal.monitoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * The route map with its list: a "Map / List" toggle shows one or the other, and the list, the
 * accessible equivalent, stays in the page for screen readers while the map is shown. Without any
 * coordinates there is no map, only the list. Add it to a view with the data and the injected
 * {@link RouteMapTiles}: {@code add(new RouteMapPanel(data, tiles))}.
 */
class RouteMapPanel extends Div {

    static final String ID = "route-map-panel";
    static final String ID_SHOW_MAP = "route-map-show-map";
    static final String ID_SHOW_LIST = "route-map-show-list";

    private final RouteMap map;
    private final RouteMapList list;
    private final Button showMap;
    private final Button showList;

    RouteMapPanel(RouteMapData data, RouteMapTiles tiles) {
        setId(ID);
        setWidthFull();
        addClassNames("route-map-panel", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.SMALL);
        list = new RouteMapList(data);
        if (!data.hasCoordinates()) {
            map = null;
            showMap = null;
            showList = null;
            var none = new Paragraph(getTranslation("route-map.no-coordinates"));
            none.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Vertical.NONE);
            add(none, list);
            return;
        }
        map = new RouteMap(data, tiles);
        map.setWidthFull();
        showMap = toggle(ID_SHOW_MAP, "route-map.show-map", true);
        showList = toggle(ID_SHOW_LIST, "route-map.show-list", false);
        var toggles = new Div(showMap, showList);
        toggles.addClassNames("route-map-toggle", LumoUtility.Display.FLEX, LumoUtility.Gap.XSMALL);
        toggles.getElement().setAttribute("role", "group");
        toggles.getElement().setAttribute("aria-label", getTranslation("route-map.toggle"));
        add(toggles, map, list);
        show(true);
    }

    private Button toggle(String id, String key, boolean showsMap) {
        var button = new Button(getTranslation(key), click -> show(showsMap));
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    /** The map (the list kept for screen readers only) or the list (the map hidden from everyone). */
    void show(boolean mapShown) {
        if (map == null) {
            return;
        }
        map.setVisible(mapShown);
        list.setClassName(LumoUtility.Accessibility.SCREEN_READER_ONLY, mapShown);
        showMap.getElement().setAttribute("aria-pressed", String.valueOf(mapShown));
        showList.getElement().setAttribute("aria-pressed", String.valueOf(!mapShown));
        showMap.setThemeName("primary", mapShown);
        showList.setThemeName("primary", !mapShown);
    }

    boolean mapShown() {
        return map != null && map.isVisible();
    }
}
