package org.assemblyportal.security;

import java.util.Set;

/** An account an administrator opens, with its global roles. */
public record NewUser(String username, String displayName, String password, Set<GlobalRole> roles) {

    public NewUser {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
