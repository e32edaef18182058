package org.assemblyportal;

import java.util.HashMap;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points service tests at PostgreSQL when {@code portal.test.database=postgres}: the URL comes
 * from {@code PORTAL_TEST_POSTGRES_URL} (user and password may be in it, or in
 * {@code PORTAL_TEST_POSTGRES_USER} and {@code PORTAL_TEST_POSTGRES_PASSWORD}).
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String URL_VARIABLE = "PORTAL_TEST_POSTGRES_URL";

    public static boolean postgresRequested() {
        return "postgres".equals(System.getProperty("portal.test.database"));
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (!postgresRequested()) {
            return;
        }
        var url = System.getenv(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("portal.test.database=postgres needs " + URL_VARIABLE);
        }
        var properties = new HashMap<String, Object>();
        properties.put("spring.datasource.url", url);
        properties.put("spring.datasource.username", envOr("PORTAL_TEST_POSTGRES_USER", ""));
        properties.put("spring.datasource.password", envOr("PORTAL_TEST_POSTGRES_PASSWORD", ""));
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("postgres-tests", properties));
    }

    private static String envOr(String name, String fallback) {
        var value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
