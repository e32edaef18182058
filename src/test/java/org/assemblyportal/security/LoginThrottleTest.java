package org.assemblyportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-08T09:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock, 3, 10, Duration.ofMinutes(15));

    @Test
    void the_first_failures_cost_nothing() {
        throttle.recordFailure("aigerim", "10.0.0.1");
        throttle.recordFailure("aigerim", "10.0.0.1");
        assertThat(throttle.waitBeforeNextAttempt("aigerim", "10.0.0.1")).isZero();
    }

    @Test
    void each_further_failure_doubles_the_wait_for_that_account_from_any_address() {
        for (var i = 0; i < 3; i++) {
            throttle.recordFailure("aigerim", "10.0.0.1");
        }
        assertThat(throttle.waitBeforeNextAttempt("aigerim", "192.168.5.5")).isEqualTo(Duration.ofSeconds(1));
        throttle.recordFailure("aigerim", "10.0.0.1");
        assertThat(throttle.waitBeforeNextAttempt("aigerim", "192.168.5.5")).isEqualTo(Duration.ofSeconds(2));
        throttle.recordFailure("aigerim", "10.0.0.1");
        assertThat(throttle.waitBeforeNextAttempt("aigerim", null)).isEqualTo(Duration.ofSeconds(4));
        assertThat(throttle.waitBeforeNextAttempt("someone-else", "192.168.5.5")).isZero();
    }

    @Test
    void the_wait_runs_out_and_never_exceeds_the_cap() {
        for (var i = 0; i < 40; i++) {
            throttle.recordFailure("aigerim", "10.0.0.1");
        }
        assertThat(throttle.waitBeforeNextAttempt("aigerim", null)).isEqualTo(Duration.ofMinutes(15));
        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.waitBeforeNextAttempt("aigerim", null)).isZero();
    }

    @Test
    void one_address_guessing_many_names_is_slowed_too() {
        for (var i = 0; i < 10; i++) {
            throttle.recordFailure("name" + i, "10.0.0.9");
        }
        assertThat(throttle.waitBeforeNextAttempt("a-fresh-name", "10.0.0.9")).isPositive();
        assertThat(throttle.waitBeforeNextAttempt("a-fresh-name", "10.0.0.10")).isZero();
    }

    @Test
    void a_success_clears_the_account_but_not_the_address() {
        for (var i = 0; i < 10; i++) {
            throttle.recordFailure("aigerim", "10.0.0.1");
        }
        throttle.recordSuccess("aigerim");
        assertThat(throttle.waitBeforeNextAttempt("aigerim", "10.0.0.2")).isZero();
        assertThat(throttle.waitBeforeNextAttempt("aigerim", "10.0.0.1")).isPositive();
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
