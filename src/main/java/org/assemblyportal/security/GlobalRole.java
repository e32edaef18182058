package org.assemblyportal.security;

/** What a user may do across the portal; what they may do in a case depends on their case role. */
public enum GlobalRole {
    ORGANIZER, MONITOR, LAWYER, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }

    public String messageKey() {
        return "role." + name().toLowerCase();
    }
}
