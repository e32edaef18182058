package org.assemblyportal.base;

import java.util.ArrayList;
import java.util.List;
import org.assemblyportal.base.InvalidInputException.FieldViolation;

/** Collects every violation of an input before failing, so the user sees them all at once. */
public final class Violations {

    private final List<FieldViolation> found = new ArrayList<>();

    public Violations add(String field, String messageKey, Object... arguments) {
        found.add(FieldViolation.of(field, messageKey, arguments));
        return this;
    }

    public Violations requireText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            add(field, "validation.required");
        } else if (value.strip().length() > maxLength) {
            add(field, "validation.too-long", maxLength);
        }
        return this;
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }
}
