package org.assemblyportal.security;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A row of the administrator's user list. */
public record UserSummary(UUID id, String username, String displayName, Set<GlobalRole> roles, boolean enabled,
        Instant createdAt) {

    public UserSummary {
        roles = Set.copyOf(roles);
    }
}
