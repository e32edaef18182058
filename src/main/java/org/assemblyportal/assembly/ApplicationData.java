package org.assemblyportal.assembly;

import java.time.LocalDateTime;
import java.util.List;
import org.assemblyportal.jurisdiction.AssemblyForm;

/**
 * The content of a notification or application, as the organizers draft it. Any part may still be
 * missing or wrong: a draft keeps whatever was typed, and the completeness check says what is left.
 */
public record ApplicationData(AssemblyForm form, String purpose, List<Organizer> organizers, String representative,
        String place, List<Waypoint> route, LocalDateTime start, LocalDateTime end, Integer participants,
        Equipment equipment, String stewards, String contacts) {

    public ApplicationData {
        organizers = organizers == null ? List.of() : List.copyOf(organizers);
        route = route == null ? List.of() : List.copyOf(route);
        equipment = equipment == null ? Equipment.NONE : equipment;
    }

    public static ApplicationData empty() {
        return new ApplicationData(null, null, List.of(), null, null, List.of(), null, null, null, Equipment.NONE, null, null);
    }

    /** A person or a legal entity that organizes the assembly. */
    public record Organizer(Kind kind, String name, String idNumber, String address) {

        public enum Kind { INDIVIDUAL, ENTITY }
    }

    /** A named point of a route, in walking order, with coordinates if known. */
    public record Waypoint(String name, Double latitude, Double longitude) {
    }

    /** Things that change what the authority may decide (sound, structures, vehicles). */
    public record Equipment(boolean soundAmplification, boolean structures, boolean vehicles, String details) {

        public static final Equipment NONE = new Equipment(false, false, false, null);

        public boolean any() {
            return soundAmplification || structures || vehicles || (details != null && !details.isBlank());
        }
    }
}
