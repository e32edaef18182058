package org.assemblyportal.monitoring.ui;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the route map's background tiles come from ({@code portal.map.tile-url}, a Leaflet URL template
 * such as {@code https://tile.openstreetmap.org/{z}/{x}/{y}.png}), the attribution their licence asks
 * for, and how far they zoom. No URL (the default) means no tiles: the route is drawn on a plain
 * background and the browser asks no third party for anything.
 */
@Component
class RouteMapTiles {

    private final String url;
    private final String attribution;
    private final int maxZoom;

    RouteMapTiles(@Value("${portal.map.tile-url:}") String url,
            @Value("${portal.map.tile-attribution:}") String attribution,
            @Value("${portal.map.max-zoom:18}") int maxZoom) {
        this.url = url == null ? "" : url.strip();
        this.attribution = attribution == null ? "" : attribution.strip();
        this.maxZoom = maxZoom;
    }

    static RouteMapTiles none() {
        return new RouteMapTiles("", "", 18);
    }

    String url() {
        return url;
    }

    String attribution() {
        return attribution;
    }

    int maxZoom() {
        return maxZoom;
    }

    boolean enabled() {
        return !url.isEmpty();
    }
}
