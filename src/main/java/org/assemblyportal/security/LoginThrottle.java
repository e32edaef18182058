package org.assemblyportal.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after a few failures for one account name or from one network
 * address, every further attempt must wait twice as long as the last, up to a cap. Unknown account
 * names are counted like real ones, so the delay reveals nothing about which accounts exist.
 * Kept in memory: one portal node is the supported deployment (see docs/decisions/003).
 */
@Component
class LoginThrottle {

    private static final int MAX_TRACKED_KEYS = 100_000;

    private final Clock clock;
    private final int freeAttemptsPerAccount;
    private final int freeAttemptsPerAddress;
    private final Duration maxDelay;
    private final Map<String, Failures> accounts = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock,
            @Value("${portal.login.free-attempts-per-account:5}") int freeAttemptsPerAccount,
            @Value("${portal.login.free-attempts-per-address:20}") int freeAttemptsPerAddress,
            @Value("${portal.login.max-delay:PT15M}") Duration maxDelay) {
        this.clock = clock;
        this.freeAttemptsPerAccount = freeAttemptsPerAccount;
        this.freeAttemptsPerAddress = freeAttemptsPerAddress;
        this.maxDelay = maxDelay;
    }

    /** How long the caller must still wait before trying this account from this address. */
    Duration waitBeforeNextAttempt(String username, String address) {
        var now = clock.instant();
        var account = remaining(accounts.get(username), now);
        var network = address == null ? Duration.ZERO : remaining(addresses.get(address), now);
        return account.compareTo(network) >= 0 ? account : network;
    }

    void recordFailure(String username, String address) {
        var now = clock.instant();
        evictIfFull(now);
        accounts.merge(username, Failures.first(now, freeAttemptsPerAccount, maxDelay),
                (old, ignored) -> old.next(now, freeAttemptsPerAccount, maxDelay));
        if (address != null) {
            addresses.merge(address, Failures.first(now, freeAttemptsPerAddress, maxDelay),
                    (old, ignored) -> old.next(now, freeAttemptsPerAddress, maxDelay));
        }
    }

    void recordSuccess(String username) {
        accounts.remove(username);
    }

    private static Duration remaining(Failures failures, Instant now) {
        if (failures == null || !failures.blockedUntil().isAfter(now)) {
            return Duration.ZERO;
        }
        return Duration.between(now, failures.blockedUntil());
    }

    /** Bounded memory under a flood of made-up names: forget entries idle for longer than the cap. */
    private void evictIfFull(Instant now) {
        if (accounts.size() + addresses.size() < MAX_TRACKED_KEYS) {
            return;
        }
        var horizon = now.minus(maxDelay);
        accounts.values().removeIf(f -> f.lastFailure().isBefore(horizon));
        addresses.values().removeIf(f -> f.lastFailure().isBefore(horizon));
    }

    private record Failures(int count, Instant lastFailure, Instant blockedUntil) {

        static Failures first(Instant now, int freeAttempts, Duration maxDelay) {
            return new Failures(0, now, now).next(now, freeAttempts, maxDelay);
        }

        Failures next(Instant now, int freeAttempts, Duration maxDelay) {
            var count = count() + 1;
            if (count < freeAttempts) {
                return new Failures(count, now, now);
            }
            var exponent = Math.min(count - freeAttempts, 20);
            var delay = Duration.ofSeconds(1L << exponent);
            return new Failures(count, now, now.plus(delay.compareTo(maxDelay) > 0 ? maxDelay : delay));
        }
    }
}
