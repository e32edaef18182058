package org.assemblyportal.jurisdiction;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A city or district whose authority designated places for assemblies and restricted zones. */
public record Locality(String code, Map<String, String> name, Map<String, String> note, List<DesignatedPlace> places,
        List<PlaceRestriction> restrictions) {

    public Locality {
        name = Map.copyOf(name);
        note = Map.copyOf(note);
        places = List.copyOf(places);
        restrictions = List.copyOf(restrictions);
    }

    public String name(Locale locale) {
        return Labels.pick(name, locale, code);
    }

    public String note(Locale locale) {
        return note.isEmpty() ? "" : Labels.pick(note, locale, "");
    }
}
