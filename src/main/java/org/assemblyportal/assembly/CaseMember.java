package org.assemblyportal.assembly;

import java.time.Instant;
import java.util.UUID;

/** A member as listed on the case page: the person's names and their role in the case. */
public record CaseMember(UUID userId, String username, String displayName, CaseRole role, Instant addedAt) {
}
