package org.assemblyportal.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.assemblyportal.base.NotFoundException;
import org.assemblyportal.base.Violations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens for phone apps and integrations. A token is 256 random bits, so a fast
 * SHA-256 of it is a safe thing to store and look up (a slow password hash is for guessable secrets).
 */
@Service
@Transactional
public class TokenService {

    static final String PREFIX = "ap_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final UserAccountRepository users;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Duration lifetime;

    TokenService(ApiTokenRepository tokens, UserAccountRepository users, CurrentUser currentUser, Clock clock,
            @Value("${portal.api.token-lifetime:P90D}") Duration lifetime) {
        this.tokens = tokens;
        this.users = users;
        this.currentUser = currentUser;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    @PreAuthorize("isAuthenticated()")
    public IssuedToken issue(String name) {
        var label = name == null || name.isBlank() ? "API" : name.strip();
        new Violations().requireText("name", label, ApiToken.NAME_MAX).throwIfAny();
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        var raw = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var now = clock.instant();
        var token = tokens.save(new ApiToken(currentUser.id(), label, sha256(raw), now, now.plus(lifetime)));
        return new IssuedToken(token.summary(now).id(), label, raw, now.plus(lifetime));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TokenSummary> mine() {
        var now = clock.instant();
        return tokens.findByUserIdOrderByCreatedAtDesc(currentUser.id()).stream().map(t -> t.summary(now)).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public void revoke(UUID tokenId) {
        tokens.findByIdAndUserId(tokenId, currentUser.id())
                .orElseThrow(() -> new NotFoundException("token.not-found"))
                .revoke(clock.instant());
    }

    /** The active user a presented token belongs to, if the token is known, unexpired and unrevoked. */
    Optional<PortalUserDetails> authenticate(String raw) {
        if (raw == null || !raw.startsWith(PREFIX) || raw.length() > 100) {
            return Optional.empty();
        }
        var now = clock.instant();
        return tokens.findByTokenHash(sha256(raw))
                .filter(token -> token.usableAt(now))
                .flatMap(token -> {
                    token.markUsed(now);
                    return users.findById(token.userId());
                })
                .filter(UserAccount::enabled)
                .map(PortalUserDetails::new);
    }

    static String sha256(String value) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
        }
    }
}
