package org.assemblyportal.casefile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * What the redacted case file (for publication) leaves out or changes, applied to the case's data as
 * JSON before it is written (decision 017): ID numbers, addresses and contact details are removed;
 * the people who recorded things, monitors and organizers get pseudonyms ({@code person-1},
 * {@code organizer-1}), the same for the same name throughout one export; locations are rounded to
 * three decimal places (about 100 m). The full case file is written with {@link #NONE}.
 */
final class Redaction {

    static final Redaction NONE = new Redaction(false);

    /** Contact details, ID numbers and the like: never in a published copy. */
    private static final Set<String> REMOVED = Set.of("idNumber", "address", "contacts", "stewards", "representative",
            "device", "members", "username", "userId", "email", "phone", "signatory", "ourParticipants");
    /** Who did something (these, and every {@code …By} field): a pseudonym instead of the name. */
    private static final Set<String> PEOPLE = Set.of("recordedBy", "addedBy", "revisedBy", "requestedBy", "displayName",
            "monitor");
    private static final Set<String> COORDINATES = Set.of("latitude", "longitude");
    private static final int DECIMALS = 3;

    private final boolean active;
    private final Map<String, String> pseudonyms = new HashMap<>();

    private Redaction(boolean active) {
        this.active = active;
    }

    static Redaction forPublication() {
        return new Redaction(true);
    }

    boolean active() {
        return active;
    }

    /** Rewrites the tree in place and returns it. */
    JsonNode apply(JsonNode node) {
        if (active) {
            walk(node, null);
        }
        return node;
    }

    /** A person's name as this export shows it. */
    String person(String name) {
        return !active || name == null ? name : pseudonyms.computeIfAbsent("person:" + name, k -> "person-" + count("person"));
    }

    String organizer(String name) {
        return !active || name == null ? name
                : pseudonyms.computeIfAbsent("organizer:" + name, k -> "organizer-" + count("organizer"));
    }

    Double coordinate(Double degrees) {
        return !active || degrees == null ? degrees
                : BigDecimal.valueOf(degrees).setScale(DECIMALS, RoundingMode.HALF_UP).doubleValue();
    }

    private int count(String prefix) {
        return (int) pseudonyms.keySet().stream().filter(k -> k.startsWith(prefix + ":")).count() + 1;
    }

    private void walk(JsonNode node, String parentField) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext();) {
                var field = fields.next();
                var name = field.getKey();
                var value = field.getValue();
                if (REMOVED.contains(name)) {
                    fields.remove();
                } else if ((PEOPLE.contains(name) || name.endsWith("By")) && value.isTextual()) {
                    field.setValue(object.textNode(person(value.textValue())));
                } else if ("name".equals(name) && value.isTextual() && "organizers".equals(parentField)) {
                    field.setValue(object.textNode(organizer(value.textValue())));
                } else if (COORDINATES.contains(name) && value.isNumber()) {
                    field.setValue(object.numberNode(coordinate(value.doubleValue())));
                } else {
                    walk(value, name);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(item -> walk(item, parentField));
        }
    }
}
