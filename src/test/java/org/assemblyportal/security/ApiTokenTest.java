package org.assemblyportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ApiTokenTest {

    private final Instant issued = Instant.parse("2026-01-01T10:00:00Z");
    private final ApiToken token = new ApiToken(UUID.randomUUID(), "phone", "ab".repeat(32), issued,
            issued.plusSeconds(3600));

    @Test
    void a_token_works_until_the_moment_it_expires() {
        assertThat(token.usableAt(issued.plusSeconds(3599))).isTrue();
        assertThat(token.usableAt(issued.plusSeconds(3600))).isFalse();
        assertThat(token.summary(issued.plusSeconds(3600)).status()).isEqualTo(TokenSummary.Status.EXPIRED);
    }

    @Test
    void a_revoked_token_stays_revoked_and_keeps_its_first_revocation_time() {
        token.revoke(issued.plusSeconds(10));
        token.revoke(issued.plusSeconds(20));
        assertThat(token.usableAt(issued.plusSeconds(30))).isFalse();
        assertThat(token.summary(issued.plusSeconds(30)).status()).isEqualTo(TokenSummary.Status.REVOKED);
    }

    @Test
    void use_is_recorded_at_most_once_a_minute() {
        token.markUsed(issued.plusSeconds(1));
        token.markUsed(issued.plusSeconds(30));
        assertThat(token.summary(issued).lastUsedAt()).isEqualTo(issued.plusSeconds(1));
        token.markUsed(issued.plusSeconds(62));
        assertThat(token.summary(issued).lastUsedAt()).isEqualTo(issued.plusSeconds(62));
    }
}
