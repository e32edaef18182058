package org.assemblyportal.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assemblyportal.evidence.LedgerTestSupport.note;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.assemblyportal.ServiceTest;
import org.assemblyportal.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@ServiceTest
@Import(LedgerTestSupport.class)
class CaseLedgerTest {

    @Autowired
    CaseLedger ledger;
    @Autowired
    LedgerChecker checker;
    @Autowired
    LedgerVerifier verifier;
    @Autowired
    LedgerNightlyCheck nightly;
    @Autowired
    LedgerImport ledgerImport;
    @Autowired
    LedgerRows rows;
    @Autowired
    BlobStore blobs;
    @Autowired
    LedgerTestSupport.Records notes;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcClient jdbc;

    final UUID alice = UUID.randomUUID();
    final UUID bob = UUID.randomUUID();

    TransactionTemplate tx() {
        return new TransactionTemplate(transactions);
    }

    LedgerEntry append(UUID caseId, String type, String subject, UUID actor, Object payload) {
        return tx().execute(status -> ledger.append(new LedgerEvent(caseId, type, subject, actor, payload)));
    }

    @Test
    void entries_form_a_chain_of_canonical_lines_whose_hashes_are_their_sha256() {
        var caseId = UUID.randomUUID();

        var first = append(caseId, "item.recorded", "item/a", alice, note("Police at the square", 3, List.of()));
        append(caseId, "item.recorded", "item/b", bob, Map.of("text", "Қазақ 😀"));
        append(caseId, "item.corrected", "item/a", null, Map.of("text", "corrected"));

        var entries = ledger.entries(caseId);
        assertThat(entries).extracting(LedgerEntry::seq).containsExactly(1L, 2L, 3L);
        assertThat(entries.get(0)).isEqualTo(first);
        assertThat(first.payloadJson()).isEqualTo("{\"count\":3,\"files\":[],\"text\":\"Police at the square\",\"v\":1}");
        assertThat(first.entryJson()).isEqualTo("{\"actor\":\"" + first.actor() + "\",\"at\":\"2026-11-24T06:00:00.000000Z\","
                + "\"case\":\"" + caseId + "\",\"payload\":\"" + Jcs.sha256Hex(first.payloadJson()) + "\","
                + "\"prev\":\"" + "0".repeat(64) + "\",\"seq\":1,\"subject\":\"item/a\",\"type\":\"item.recorded\",\"v\":1}");
        assertThat(first.at()).isEqualTo(TestClock.NOW);
        for (int i = 0; i < entries.size(); i++) {
            var entry = entries.get(i);
            assertThat(entry.entryHash()).isEqualTo(Jcs.sha256Hex(entry.entryJson()));
            assertThat(entry.payloadSha256()).isEqualTo(Jcs.sha256Hex(entry.payloadJson()));
            assertThat(entry.prevHash()).isEqualTo(i == 0 ? "0".repeat(64) : entries.get(i - 1).entryHash());
        }
        assertThat(rows.head(caseId)).contains(new LedgerRows.Head(3, entries.get(2).entryHash()));
    }

    @Test
    void each_person_has_one_pseudonym_per_case_and_another_one_in_another_case() {
        var caseId = UUID.randomUUID();
        var otherCase = UUID.randomUUID();

        var a1 = append(caseId, "item.recorded", "item/a", alice, Map.of());
        var b1 = append(caseId, "item.recorded", "item/b", bob, Map.of());
        var a2 = append(caseId, "item.corrected", "item/a", alice, Map.of());
        var portal = append(caseId, "item.corrected", "item/b", null, Map.of());
        var elsewhere = append(otherCase, "item.recorded", "item/c", alice, Map.of());

        assertThat(a1.actor()).matches("actor-[0-9a-f]{8}").isEqualTo(a2.actor()).isNotEqualTo(b1.actor());
        assertThat(b1.actor()).matches("actor-[0-9a-f]{8}");
        assertThat(portal.actor()).isEqualTo("system");
        assertThat(elsewhere.actor()).matches("actor-[0-9a-f]{8}").isNotEqualTo(a1.actor());
        assertThat(ledger.pseudonymOf(caseId, alice)).contains(a1.actor());
        assertThat(ledger.pseudonymOf(otherCase, bob)).isEmpty();
        assertThat(a1.entryJson()).doesNotContain(alice.toString());
    }

    @Test
    void append_needs_the_callers_transaction() {
        assertThatThrownBy(() -> ledger.append(new LedgerEvent(UUID.randomUUID(), "item.recorded", "item/a", null, Map.of())))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void a_rolled_back_append_leaves_no_entry_and_the_next_one_takes_its_number() {
        var caseId = UUID.randomUUID();
        append(caseId, "item.recorded", "item/a", alice, Map.of());

        tx().executeWithoutResult(status -> {
            ledger.append(new LedgerEvent(caseId, "item.recorded", "item/b", alice, Map.of()));
            status.setRollbackOnly();
        });
        var next = append(caseId, "item.recorded", "item/c", alice, Map.of());

        assertThat(next.seq()).isEqualTo(2);
        assertThat(ledger.entries(caseId)).extracting(LedgerEntry::subject).containsExactly("item/a", "item/c");
        assertThat(checker.check(caseId).breaks()).isEmpty();
    }

    @Test
    void a_batch_in_one_transaction_writes_the_head_once_at_commit_and_keeps_a_contiguous_chain() {
        var caseId = UUID.randomUUID();
        append(caseId, "item.recorded", "item/first", alice, Map.of());

        var headDuringBatch = tx().execute(status -> {
            for (int i = 0; i < 100; i++) {
                ledger.append(new LedgerEvent(caseId, "item.recorded", "item/" + i, alice, Map.of("i", i)));
            }
            return rows.head(caseId).orElseThrow().seq();
        });

        // the head row is the lock; the batch remembered it and wrote it back once, before commit
        assertThat(headDuringBatch).isEqualTo(1);
        assertThat(rows.head(caseId).orElseThrow().seq()).isEqualTo(101);
        assertThat(ledger.entries(caseId)).extracting(LedgerEntry::seq).containsExactlyElementsOf(range(101));
        assertThat(checker.check(caseId).breaks()).isEmpty();
    }

    @Test
    void eight_threads_appending_to_one_new_case_keep_one_contiguous_chain() throws Exception {
        var caseId = UUID.randomUUID();
        var pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Void>> writers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                var user = UUID.randomUUID();
                var thread = t;
                writers.add(() -> {
                    for (int i = 0; i < 15; i++) {
                        append(caseId, "item.recorded", "item/" + thread + "-" + i, user, Map.of("i", i));
                    }
                    return null;
                });
            }
            for (var result : pool.invokeAll(writers, 2, TimeUnit.MINUTES)) {
                result.get();
            }
        } finally {
            pool.shutdownNow();
        }

        var entries = ledger.entries(caseId);
        assertThat(entries).extracting(LedgerEntry::seq).containsExactlyElementsOf(range(120));
        assertThat(entries.stream().map(LedgerEntry::actor).distinct()).hasSize(8);
        assertThat(checker.check(caseId).breaks()).isEmpty();
    }

    @Test
    void the_database_refuses_to_update_or_delete_ledger_entries_and_checkpoints() {
        var caseId = UUID.randomUUID();
        append(caseId, "item.recorded", "item/a", alice, Map.of("text", "original"));
        tx().execute(status -> ledger.checkpoint(caseId));

        assertThatThrownBy(() -> jdbc.sql("update ledger_entry set payload_json = '{}' where case_id = ?").param(caseId)
                .update()).isInstanceOf(DataIntegrityViolationException.class).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from ledger_entry where case_id = ?").param(caseId).update())
                .isInstanceOf(DataIntegrityViolationException.class).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("update ledger_checkpoint set root = ? where case_id = ?")
                .params("0".repeat(64), caseId).update())
                .isInstanceOf(DataIntegrityViolationException.class).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from ledger_checkpoint where case_id = ?").param(caseId).update())
                .isInstanceOf(DataIntegrityViolationException.class).hasStackTraceContaining("append-only");
        assertThat(ledger.entries(caseId)).singleElement()
                .satisfies(e -> assertThat(e.payloadJson()).isEqualTo("{\"text\":\"original\"}"));
    }

    @Test
    void a_checkpoint_holds_the_rfc_6962_root_over_the_entry_lines_and_the_last_entry_hash() {
        var caseId = UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            append(caseId, "item.recorded", "item/" + i, alice, Map.of("i", i));
        }

        var checkpoint = tx().execute(status -> ledger.checkpoint(caseId));

        var entries = ledger.entries(caseId);
        var tree = MerkleTree.ofLeaves(entries.stream().map(e -> e.entryJson().getBytes(StandardCharsets.UTF_8)).toList());
        assertThat(checkpoint.size()).isEqualTo(5);
        assertThat(checkpoint.root()).isEqualTo(tree.rootHex());
        assertThat(checkpoint.head()).isEqualTo(entries.get(4).entryHash());
        assertThat(ledger.lastCheckpoint(caseId)).contains(checkpoint);
    }

    @Test
    void a_configured_time_stamp_authority_stamps_the_hash_of_the_checkpoint_line() {
        var caseId = UUID.randomUUID();
        append(caseId, "item.recorded", "item/a", alice, Map.of());
        var stamped = new ArrayList<byte[]>();
        TimeStampAuthority authority = sha256 -> {
            stamped.add(sha256);
            return Optional.of(new byte[] {0x30, 0x03, 1, 2, 3});
        };
        var withAuthority = new CaseLedger(rows, blobs, java.time.Clock.fixed(TestClock.NOW, java.time.ZoneOffset.UTC),
                new StaticListableBeanFactory(Map.of("tsa", authority)).getBeanProvider(TimeStampAuthority.class));

        var checkpoint = tx().execute(status -> withAuthority.checkpoint(caseId));

        assertThat(stamped).singleElement().isEqualTo(
                Jcs.sha256(CaseLedger.checkpointLine(checkpoint).getBytes(StandardCharsets.UTF_8)));
        assertThat(jdbc.sql("select tsa_token from ledger_checkpoint where case_id = ?").param(caseId)
                .query(String.class).single()).isEqualTo(Base64.getEncoder().encodeToString(new byte[] {0x30, 0x03, 1, 2, 3}));
        assertThat(CaseLedger.checkpointLine(checkpoint)).startsWith("{\"at\":\"2026-11-24T06:00:00.000000Z\",\"case\":");
    }

    @Test
    void a_payload_listing_a_file_the_store_does_not_hold_is_refused() {
        var missing = new LedgerFile("ab".repeat(32), 10, "application/pdf", "x.pdf");

        assertThatThrownBy(() -> append(UUID.randomUUID(), "item.recorded", "item/a", alice, note("x", 1, List.of(missing))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ab".repeat(32));
        assertThatThrownBy(() -> append(UUID.randomUUID(), "Note Recorded", "item/a", alice, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void records_from_before_the_ledger_are_imported_once_in_subject_order_by_the_system() {
        var caseId = UUID.randomUUID();
        notes.put(caseId, "note/b", Map.of("text", "second"));
        notes.put(caseId, "note/a", Map.of("text", "first"));
        jdbc.sql("insert into ledger_import_pending (case_id) values (?)").param(caseId).update();

        ledgerImport.importPending();
        ledgerImport.importPending();

        assertThat(ledger.entries(caseId)).extracting(LedgerEntry::subject, LedgerEntry::type, LedgerEntry::actor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("note/a", "note.imported", "system"),
                        org.assertj.core.groups.Tuple.tuple("note/b", "note.imported", "system"));
        assertThat(rows.pendingImports()).doesNotContain(caseId);
        assertThat(checker.check(caseId).breaks()).isEmpty();
    }

    @Test
    void without_any_ledger_source_the_import_waits_instead_of_emptying_its_queue() {
        var caseId = UUID.randomUUID();
        jdbc.sql("insert into ledger_import_pending (case_id) values (?)").param(caseId).update();

        new LedgerImport(ledger, rows, List.of(), transactions).importPending();

        assertThat(rows.pendingImports()).contains(caseId);
        assertThat(ledger.entries(caseId)).isEmpty();
        ledgerImport.importPending();
        assertThat(rows.pendingImports()).doesNotContain(caseId);
    }

    @Test
    void the_nightly_check_records_its_result_and_a_checkpoint_only_when_the_ledger_is_whole_and_grown() {
        var caseId = UUID.randomUUID();
        notes.put(caseId, "note/a", Map.of("text", "first"));
        append(caseId, "note.recorded", "note/a", alice, Map.of("text", "first"));

        var whole = nightly.check(caseId);
        nightly.check(caseId);
        notes.put(caseId, "note/a", Map.of("text", "changed behind the ledger's back"));
        var broken = nightly.check(caseId);

        assertThat(whole.ok()).isTrue();
        assertThat(whole.entriesChecked()).isEqualTo(1);
        assertThat(whole.recordsChecked()).isEqualTo(1);
        assertThat(rows.checkpoints(caseId)).singleElement().satisfies(c -> assertThat(c.size()).isEqualTo(1));
        assertThat(broken.ok()).isFalse();
        assertThat(broken.breakCount()).isEqualTo(1);
        assertThat(broken.firstBreak()).startsWith("RECORD_CHANGED").contains("note/a", "text");
        assertThat(rows.verification(caseId)).contains(broken);
    }

    @Test
    @WithMockUser
    void a_signed_in_user_can_verify_and_read_the_last_result() {
        var caseId = UUID.randomUUID();
        append(caseId, "note.recorded", "item/x", alice, Map.of());
        nightly.check(caseId);

        assertThat(verifier.verify(caseId).ok()).isTrue();
        assertThat(verifier.lastResult(caseId)).hasValueSatisfying(r -> assertThat(r.ok()).isTrue());
    }

    @Test
    void without_a_signed_in_user_verification_is_refused() {
        assertThatThrownBy(() -> verifier.verify(UUID.randomUUID()))
                .isInstanceOfAny(AuthenticationCredentialsNotFoundException.class, AccessDeniedException.class);
    }

    private static List<Long> range(int n) {
        return java.util.stream.LongStream.rangeClosed(1, n).boxed().toList();
    }
}
