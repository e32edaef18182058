package org.assemblyportal.monitoring.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.theme.lumo.LumoUtility;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assemblyportal.monitoring.ui.RouteMapData.Marker;
import org.assemblyportal.monitoring.ui.RouteMapData.Position;
import org.assemblyportal.monitoring.ui.RouteMapData.Segment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The list says in words what the map shows; the panel switches between them. No browser, no Spring. */
class RouteMapListTest {

    /** The Almaty march as filed: coordinates for the first and last waypoints only. */
    static final RouteMapData ALMATY = new RouteMapData(List.of(
            new Segment(1, "Shokan Valikhanov square – Shevchenko street",
                    List.of(Position.latLon(43.2389, 76.9286), Position.latLon(43.2417, 76.9055))),
            new Segment(2, "Shevchenko street – Mahatma Gandhi park", List.of())),
            List.of(new Marker(43.2401, 76.9170, "Two fences, no works", "observation", 1),
                    new Marker(43.2395, 76.9300, "Police vans", "observation", null)));

    @BeforeEach
    void vaadin_with_the_portal_translations() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("vaadin-i18n/translations");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        I18NProvider provider = new I18NProvider() {
            @Override
            public List<Locale> getProvidedLocales() {
                return List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"), Locale.forLanguageTag("kk"));
            }

            @Override
            public String getTranslation(String key, Locale locale, Object... params) {
                return messages.getMessage(key, params, locale);
            }
        };
        var service = mock(VaadinService.class);
        var instantiator = mock(Instantiator.class);
        when(service.getInstantiator()).thenReturn(instantiator);
        when(instantiator.getI18NProvider()).thenReturn(provider);
        VaadinService.setCurrent(service);
        var ui = new UI();
        ui.setLocale(Locale.ENGLISH);
        UI.setCurrent(ui);
    }

    @AfterEach
    void clear() {
        UI.setCurrent(null);
        VaadinService.setCurrent(null);
    }

    @Test
    void each_segment_has_its_number_name_length_and_the_markers_on_it() {
        var list = new RouteMapList(ALMATY);

        var segments = items(list).filter(i -> i.getElement().hasAttribute("data-segment")).toList();
        assertThat(segments).hasSize(2);
        assertThat(text(segments.get(0))).contains("Segment 1: Shokan Valikhanov square – Shevchenko street")
                .contains("1,897 m").contains("Two fences, no works").contains("at 43.24010, 76.91700");
        assertThat(text(segments.get(1))).contains("Segment 2: Shevchenko street – Mahatma Gandhi park")
                .contains("No coordinates, length unknown").contains("Nothing marked on this segment.");
        assertThat(text(list)).contains("Length of the segments with coordinates: 1,897 m")
                .contains("Not on a segment").contains("Police vans");
    }

    @Test
    void the_list_speaks_russian_with_the_russian_way_of_writing_numbers() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("ru"));

        assertThat(text(new RouteMapList(ALMATY))).contains("Участок 1: Shokan Valikhanov square")
                .contains("1\u00a0897 м").contains("Нет координат, длина неизвестна");
    }

    @Test
    void the_panel_shows_the_map_and_keeps_the_list_for_screen_readers_then_shows_the_list_alone() {
        var panel = new RouteMapPanel(ALMATY, RouteMapTiles.none());
        var map = find(panel, RouteMap.class);
        var list = find(panel, RouteMapList.class);

        assertThat(map.isVisible()).isTrue();
        assertThat(list.isVisible()).isTrue();
        assertThat(list.hasClassName(LumoUtility.Accessibility.SCREEN_READER_ONLY)).isTrue();
        assertThat(button(panel, RouteMapPanel.ID_SHOW_MAP).getElement().getAttribute("aria-pressed")).isEqualTo("true");

        panel.show(false);

        assertThat(map.isVisible()).isFalse();
        assertThat(list.hasClassName(LumoUtility.Accessibility.SCREEN_READER_ONLY)).isFalse();
        assertThat(button(panel, RouteMapPanel.ID_SHOW_LIST).getElement().getAttribute("aria-pressed")).isEqualTo("true");
    }

    @Test
    void without_coordinates_there_is_no_map_only_the_list() {
        var panel = new RouteMapPanel(new RouteMapData(List.of(new Segment(1, "Square – park", List.of())), List.of()),
                RouteMapTiles.none());

        assertThat(descendants(panel).filter(RouteMap.class::isInstance)).isEmpty();
        assertThat(text(panel)).contains("No segment or observation has coordinates yet").contains("Segment 1: Square – park");
    }

    @Test
    void the_map_is_sent_lines_latitude_first_the_bounds_and_no_tile_url_by_default() throws Exception {
        var config = new ObjectMapper().readTree(find(new RouteMapPanel(ALMATY, RouteMapTiles.none()), RouteMap.class)
                .getElement().getProperty("config"));

        assertThat(config.get("tileUrl").asText()).isEmpty();
        assertThat(config.get("segments")).hasSize(1);
        assertThat(config.at("/segments/0/label").asText()).isEqualTo("1. Shokan Valikhanov square – Shevchenko street");
        assertThat(config.at("/segments/0/latLngs/0/0").asDouble()).isEqualTo(43.2389);
        assertThat(config.at("/bounds/0/0").asDouble()).isEqualTo(43.2389);
        assertThat(config.at("/bounds/1/1").asDouble()).isEqualTo(76.9300);
        assertThat(config.get("markers")).hasSize(2);
        assertThat(config.at("/texts/zoomIn").asText()).isEqualTo("Zoom in");
    }

    @Test
    void a_configured_tile_server_reaches_the_map() throws Exception {
        var tiles = new RouteMapTiles(" https://tiles.example.org/{z}/{x}/{y}.png ", "© OpenStreetMap contributors", 19);
        var config = new ObjectMapper().readTree(new RouteMap(ALMATY, tiles).getElement().getProperty("config"));

        assertThat(config.get("tileUrl").asText()).isEqualTo("https://tiles.example.org/{z}/{x}/{y}.png");
        assertThat(config.get("attribution").asText()).isEqualTo("© OpenStreetMap contributors");
        assertThat(config.get("maxZoom").asInt()).isEqualTo(19);
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(RouteMapListTest::descendants));
    }

    private static Stream<ListItem> items(Component root) {
        return descendants(root).filter(ListItem.class::isInstance).map(ListItem.class::cast);
    }

    private static <T> T find(Component root, Class<T> type) {
        return descendants(root).filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    private static Component button(Component root, String id) {
        return descendants(root).filter(c -> c.getId().filter(id::equals).isPresent()).findFirst().orElseThrow();
    }

    private static String text(Component root) {
        return descendants(root).filter(c -> c.getChildren().findAny().isEmpty()).filter(HasText.class::isInstance)
                .map(c -> ((HasText) c).getText()).collect(Collectors.joining(" | "));
    }
}
