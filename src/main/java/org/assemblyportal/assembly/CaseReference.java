package org.assemblyportal.assembly;

import java.util.Locale;
import java.util.UUID;

/**
 * The short, human-readable reference of a case printed on its documents: "AP-" and the first
 * eight hex digits of the case id, upper-cased. Derived, never stored, so it cannot drift from the
 * case; eight digits are enough for a person to read out and to find the case by.
 */
public final class CaseReference {

    private CaseReference() {
    }

    public static String of(UUID caseId) {
        return "AP-" + caseId.toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }
}
