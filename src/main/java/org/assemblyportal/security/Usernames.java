package org.assemblyportal.security;

import java.util.Locale;
import java.util.regex.Pattern;

/** Sign-in names are case-insensitive and limited to a safe alphabet. */
final class Usernames {

    static final Pattern ALLOWED = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");

    private Usernames() {
    }

    static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
