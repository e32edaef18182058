package org.assemblyportal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The migrations run, and the database is the one this run promised to test. */
@ServiceTest
class DatabaseTest {

    @Autowired
    DataSource dataSource;

    @Test
    void the_tests_run_on_the_database_they_were_asked_to_use() throws SQLException {
        try (var connection = dataSource.getConnection()) {
            var product = connection.getMetaData().getDatabaseProductName();
            assertThat(product).isEqualTo(TestDatabase.postgresRequested() ? "PostgreSQL" : "H2");
        }
    }

    @Test
    void in_ci_a_missing_postgresql_is_a_failure_not_a_skip() {
        if ("true".equals(System.getenv("CI"))) {
            assertThat(System.getenv(TestDatabase.URL_VARIABLE))
                    .as("CI must provide PostgreSQL through " + TestDatabase.URL_VARIABLE + " (.ci/run starts one)")
                    .isNotBlank();
        }
    }
}
