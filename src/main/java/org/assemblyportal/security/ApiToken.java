package org.assemblyportal.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A personal access token. Only its SHA-256 is stored; the token itself is shown once. */
@Entity
@Table(name = "api_token")
class ApiToken {

    static final int NAME_MAX = 60;

    @Id
    private UUID id;

    @Column(name = "user_id", nullable = false)
    private UUID userId;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {
    }

    ApiToken(UUID userId, String name, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    boolean usableAt(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }

    void markUsed(Instant now) {
        // One write a minute is enough to tell a user when a token was last used.
        if (lastUsedAt == null || lastUsedAt.plusSeconds(60).isBefore(now)) {
            lastUsedAt = now;
        }
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    UUID userId() {
        return userId;
    }

    TokenSummary summary(Instant now) {
        var status = revokedAt != null ? TokenSummary.Status.REVOKED
                : expiresAt.isAfter(now) ? TokenSummary.Status.ACTIVE : TokenSummary.Status.EXPIRED;
        return new TokenSummary(id, name, createdAt, expiresAt, lastUsedAt, status);
    }
}
