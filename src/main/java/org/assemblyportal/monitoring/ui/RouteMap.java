package org.assemblyportal.monitoring.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import java.util.List;

/**
 * The route drawn with Leaflet ({@code META-INF/resources/route-map/route-map.js}): segments as numbered
 * lines, alternately solid and dashed, markers with their label in a popup, fitted to the route. Tiles
 * come from {@code portal.map.tile-url} when one is set; without it the route is drawn on a plain
 * background. The map is never the only way to the information: {@link RouteMapList} says the same in words.
 *
 * <p>Leaflet is the npm package as the WebJar {@code org.webjars.npm:leaflet}, loaded with the element's
 * script as static files when the map is first shown, not through {@code @NpmPackage}: an npm package of
 * the application's own would make Vaadin build a frontend bundle with npm at the first start, in every
 * fresh clone and in the production build, and this machine's npm registry lacks the Vaadin web
 * components that build needs (ADR 014).
 */
@Tag("route-map")
class RouteMap extends Component implements HasSize {

    static final String ID = "route-map";
    /** Keep in step with the WebJar's version in pom.xml. */
    static final String LEAFLET_CSS = "context://webjars/leaflet/1.9.4/dist/leaflet.css";
    static final String LEAFLET_JS = "context://webjars/leaflet/1.9.4/dist/leaflet.js";
    static final String SCRIPT = "context://route-map/route-map.js";
    private static final ObjectMapper JSON = new ObjectMapper();

    RouteMap(RouteMapData data, RouteMapTiles tiles) {
        addAttachListener(attach -> {
            // The page loads each URL once, in this order, before the element's properties are applied.
            var page = attach.getUI().getPage();
            page.addStyleSheet(LEAFLET_CSS);
            page.addJavaScript(LEAFLET_JS);
            page.addJavaScript(SCRIPT);
        });
        setId(ID);
        addClassName("route-map");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("route-map.map.label"));
        getElement().setProperty("config", json(config(data, tiles, new Texts(getTranslation("route-map.zoom-in"),
                getTranslation("route-map.zoom-out"), getTranslation("route-map.popup.close")))));
    }

    /** What the browser is sent: plain values only, so that the script has nothing to interpret. */
    static Config config(RouteMapData data, RouteMapTiles tiles, Texts texts) {
        var segments = data.segments().stream().filter(RouteMapData.Segment::hasLine)
                .map(s -> new Config.Line(s.number(), s.number() + ". " + s.name(),
                        s.line().stream().map(p -> new double[] {p.lat(), p.lon()}).toList()))
                .toList();
        var markers = data.markers().stream()
                .map(m -> new Config.Point(m.lat(), m.lon(), m.label(), m.kind(), m.segment())).toList();
        var bounds = RouteMapGeometry.bounds(data)
                .map(b -> new double[][] {{b.south(), b.west()}, {b.north(), b.east()}}).orElse(null);
        return new Config(tiles.url(), tiles.attribution(), tiles.maxZoom(), segments, markers, bounds, texts);
    }

    private static String json(Config config) {
        try {
            return JSON.writeValueAsString(config);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Bounds are [[south, west], [north, east]] and positions [lat, lon], as Leaflet takes them. */
    record Config(String tileUrl, String attribution, int maxZoom, List<Line> segments, List<Point> markers,
            double[][] bounds, Texts texts) {

        record Line(int number, String label, List<double[]> latLngs) {
        }

        record Point(double lat, double lon, String label, String kind, Integer segment) {
        }
    }

    record Texts(String zoomIn, String zoomOut, String closePopup) {
    }
}
