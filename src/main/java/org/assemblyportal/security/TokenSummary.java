package org.assemblyportal.security;

import java.time.Instant;
import java.util.UUID;

/** A token as its owner sees it in lists: never the token itself. */
public record TokenSummary(UUID id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
        Status status) {

    public enum Status { ACTIVE, EXPIRED, REVOKED }
}
