package org.assemblyportal.base;

import java.util.List;

/** Input that breaks one or more rules; each violation names its field and a translation key. */
public class InvalidInputException extends LocalizedException {

    private final transient List<FieldViolation> violations;

    public InvalidInputException(List<FieldViolation> violations) {
        super("error.invalid-input");
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("An invalid input needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    /** One broken rule: the field (as named in the API), the message key and its arguments. */
    public record FieldViolation(String field, String messageKey, List<Object> arguments) {

        public FieldViolation {
            arguments = List.copyOf(arguments);
        }

        public static FieldViolation of(String field, String messageKey, Object... arguments) {
            return new FieldViolation(field, messageKey, List.of(arguments));
        }
    }
}
