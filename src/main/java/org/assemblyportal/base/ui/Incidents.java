package org.assemblyportal.base.ui;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Short random ids that tie a message a user sees to the full details in the server log. */
final class Incidents {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Incidents() {
    }

    static String newId() {
        var bytes = new byte[5];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes).toUpperCase();
    }
}
