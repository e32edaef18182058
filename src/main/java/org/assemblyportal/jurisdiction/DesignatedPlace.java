package org.assemblyportal.jurisdiction;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A place (or a route) that a local authority designated for assemblies, with its name per
 * language, the points of a route in walking order, its maximum occupancy if the sources give one,
 * and the act that designates it.
 */
public record DesignatedPlace(String code, PlaceKind kind, Map<String, String> name, List<Map<String, String>> points,
        Integer maxOccupancy, Citation occupancyCitation, Citation citation) {

    public DesignatedPlace {
        name = Map.copyOf(name);
        points = points.stream().<Map<String, String>>map(Map::copyOf).toList();
    }

    public String name(Locale locale) {
        return Labels.pick(name, locale, code);
    }

    /** The points of a route in the given language, in order; empty for a place. */
    public List<String> points(Locale locale) {
        return points.stream().map(p -> Labels.pick(p, locale, "")).toList();
    }

    /**
     * Whether a text typed by an organizer names this place: it equals the name in any language,
     * ignoring case, surrounding spaces, repeated spaces and the kind of quotation marks.
     */
    public boolean isNamedBy(String text) {
        return matches(name, text);
    }

    /** Whether the named points of a drafted route are this route's points, in order. */
    public boolean isRoute(List<String> drafted) {
        if (kind != PlaceKind.ROUTE || drafted.size() != points.size() || drafted.isEmpty()) {
            return false;
        }
        for (var i = 0; i < points.size(); i++) {
            if (!matches(points.get(i), drafted.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean matches(Map<String, String> names, String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        var wanted = normalize(text);
        return names.values().stream().anyMatch(n -> normalize(n).equals(wanted));
    }

    static String normalize(String text) {
        return text.strip().replaceAll("\\s+", " ").replaceAll("[«»“”„\"']", "").toLowerCase(Locale.ROOT);
    }
}
