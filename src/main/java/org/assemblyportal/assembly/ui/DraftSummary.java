package org.assemblyportal.assembly.ui;

import com.vaadin.flow.component.Component;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Locale;
import java.util.stream.Collectors;
import org.assemblyportal.assembly.ApplicationData;
import org.assemblyportal.jurisdiction.ApplicationField;

/** One line of plain text per part of the application, for the review step. */
final class DraftSummary {

    private DraftSummary() {
    }

    static String of(ApplicationField field, ApplicationData data, Component translator, Locale locale) {
        return switch (field) {
            case FORM -> data.form() == null ? "" : translator.getTranslation(data.form().messageKey());
            case PURPOSE -> nz(data.purpose());
            case ORGANIZER -> data.organizers().stream()
                    .map(o -> String.join(", ", nonBlank(o.name(), o.idNumber(), o.address())))
                    .filter(s -> !s.isBlank()).collect(Collectors.joining("; "));
            case REPRESENTATIVE -> nz(data.representative());
            case PLACE_OR_ROUTE -> String.join(" → ", nonBlank(data.place(), data.route().stream()
                    .map(w -> nz(w.name())).filter(s -> !s.isBlank()).collect(Collectors.joining(" → "))));
            case START_AND_END -> String.join(" – ", nonBlank(time(data.start(), locale), time(data.end(), locale)));
            case PARTICIPANTS -> data.participants() == null ? "" : String.format(locale, "%,d", data.participants());
            case EQUIPMENT -> equipment(data.equipment(), translator);
            case STEWARDS -> nz(data.stewards());
            case CONTACTS -> nz(data.contacts());
        };
    }

    private static String equipment(ApplicationData.Equipment equipment, Component translator) {
        var parts = new ArrayList<String>();
        if (equipment.soundAmplification()) {
            parts.add(translator.getTranslation("draft.equipment.sound"));
        }
        if (equipment.structures()) {
            parts.add(translator.getTranslation("draft.equipment.structures"));
        }
        if (equipment.vehicles()) {
            parts.add(translator.getTranslation("draft.equipment.vehicles"));
        }
        if (equipment.details() != null && !equipment.details().isBlank()) {
            parts.add(equipment.details());
        }
        return String.join("; ", parts);
    }

    private static String time(LocalDateTime time, Locale locale) {
        return time == null ? null : time.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale));
    }

    private static java.util.List<String> nonBlank(String... texts) {
        var list = new ArrayList<String>();
        for (var text : texts) {
            if (text != null && !text.isBlank()) {
                list.add(text.strip());
            }
        }
        return list;
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
