package org.assemblyportal.jurisdiction;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where assemblies may be held, as the rule file lists it: the legal basis of designated places,
 * what exceeding their occupancy leads to, and per locality the places, routes and restricted
 * zones. Jurisdictions without designated places have {@link #none()}.
 */
public record DesignatedPlaces(LabeledRule basis, LabeledRule overCapacity, Map<String, String> note,
        List<Locality> localities) {

    public DesignatedPlaces {
        note = Map.copyOf(note);
        localities = List.copyOf(localities);
    }

    public static DesignatedPlaces none() {
        return new DesignatedPlaces(null, null, Map.of(), List.of());
    }

    /**
     * The places, routes and zones designated on {@code day} (each in force by its citation): the
     * Almaty list of 2020 until the maslikhat's decision of August 2024, the new one after. Null: all.
     */
    public DesignatedPlaces on(java.time.LocalDate day) {
        if (day == null) {
            return this;
        }
        var current = localities.stream().map(l -> new Locality(l.code(), l.name(), l.note(),
                l.places().stream().filter(p -> p.citation() == null || p.citation().inForce().covers(day)).toList(),
                l.restrictions().stream().filter(r -> r.citation() == null || r.citation().inForce().covers(day)).toList()))
                .toList();
        return new DesignatedPlaces(basis, overCapacity, note, current);
    }

    /** Whether the rule file lists any designated place or restricted zone. */
    public boolean listsAny() {
        return localities.stream().anyMatch(l -> !l.places().isEmpty() || !l.restrictions().isEmpty());
    }

    public String note(Locale locale) {
        return note.isEmpty() ? "" : Labels.pick(note, locale, "");
    }

    /** Every designated place and route of every locality. */
    public Stream<DesignatedPlace> allPlaces() {
        return localities.stream().flatMap(l -> l.places().stream());
    }

    /** The locality that lists a place. */
    public Optional<Locality> localityOf(DesignatedPlace place) {
        return localities.stream().filter(l -> l.places().contains(place)).findFirst();
    }
}
