// The route map (RouteMap.java), drawn with Leaflet in the light DOM so that Leaflet's own CSS applies.
// A plain script served as a static file, like Leaflet itself (the npm package as the WebJar
// org.webjars.npm:leaflet), so that Vaadin's pre-built frontend bundles stay as they are (ADR 014).
// RouteMap loads leaflet.css, leaflet.js (the global L) and then this file, in that order.
// The server sets one property, `config` (JSON): tile URL (empty = no tiles, plain background), segments
// as [lat, lon] lines, markers, bounds and the texts of the controls. Labels are set as text, never as HTML.
(() => {
const L = window.L;

const STYLES = [
  { color: '#1f5fbf', weight: 5, opacity: 0.9 },
  { color: '#b3261e', weight: 5, opacity: 0.9, dashArray: '12 8' },
];

const MARKER_STYLES = {
  observation: { radius: 8, color: '#ffffff', weight: 2, fillColor: '#b3261e', fillOpacity: 1 },
  waypoint: { radius: 6, color: '#1f2937', weight: 2, fillColor: '#ffffff', fillOpacity: 1 },
};
const DEFAULT_MARKER = { radius: 7, color: '#ffffff', weight: 2, fillColor: '#5b21b6', fillOpacity: 1 };

function text(value, className) {
  const element = document.createElement('span');
  if (className) {
    element.className = className;
  }
  element.textContent = value;
  return element;
}

class RouteMapElement extends HTMLElement {
  constructor() {
    super();
    this._config = null;
    this._map = null;
    this._layers = null;
  }

  set config(value) {
    this._config = typeof value === 'string' ? JSON.parse(value) : value;
    this._render();
  }

  get config() {
    return this._config;
  }

  connectedCallback() {
    // A value set before this element was defined sits on the instance and hides the setter.
    if (Object.prototype.hasOwnProperty.call(this, 'config')) {
      const value = this.config;
      delete this.config;
      this.config = value;
    }
    this._render();
    // Hidden by the Map/List toggle, the map has no size; when it shows again it is fitted anew.
    this._resizes = new ResizeObserver(() => {
      const wasHidden = !this._width;
      this._width = this.offsetWidth;
      if (this._map && this._width > 0) {
        this._map.invalidateSize();
        if (wasHidden) {
          this._fit();
        }
      }
    });
    this._resizes.observe(this);
  }

  disconnectedCallback() {
    this._resizes?.disconnect();
    this._map?.remove();
    this._map = null;
    this._container?.remove();
    this._container = null;
  }

  _render() {
    if (!this.isConnected || !this._config) {
      return;
    }
    const config = this._config;
    if (!this._map) {
      this._container = document.createElement('div');
      this._container.className = 'route-map-canvas';
      this.appendChild(this._container);
      this._map = L.map(this._container, {
        zoomControl: false,
        attributionControl: !!config.tileUrl,
        maxZoom: config.maxZoom,
        zoomSnap: 0.5,
      });
      L.control.zoom({ zoomInTitle: config.texts.zoomIn, zoomOutTitle: config.texts.zoomOut }).addTo(this._map);
      L.control.scale({ imperial: false }).addTo(this._map);
      // Markers above the segments' labels (tooltip pane, 650) and below popups (700): an observation
      // in the middle of a segment is not hidden by its label.
      this._map.createPane('routeMarkers').style.zIndex = 660;
      this._map.on('popupopen', (event) => {
        const close = event.popup.getElement()?.querySelector('.leaflet-popup-close-button');
        if (close) {
          close.setAttribute('aria-label', config.texts.closePopup);
          close.title = config.texts.closePopup;
        }
      });
      // Leaflet focuses its container for keyboard panning; Tab moves on to the controls and out.
      this._container.setAttribute('aria-label', this.getAttribute('aria-label') || '');
    }
    if (this._layers) {
      this._layers.remove();
    }
    this._layers = L.layerGroup().addTo(this._map);
    if (config.tileUrl) {
      this._container.classList.remove('route-map-plain');
      L.tileLayer(config.tileUrl, { attribution: config.attribution, maxZoom: config.maxZoom }).addTo(this._layers);
    } else {
      this._container.classList.add('route-map-plain');
    }
    config.segments.forEach((segment, index) => {
      const line = L.polyline(segment.latLngs, STYLES[index % STYLES.length]).addTo(this._layers);
      line.getElement?.()?.setAttribute('data-segment', segment.number);
      // On the line only its number, which stays readable on a phone; the full name is in its popup and the list.
      line.bindTooltip(text(String(segment.number)), {
        permanent: true,
        direction: 'center',
        className: 'route-map-label',
      });
      line.bindPopup(text(segment.label));
    });
    config.markers.forEach((marker) => {
      const style = MARKER_STYLES[marker.kind] || DEFAULT_MARKER;
      L.circleMarker([marker.lat, marker.lon], { ...style, pane: 'routeMarkers' })
        .bindPopup(text(marker.label))
        .addTo(this._layers);
    });
    this._fit();
  }

  _fit() {
    const bounds = this._config?.bounds;
    if (!this._map) {
      return;
    }
    if (bounds) {
      this._map.fitBounds(bounds, { padding: [32, 32], maxZoom: 17 });
    } else {
      this._map.setView([0, 0], 1);
    }
  }
}

if (!customElements.get('route-map')) {
  customElements.define('route-map', RouteMapElement);
}
})();
