package org.assemblyportal.assembly;

import java.time.LocalDateTime;
import java.util.List;
import org.assemblyportal.jurisdiction.ApplicationField;
import org.assemblyportal.jurisdiction.AssemblyForm;

/**
 * The content of a notification or application, as the organizers draft it. Any part may still be
 * missing or wrong: a draft keeps whatever was typed, and the completeness check says what is left.
 */
public record ApplicationData(AssemblyForm form, String purpose, List<Organizer> organizers, String representative,
        String place, List<Waypoint> route, LocalDateTime start, LocalDateTime end, Integer participants,
        Equipment equipment, String stewards, String contacts,
        // Left out of the JSON while unset, so drafts saved before addressees existed keep their hash.
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        String addressee) {

    /** A draft that names no addressee yet: the portal then picks one from its place (see {@code Addressees}). */
    public ApplicationData(AssemblyForm form, String purpose, List<Organizer> organizers, String representative,
            String place, List<Waypoint> route, LocalDateTime start, LocalDateTime end, Integer participants,
            Equipment equipment, String stewards, String contacts) {
        this(form, purpose, organizers, representative, place, route, start, end, participants, equipment, stewards,
                contacts, null);
    }

    public ApplicationData {
        organizers = organizers == null ? List.of() : List.copyOf(organizers);
        route = route == null ? List.of() : List.copyOf(route);
        equipment = equipment == null ? Equipment.NONE : equipment;
    }

    public static ApplicationData empty() {
        return new ApplicationData(null, null, List.of(), null, null, List.of(), null, null, null, Equipment.NONE, null, null);
    }

    /** Whether this part of the application has been filled in at all (right or wrong). */
    public boolean has(ApplicationField field) {
        return switch (field) {
            case PURPOSE -> filled(purpose);
            case FORM -> form != null;
            case ORGANIZER -> !organizers.isEmpty() && organizers.stream().allMatch(o -> filled(o.name()));
            case REPRESENTATIVE -> filled(representative);
            case PLACE_OR_ROUTE -> filled(place) || route.stream().anyMatch(w -> filled(w.name()));
            case START_AND_END -> start != null && end != null;
            case PARTICIPANTS -> participants != null;
            case EQUIPMENT -> equipment.any();
            case STEWARDS -> filled(stewards);
            case CONTACTS -> filled(contacts);
        };
    }

    private static boolean filled(String text) {
        return text != null && !text.isBlank();
    }

    public ApplicationData withForm(AssemblyForm value) {
        return new ApplicationData(value, purpose, organizers, representative, place, route, start, end, participants, equipment, stewards, contacts, addressee);
    }

    public ApplicationData withPurpose(String value) {
        return new ApplicationData(form, value, organizers, representative, place, route, start, end, participants, equipment, stewards, contacts, addressee);
    }

    public ApplicationData withOrganizers(List<Organizer> value) {
        return new ApplicationData(form, purpose, value, representative, place, route, start, end, participants, equipment, stewards, contacts, addressee);
    }

    public ApplicationData withRepresentative(String value) {
        return new ApplicationData(form, purpose, organizers, value, place, route, start, end, participants, equipment, stewards, contacts, addressee);
    }

    public ApplicationData withPlace(String value) {
        return new ApplicationData(form, purpose, organizers, representative, value, route, start, end, participants, equipment, stewards, contacts, addressee);
    }

    public ApplicationData withRoute(List<Waypoint> value) {
        return new ApplicationData(form, purpose, organizers, representative, place, value, start, end, participants, equipment, stewards, contacts, addressee);
    }

    public ApplicationData withTimes(LocalDateTime newStart, LocalDateTime newEnd) {
        return new ApplicationData(form, purpose, organizers, representative, place, route, newStart, newEnd, participants, equipment, stewards, contacts, addressee);
    }

    public ApplicationData withParticipants(Integer value) {
        return new ApplicationData(form, purpose, organizers, representative, place, route, start, end, value, equipment, stewards, contacts, addressee);
    }

    public ApplicationData withEquipment(Equipment value) {
        return new ApplicationData(form, purpose, organizers, representative, place, route, start, end, participants, value, stewards, contacts, addressee);
    }

    public ApplicationData withStewards(String value) {
        return new ApplicationData(form, purpose, organizers, representative, place, route, start, end, participants, equipment, value, contacts, addressee);
    }

    public ApplicationData withContacts(String value) {
        return new ApplicationData(form, purpose, organizers, representative, place, route, start, end, participants, equipment, stewards, value, addressee);
    }

    /** The authority the organizers address, by its code in the rule file's list of addressees. */
    public ApplicationData withAddressee(String value) {
        return new ApplicationData(form, purpose, organizers, representative, place, route, start, end, participants, equipment, stewards, contacts, value);
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
