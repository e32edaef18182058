package org.assemblyportal.evidence;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the ledger tests share, so that they share one Spring context: two {@link LedgerSource}s whose
 * records the tests set by hand ("note" and "member"), and a way past the append-only triggers.
 */
@TestConfiguration(proxyBeanMethods = false)
class LedgerTestSupport {

    static final UploadPolicy PDFS = UploadPolicy.of(1, ContentType.PDF);

    @Bean
    Records notes() {
        return new Records("note");
    }

    @Bean
    Records members() {
        return new Records("member");
    }

    /** A feature's records in memory: per case, subject → payload. */
    static final class Records implements LedgerSource {
        private final String kind;
        private final Map<UUID, Map<String, Object>> byCase = new ConcurrentHashMap<>();

        Records(String kind) {
            this.kind = kind;
        }

        @Override
        public String kind() {
            return kind;
        }

        @Override
        public Map<String, Object> currentPayloads(UUID caseId) {
            return new TreeMap<>(byCase.getOrDefault(caseId, Map.of()));
        }

        void put(UUID caseId, String subject, Object payload) {
            byCase.computeIfAbsent(caseId, id -> new ConcurrentHashMap<>()).put(subject, payload);
        }

        void remove(UUID caseId, String subject) {
            byCase.getOrDefault(caseId, new ConcurrentHashMap<>()).remove(subject);
        }

        Object get(UUID caseId, String subject) {
            return byCase.get(caseId).get(subject);
        }
    }

    static Map<String, Object> note(String text, int count, List<LedgerFile> files) {
        var note = new LinkedHashMap<String, Object>();
        note.put("text", text);
        note.put("count", count);
        note.put("files", files);
        note.put("v", 1);
        return note;
    }

    /** A small PDF nobody else has, so that damaging it in one test cannot touch another's. */
    static StoredBlob uniqueBlob(BlobStore blobs) {
        var bytes = ("%PDF-1.7\n% " + UUID.randomUUID() + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        return blobs.store(new ByteArrayInputStream(bytes), "proof.pdf", PDFS);
    }

    /**
     * Runs the action with the append-only triggers off, as a table owner could, and puts them back. On H2
     * a trigger can only be dropped and created again (the same statements as db/vendor/h2/V14_1); on
     * PostgreSQL it is disabled and enabled. Tests that use this run one at a time in their JVM.
     */
    static void withoutAppendOnlyTriggers(DataSource dataSource, Runnable action) {
        var jdbc = JdbcClient.create(dataSource);
        var postgres = isPostgres(dataSource);
        var tables = List.of("ledger_entry", "ledger_checkpoint");
        for (var table : tables) {
            jdbc.sql(postgres ? "alter table " + table + " disable trigger " + table + "_append_only"
                    : "drop trigger " + table + "_append_only").update();
        }
        try {
            action.run();
        } finally {
            for (var table : tables) {
                jdbc.sql(postgres ? "alter table " + table + " enable trigger " + table + "_append_only"
                        : "create trigger " + table + "_append_only before update, delete on " + table
                                + " for each row call 'org.assemblyportal.evidence.LedgerAppendOnlyTrigger'").update();
            }
        }
    }

    static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
