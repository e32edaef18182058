package org.assemblyportal.assembly;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.assemblyportal.jurisdiction.ApplicationField;
import org.assemblyportal.jurisdiction.ApplicationSpec;
import org.assemblyportal.jurisdiction.IdScheme;

/**
 * The draft's value of each field as lines of text. What the organizers typed is printed once and
 * verbatim; words the portal adds (kinds, flags, dates) come in every document language.
 */
final class ApplicationValues {

    private static final DateTimeFormatter TIME_ONLY = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private final DocumentText text;
    private final ApplicationSpec spec;

    ApplicationValues(DocumentText text, ApplicationSpec spec) {
        this.text = text;
        this.spec = spec;
    }

    List<String> of(ApplicationField field, ApplicationData data) {
        var lines = switch (field) {
            case PURPOSE -> given(data.purpose());
            case FORM -> data.form() == null ? List.<String>of() : List.of(text.joined(data.form().messageKey()));
            case ORGANIZER -> organizers(data.organizers());
            case REPRESENTATIVE -> given(data.representative());
            case PLACE_OR_ROUTE -> placeAndRoute(data);
            case START_AND_END -> startAndEnd(data.start(), data.end());
            case PARTICIPANTS -> data.participants() == null ? List.<String>of() : List.of(data.participants().toString());
            case EQUIPMENT -> equipment(data.equipment());
            case STEWARDS -> given(data.stewards());
            case CONTACTS -> given(data.contacts());
        };
        return lines.isEmpty() ? List.of(text.joined("pdf.application.not-given")) : lines;
    }

    private List<String> organizers(List<ApplicationData.Organizer> organizers) {
        var lines = new ArrayList<String>();
        var number = 0;
        for (var organizer : organizers) {
            number++;
            lines.add((organizers.size() > 1 ? number + ". " : "") + nullToEmpty(organizer.name()));
            var details = new ArrayList<String>();
            if (organizer.kind() != null) {
                details.add(text.joined(kindKey(organizer.kind())));
            }
            if (hasText(organizer.idNumber())) {
                details.add(idLabel(organizer.kind()) + " " + organizer.idNumber());
            }
            if (!details.isEmpty()) {
                lines.add(String.join(" · ", details));
            }
            if (hasText(organizer.address())) {
                lines.add(text.joined("pdf.application.address") + ": " + organizer.address());
            }
        }
        return lines;
    }

    static String kindKey(ApplicationData.Organizer.Kind kind) {
        return kind == ApplicationData.Organizer.Kind.ENTITY ? "pdf.application.organizer.entity"
                : "pdf.application.organizer.individual";
    }

    /** The jurisdiction's own name for the number (IIN, BIN) where it has one. */
    private String idLabel(ApplicationData.Organizer.Kind kind) {
        IdScheme scheme = kind == ApplicationData.Organizer.Kind.ENTITY ? spec.entityId() : spec.individualId();
        return text.joined(scheme == null ? "pdf.application.id-number" : scheme.messageKey());
    }

    private List<String> placeAndRoute(ApplicationData data) {
        var lines = new ArrayList<String>();
        if (hasText(data.place())) {
            lines.add(text.joined("pdf.application.place") + ": " + data.place());
        }
        if (!data.route().isEmpty()) {
            lines.add(text.joined("pdf.application.route") + ":");
            var number = 0;
            for (var point : data.route()) {
                number++;
                lines.add(number + ". " + nullToEmpty(point.name()) + coordinates(point));
            }
        }
        return lines;
    }

    /** Five decimals are about a metre: enough to find a corner, stable across renders. */
    private static String coordinates(ApplicationData.Waypoint point) {
        return point.latitude() == null || point.longitude() == null ? ""
                : String.format(Locale.ROOT, " (%.5f, %.5f)", point.latitude(), point.longitude());
    }

    private List<String> startAndEnd(LocalDateTime start, LocalDateTime end) {
        if (start == null && end == null) {
            return List.of();
        }
        var starts = start == null ? null : text.dateTime(start);
        var ends = end == null ? null : text.dateTime(end);
        var notGiven = text.joined("pdf.application.not-given");
        var lines = new ArrayList<String>();
        for (var i = 0; i < text.languages().size(); i++) {
            var from = starts == null ? notGiven : starts.get(i);
            var to = ends == null ? notGiven
                    : start != null && end.toLocalDate().equals(start.toLocalDate()) ? TIME_ONLY.format(end) : ends.get(i);
            var line = from + " – " + to;
            if (!lines.contains(line)) {
                lines.add(line);
            }
        }
        return lines;
    }

    private List<String> equipment(ApplicationData.Equipment equipment) {
        var used = new ArrayList<String>();
        if (equipment.soundAmplification()) {
            used.add(text.joined("pdf.application.equipment.sound"));
        }
        if (equipment.structures()) {
            used.add(text.joined("pdf.application.equipment.structures"));
        }
        if (equipment.vehicles()) {
            used.add(text.joined("pdf.application.equipment.vehicles"));
        }
        if (!equipment.any()) {
            return List.of(text.joined("pdf.application.equipment.none"));
        }
        var lines = new ArrayList<String>();
        if (!used.isEmpty()) {
            lines.add(String.join("; ", used));
        }
        if (hasText(equipment.details())) {
            lines.add(equipment.details());
        }
        return lines;
    }

    private static List<String> given(String value) {
        return hasText(value) ? List.of(value) : List.of();
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
