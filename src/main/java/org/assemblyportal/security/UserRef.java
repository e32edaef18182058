package org.assemblyportal.security;

import java.util.Set;
import java.util.UUID;

/** A user as other features see them: id, sign-in name, display name and global roles. */
public record UserRef(UUID id, String username, String displayName, Set<GlobalRole> roles) {

    public UserRef {
        roles = Set.copyOf(roles);
    }

    public boolean has(GlobalRole role) {
        return roles.contains(role);
    }
}
