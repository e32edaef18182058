package org.assemblyportal.base;

import java.util.Locale;
import java.util.Optional;

/**
 * What the application shell needs to know about the person using it. The security feature
 * implements it, so the shell does not depend on how users are stored.
 */
public interface SignedInUser {

    /** The signed-in user's display name, or empty for an anonymous visitor. */
    Optional<String> displayName();

    /** The language this user chose last time, if they chose one. */
    Optional<Locale> preferredLocale();

    /** Remembers the user's language choice; does nothing for an anonymous visitor. */
    void rememberLocale(Locale locale);

    /** Ends the session and returns to the login page. */
    void logout();
}
