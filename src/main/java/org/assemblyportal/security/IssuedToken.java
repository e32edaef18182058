package org.assemblyportal.security;

import java.time.Instant;
import java.util.UUID;

/** A new token, returned once: the portal keeps only its hash. */
public record IssuedToken(UUID id, String name, String token, Instant expiresAt) {
}
