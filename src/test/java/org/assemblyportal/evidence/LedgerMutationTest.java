package org.assemblyportal.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assemblyportal.evidence.LedgerTestSupport.note;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.assemblyportal.ServiceTest;
import org.assemblyportal.evidence.LedgerBreak.Kind;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every way of changing a ledger, its records or its files behind the services' back is reported, with
 * the right kind and naming the right entry, record, field or file. The mutations are generated: every
 * column of every entry, the head, missing, forged and swapped entries, checkpoints, every field of every
 * record, records without entries, vanished records, and the files. Each runs on a fresh six-entry ledger;
 * changes to ledger rows go past the append-only triggers ({@link LedgerTestSupport#withoutAppendOnlyTriggers}).
 */
@ServiceTest
@Import(LedgerTestSupport.class)
class LedgerMutationTest {

    static final List<String> ENTRY_COLUMNS = List.of("case_id", "seq", "recorded_at", "actor", "event_type", "subject",
            "payload_sha256", "prev_hash", "entry_hash", "entry_json", "payload_json");
    static final int SIZE = 6;

    @Autowired
    CaseLedger ledger;
    @Autowired
    LedgerChecker checker;
    @Autowired
    BlobStore blobs;
    @Autowired
    LedgerTestSupport.Records notes;
    @Autowired
    LedgerTestSupport.Records members;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Value("${portal.evidence.blob-dir}")
    Path blobDir;

    /** A built ledger: its case and the file note/b brought in. */
    record Built(UUID caseId, StoredBlob file) {
    }

    /** What the first break must say; null parts are not checked. */
    record Expected(Kind kind, Long seq, String subject, String field, String sha256) {
        static Expected of(Kind kind, long seq) {
            return new Expected(kind, seq, null, null, null);
        }

        static Expected of(Kind kind, long seq, String field) {
            return new Expected(kind, seq, null, field, null);
        }

        static Expected record(Kind kind, String subject, String field) {
            return new Expected(kind, null, subject, field, null);
        }
    }

    /**
     * Six entries by two people and the portal: note/a recorded and corrected, note/b with a file, member/m
     * added and removed, note/c; checkpoints at 4 and 6 entries.
     */
    Built build() {
        var caseId = UUID.randomUUID();
        var alice = UUID.randomUUID();
        var bob = UUID.randomUUID();
        var file = LedgerTestSupport.uniqueBlob(blobs);
        var tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(status -> {
            record(caseId, notes, "note.recorded", "note/a", alice, note("Police closed the square", 1, List.of()));
            record(caseId, notes, "note.recorded", "note/b", bob, note("Photo of the notice", 2,
                    List.of(LedgerFile.of(file))));
            record(caseId, notes, "note.corrected", "note/a", alice, note("Police closed the north square", 1, List.of()));
            record(caseId, members, "member.added", "member/m", null, Map.of("role", "MONITOR"));
            ledger.checkpoint(caseId);
        });
        tx.executeWithoutResult(status -> {
            members.remove(caseId, "member/m");
            ledger.append(new LedgerEvent(caseId, "member.removed", "member/m", alice, Map.of("reason", "left")));
            record(caseId, notes, "note.recorded", "note/c", bob, note("Detentions at 12:40", 3, List.of()));
            ledger.checkpoint(caseId);
        });
        return new Built(caseId, file);
    }

    private void record(UUID caseId, LedgerTestSupport.Records source, String type, String subject, UUID actor,
            Object payload) {
        source.put(caseId, subject, payload);
        ledger.append(new LedgerEvent(caseId, type, subject, actor, payload));
    }

    @Test
    void an_untouched_ledger_verifies_and_counts_what_it_checked() {
        var built = build();

        var report = checker.check(built.caseId());

        assertThat(report.breaks()).isEmpty();
        assertThat(report.ok()).isTrue();
        assertThat(report.entriesChecked()).isEqualTo(SIZE);
        assertThat(report.size()).isEqualTo(SIZE);
        assertThat(report.filesChecked()).isEqualTo(1);
        assertThat(report.recordsChecked()).isEqualTo(3);
        assertThat(report.root()).isEqualTo(ledger.lastCheckpoint(built.caseId()).orElseThrow().root());
    }

    @TestFactory
    Stream<DynamicTest> every_column_of_every_entry_changed_is_reported_at_that_entry() {
        List<DynamicTest> tests = new ArrayList<>();
        for (long seq = 1; seq <= SIZE; seq++) {
            var s = seq;
            for (var column : ENTRY_COLUMNS) {
                tests.add(DynamicTest.dynamicTest(column + " of entry " + seq,
                        () -> expect(built -> changeColumn(built.caseId(), s, column), expectedForColumn(column, s))));
            }
            tests.add(DynamicTest.dynamicTest("entry_json of entry " + seq + " reformatted",
                    () -> expect(built -> updateEntry(built.caseId(), s, "entry_json",
                            entry(built.caseId(), s).entryJson().replaceFirst(":", ": ")), Expected.of(Kind.ENTRY_HASH, s))));
            tests.add(DynamicTest.dynamicTest("entry " + seq + " rewritten consistently",
                    () -> expect(built -> rewriteConsistently(built.caseId(), s),
                            s < SIZE ? Expected.of(Kind.CHAIN_LINK, s + 1) : Expected.of(Kind.HEAD, SIZE))));
            tests.add(DynamicTest.dynamicTest("entry " + seq + " deleted",
                    () -> expect(built -> deleteEntry(built.caseId(), s),
                            s < SIZE ? Expected.of(Kind.SEQUENCE, s) : Expected.of(Kind.HEAD, SIZE - 1))));
            if (seq < SIZE) {
                tests.add(DynamicTest.dynamicTest("entries " + seq + " and " + (seq + 1) + " swapped",
                        () -> expect(built -> swap(built.caseId(), s), Expected.of(Kind.SEQUENCE, s))));
            }
        }
        return tests.stream();
    }

    private static Expected expectedForColumn(String column, long seq) {
        return switch (column) {
            // the entry leaves this case: a gap, or, for the last one, a head that points past the end
            case "case_id" -> seq < SIZE ? Expected.of(Kind.SEQUENCE, seq) : Expected.of(Kind.HEAD, SIZE - 1);
            case "seq" -> Expected.of(Kind.SEQUENCE, seq);
            case "recorded_at" -> Expected.of(Kind.ENTRY_FIELD, seq, "at");
            case "actor" -> Expected.of(Kind.ENTRY_FIELD, seq, "actor");
            case "event_type" -> Expected.of(Kind.ENTRY_FIELD, seq, "type");
            case "subject" -> Expected.of(Kind.ENTRY_FIELD, seq, "subject");
            case "payload_sha256" -> Expected.of(Kind.ENTRY_FIELD, seq, "payload");
            case "prev_hash" -> Expected.of(Kind.ENTRY_FIELD, seq, "prev");
            case "entry_hash" -> Expected.of(Kind.ENTRY_HASH, seq);
            case "entry_json" -> Expected.of(Kind.ENTRY_FIELD, seq, "type");
            case "payload_json" -> Expected.of(Kind.PAYLOAD_HASH, seq);
            default -> throw new IllegalArgumentException(column);
        };
    }

    @TestFactory
    Stream<DynamicTest> forged_entries_heads_and_checkpoints_are_reported() {
        Map<String, Mutation> mutations = new LinkedHashMap<>();
        mutations.put("a valid entry 7 inserted without moving the head", new Mutation(this::forgeNextEntry,
                Expected.of(Kind.HEAD, SIZE + 1)));
        mutations.put("head seq changed", new Mutation(b -> jdbc.sql("update ledger_head set seq = 5 where case_id = ?")
                .param(b.caseId()).update(), new Expected(Kind.HEAD, (long) SIZE, null, "seq", null)));
        mutations.put("head hash changed", new Mutation(b -> jdbc.sql("update ledger_head set head_hash = ? where case_id = ?")
                .params("f".repeat(64), b.caseId()).update(), new Expected(Kind.HEAD, (long) SIZE, null, "head_hash", null)));
        mutations.put("head deleted", new Mutation(b -> jdbc.sql("delete from ledger_head where case_id = ?")
                .param(b.caseId()).update(), Expected.of(Kind.HEAD, SIZE)));
        mutations.put("first checkpoint's root changed", new Mutation(b -> jdbc.sql(
                "update ledger_checkpoint set root = ? where case_id = ? and size = 4").params("e".repeat(64), b.caseId())
                .update(), Expected.of(Kind.CHECKPOINT, 4, "root")));
        mutations.put("last checkpoint's head changed", new Mutation(b -> jdbc.sql(
                "update ledger_checkpoint set head = ? where case_id = ? and size = 6").params("e".repeat(64), b.caseId())
                .update(), Expected.of(Kind.CHECKPOINT, 6, "head")));
        mutations.put("a checkpoint beyond the end", new Mutation(b -> jdbc.sql(
                "update ledger_checkpoint set size = 9 where case_id = ? and size = 6").param(b.caseId()).update(),
                Expected.of(Kind.CHECKPOINT, 9)));
        return mutations.entrySet().stream().map(m -> DynamicTest.dynamicTest(m.getKey(),
                () -> expect(m.getValue().change(), m.getValue().expected())));
    }

    record Mutation(Consumer<Built> change, Expected expected) {
    }

    @TestFactory
    Stream<DynamicTest> every_field_of_every_record_changed_behind_the_ledger_is_reported_by_subject_and_field() {
        List<DynamicTest> tests = new ArrayList<>();
        for (var subject : List.of("note/a", "note/b", "note/c")) {
            for (var field : List.of("text", "count", "files", "v")) {
                tests.add(DynamicTest.dynamicTest(field + " of " + subject, () -> expectRecord(built -> {
                    @SuppressWarnings("unchecked")
                    var changed = new LinkedHashMap<>((Map<String, Object>) notes.get(built.caseId(), subject));
                    changed.put(field, switch (field) {
                        case "text" -> "something else";
                        case "count" -> 99;
                        case "files" -> List.of(new LedgerFile("0".repeat(64), 1, "application/pdf", "other.pdf"));
                        default -> 2;
                    });
                    notes.put(built.caseId(), subject, changed);
                }, Expected.record(Kind.RECORD_CHANGED, subject, field))));
            }
            tests.add(DynamicTest.dynamicTest(subject + " gone", () -> expectRecord(
                    built -> notes.remove(built.caseId(), subject), Expected.record(Kind.RECORD_DELETED, subject, null))));
        }
        tests.add(DynamicTest.dynamicTest("a record without an entry", () -> expectRecord(
                built -> notes.put(built.caseId(), "note/z", note("inserted", 1, List.of())),
                Expected.record(Kind.RECORD_INSERTED, "note/z", null))));
        tests.add(DynamicTest.dynamicTest("a removed record back without an entry", () -> expectRecord(
                built -> members.put(built.caseId(), "member/m", Map.of("role", "MONITOR")),
                Expected.record(Kind.RECORD_INSERTED, "member/m", null))));
        return tests.stream();
    }

    @Test
    void a_deleted_file_is_reported_missing_by_its_hash_and_entry() throws IOException {
        var built = build();
        var file = blobFile(built.file().sha256());
        Files.delete(file);

        var report = checker.check(built.caseId());

        assertFirst(report, new Expected(Kind.FILE_MISSING, 2L, "note/b", null, built.file().sha256()));
        assertThat(report.breaks()).hasSize(1);
    }

    @Test
    void a_file_with_one_flipped_bit_is_reported_changed_by_its_hash_and_entry() throws IOException {
        var built = build();
        var file = blobFile(built.file().sha256());
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        var bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x04;
        Files.write(file, bytes);

        var report = checker.check(built.caseId());

        assertFirst(report, new Expected(Kind.FILE_CHANGED, 2L, "note/b", null, built.file().sha256()));
        assertThat(report.breaks()).hasSize(1);
        assertThat(report.filesChecked()).isEqualTo(1);
    }

    @Test
    void every_break_has_a_message_key_the_translations_know_and_english_detail() {
        var built = build();
        LedgerTestSupport.withoutAppendOnlyTriggers(dataSource, () -> deleteEntry(built.caseId(), 3));
        notes.put(built.caseId(), "note/z", Map.of());

        var report = checker.check(built.caseId());

        assertThat(report.breaks()).extracting(LedgerBreak::kind).contains(Kind.SEQUENCE, Kind.CHAIN_LINK,
                Kind.CHECKPOINT, Kind.RECORD_INSERTED);
        assertThat(report.breaks()).allSatisfy(b -> {
            assertThat(b.messageKey()).isEqualTo(b.kind().messageKey());
            assertThat(b.args()).isNotEmpty();
            assertThat(b.detail()).isNotBlank();
        });
    }

    // ---- running a mutation

    private void expect(Consumer<Built> mutation, Expected expected) {
        var built = build();
        LedgerTestSupport.withoutAppendOnlyTriggers(dataSource, () -> mutation.accept(built));
        assertFirst(checker.check(built.caseId()), expected);
    }

    private void expectRecord(Consumer<Built> mutation, Expected expected) {
        var built = build();
        mutation.accept(built);
        var report = checker.check(built.caseId());
        assertFirst(report, expected);
        assertThat(report.breaks()).extracting(LedgerBreak::kind).containsOnly(expected.kind());
    }

    private static void assertFirst(LedgerReport report, Expected expected) {
        assertThat(report.ok()).isFalse();
        var first = report.breaks().get(0);
        assertThat(first.kind()).as("kind of the first break in %s", report.breaks()).isEqualTo(expected.kind());
        if (expected.seq() != null) {
            assertThat(first.seq()).as("seq of %s", first).isEqualTo(expected.seq());
        }
        if (expected.subject() != null) {
            assertThat(first.subject()).as("subject of %s", first).isEqualTo(expected.subject());
        }
        if (expected.field() != null) {
            assertThat(first.field()).as("field of %s", first).isEqualTo(expected.field());
        }
        if (expected.sha256() != null) {
            assertThat(first.sha256()).as("file of %s", first).isEqualTo(expected.sha256());
        }
    }

    // ---- mutations of ledger rows

    private LedgerEntry entry(UUID caseId, long seq) {
        return ledger.entries(caseId).stream().filter(e -> e.seq() == seq).findFirst().orElseThrow();
    }

    private void changeColumn(UUID caseId, long seq, String column) {
        var entry = entry(caseId, seq);
        Object value = switch (column) {
            case "case_id" -> UUID.randomUUID();
            case "seq" -> seq + 100;
            case "recorded_at" -> OffsetDateTime.ofInstant(entry.at().plusSeconds(1), ZoneOffset.UTC);
            case "actor" -> "actor-00000000";
            case "event_type" -> "note.forged";
            case "subject" -> "note/forged";
            case "payload_sha256" -> Jcs.sha256Hex("{}");
            case "prev_hash", "entry_hash" -> "a".repeat(64);
            case "entry_json" -> entry.entryJson().replace("\"type\":\"" + entry.type() + "\"", "\"type\":\"note.forged\"");
            case "payload_json" -> "{\"forged\":true}";
            default -> throw new IllegalArgumentException(column);
        };
        updateEntry(caseId, seq, column, value);
    }

    private void updateEntry(UUID caseId, long seq, String column, Object value) {
        var updated = jdbc.sql("update ledger_entry set " + column + " = ? where case_id = ? and seq = ?")
                .params(value, caseId, seq).update();
        assertThat(updated).isEqualTo(1);
    }

    private void deleteEntry(UUID caseId, long seq) {
        jdbc.sql("delete from ledger_entry where case_id = ? and seq = ?").params(caseId, seq).update();
    }

    private void swap(UUID caseId, long seq) {
        updateEntry(caseId, seq, "seq", -1L);
        updateEntry(caseId, seq + 1, "seq", seq);
        updateEntry(caseId, -1L, "seq", seq + 1);
    }

    /** The payload, its hash, the line and its hash all changed together, as a careful forger would. */
    private void rewriteConsistently(UUID caseId, long seq) {
        var entry = entry(caseId, seq);
        var payload = "{\"forged\":true}";
        var payloadHash = Jcs.sha256Hex(payload);
        var line = entry.entryJson().replace(entry.payloadSha256(), payloadHash);
        jdbc.sql("update ledger_entry set payload_json = ?, payload_sha256 = ?, entry_json = ?, entry_hash = ? "
                + "where case_id = ? and seq = ?").params(payload, payloadHash, line, Jcs.sha256Hex(line), caseId, seq)
                .update();
    }

    /** Entry 7, chained and hashed correctly, inserted straight into the table. */
    private void forgeNextEntry(Built built) {
        var last = entry(built.caseId(), SIZE);
        var payload = "{\"forged\":true}";
        var line = last.entryJson().replace(last.payloadSha256(), Jcs.sha256Hex(payload))
                .replace("\"prev\":\"" + last.prevHash() + "\"", "\"prev\":\"" + last.entryHash() + "\"")
                .replace("\"seq\":" + SIZE, "\"seq\":" + (SIZE + 1));
        jdbc.sql("insert into ledger_entry (case_id, seq, recorded_at, actor, event_type, subject, payload_sha256, "
                        + "prev_hash, entry_hash, entry_json, payload_json) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(built.caseId(), SIZE + 1, OffsetDateTime.ofInstant(last.at(), ZoneOffset.UTC), last.actor(),
                        last.type(), last.subject(), Jcs.sha256Hex(payload), last.entryHash(), Jcs.sha256Hex(line), line,
                        payload)
                .update();
    }

    private Path blobFile(String sha256) {
        var file = blobDir.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
        if (!Files.isRegularFile(file)) {
            throw new UncheckedIOException(new IOException("No blob at " + file));
        }
        return file;
    }
}
