package org.assemblyportal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Service tests run on a fixed day, so that dates in them mean the same whenever they run. */
@TestConfiguration(proxyBeanMethods = false)
public class TestClock {

    public static final Instant NOW = Instant.parse("2026-11-24T06:00:00Z");
    /** The same day in Almaty and in London. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Bean
    @Primary
    Clock fixedClock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
