package org.assemblyportal.assembly;

import java.util.Locale;
import java.util.Optional;
import org.assemblyportal.jurisdiction.ApplicationSpec.Addressee;
import org.assemblyportal.jurisdiction.Jurisdiction;

/**
 * Whom an application is addressed to: the organizers' choice if they made one, else the body of
 * the locality whose designated place or route the draft names (Almaty's squares lead to the
 * akimat of the city of Almaty), else the only body the rule file lists. Empty when none of these
 * decides: the document then names the authority in general terms and the wizard asks.
 */
public final class Addressees {

    private Addressees() {
    }

    public static Optional<Addressee> of(Jurisdiction jurisdiction, ApplicationData data) {
        var spec = jurisdiction.application();
        var chosen = spec.addressee(data.addressee());
        if (chosen.isPresent()) {
            return chosen;
        }
        var places = jurisdiction.places().on(data.start() == null ? null : data.start().toLocalDate());
        var points = data.route().stream().map(ApplicationData.Waypoint::name).filter(n -> n != null && !n.isBlank()).toList();
        var byPlace = places.allPlaces().filter(p -> p.isNamedBy(data.place()) || p.isRoute(points)).findFirst()
                .flatMap(places::localityOf).flatMap(locality -> spec.addresseeOf(locality.code()));
        if (byPlace.isPresent()) {
            return byPlace;
        }
        return spec.addressees().size() == 1 ? Optional.of(spec.addressees().get(0)) : Optional.empty();
    }

    /** The heading line of the document in {@code language}: the addressee's, or the rule file's general one. */
    public static String heading(Jurisdiction jurisdiction, ApplicationData data, Locale language) {
        return of(jurisdiction, data).map(a -> a.heading(language))
                .orElseGet(() -> jurisdiction.application().authority(language));
    }
}
