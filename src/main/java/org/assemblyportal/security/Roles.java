package org.assemblyportal.security;

/** Names of the global roles, for {@code @RolesAllowed} on views and {@code hasRole} in services. */
public final class Roles {

    public static final String ORGANIZER = "ORGANIZER";
    public static final String MONITOR = "MONITOR";
    public static final String LAWYER = "LAWYER";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
