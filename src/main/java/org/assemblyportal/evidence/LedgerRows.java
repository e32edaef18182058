package org.assemblyportal.evidence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * The ledger tables in SQL (V14__case_ledger.sql). Plain JDBC rather than JPA: the rows are only ever
 * inserted and read in sequence pages, the head row needs a pessimistic lock, and nothing here is an
 * entity with a life cycle. Every method runs in the caller's transaction.
 */
@Repository
class LedgerRows {

    static final String ZERO_HASH = "0".repeat(64);
    static final int PAGE = 500;

    private static final String ENTRY_COLUMNS = "case_id, seq, recorded_at, actor, event_type, subject, payload_sha256, "
            + "prev_hash, entry_hash, entry_json, payload_json";

    private static final RowMapper<LedgerEntry> ENTRY = (rs, row) -> new LedgerEntry(rs.getObject("case_id", UUID.class),
            rs.getLong("seq"), instant(rs, "recorded_at"), rs.getString("actor"), rs.getString("event_type"),
            rs.getString("subject"), rs.getString("payload_sha256"), rs.getString("prev_hash"),
            rs.getString("entry_hash"), rs.getString("entry_json"), rs.getString("payload_json"));

    record Head(long seq, String hash) {
    }

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    LedgerRows(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /**
     * Locks the case's head row until the transaction ends, creating it (empty ledger) first if the case has
     * none. Two first appends may both find no row: each inserts under a savepoint, the loser's duplicate
     * key rolls back to it (PostgreSQL would otherwise abort the whole transaction), and both then lock
     * the one row, the second waiting for the first to commit.
     */
    Head lockHead(UUID caseId) {
        var head = selectHeadForUpdate(caseId);
        if (head.isPresent()) {
            return head.get();
        }
        insertHeadIfAbsent(caseId);
        return selectHeadForUpdate(caseId).orElseThrow();
    }

    private Optional<Head> selectHeadForUpdate(UUID caseId) {
        return jdbc.sql("select seq, head_hash from ledger_head where case_id = ? for update").param(caseId)
                .query((rs, row) -> new Head(rs.getLong(1), rs.getString(2))).optional();
    }

    private void insertHeadIfAbsent(UUID caseId) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            var savepoint = connection.setSavepoint();
            try {
                jdbc.sql("insert into ledger_head (case_id, seq, head_hash) values (?, 0, ?)").params(caseId, ZERO_HASH)
                        .update();
                connection.releaseSavepoint(savepoint);
            } catch (DataIntegrityViolationException createdMeanwhile) {
                connection.rollback(savepoint);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot use a savepoint to create the ledger head of " + caseId, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    Optional<Head> head(UUID caseId) {
        return jdbc.sql("select seq, head_hash from ledger_head where case_id = ?").param(caseId)
                .query((rs, row) -> new Head(rs.getLong(1), rs.getString(2))).optional();
    }

    void updateHead(UUID caseId, Head head) {
        jdbc.sql("update ledger_head set seq = ?, head_hash = ? where case_id = ?").params(head.seq(), head.hash(), caseId)
                .update();
    }

    void insert(LedgerEntry e) {
        jdbc.sql("insert into ledger_entry (" + ENTRY_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(e.caseId(), e.seq(), timestamp(e.at()), e.actor(), e.type(), e.subject(), e.payloadSha256(),
                        e.prevHash(), e.entryHash(), e.entryJson(), e.payloadJson())
                .update();
    }

    /** Up to {@link #PAGE} entries after {@code afterSeq} and not after {@code maxSeq}, in sequence order. */
    List<LedgerEntry> page(UUID caseId, long afterSeq, long maxSeq) {
        return jdbc.sql("select " + ENTRY_COLUMNS + " from ledger_entry where case_id = ? and seq > ? and seq <= ? "
                        + "order by seq fetch first " + PAGE + " rows only")
                .params(caseId, afterSeq, maxSeq).query(ENTRY).list();
    }

    /** Up to {@code limit} entries after {@code afterSeq}, in sequence order (a page for people to read). */
    List<LedgerEntry> range(UUID caseId, long afterSeq, int limit) {
        return jdbc.sql("select " + ENTRY_COLUMNS + " from ledger_entry where case_id = ? and seq > ? "
                        + "order by seq fetch first " + limit + " rows only")
                .params(caseId, afterSeq).query(ENTRY).list();
    }

    Optional<LedgerEntry> entry(UUID caseId, long seq) {
        return jdbc.sql("select " + ENTRY_COLUMNS + " from ledger_entry where case_id = ? and seq = ?")
                .params(caseId, seq).query(ENTRY).optional();
    }

    long lastSeq(UUID caseId) {
        return jdbc.sql("select coalesce(max(seq), 0) from ledger_entry where case_id = ?").param(caseId)
                .query(Long.class).single();
    }

    List<String> subjects(UUID caseId) {
        return jdbc.sql("select distinct subject from ledger_entry where case_id = ?").param(caseId)
                .query(String.class).list();
    }

    Optional<String> pseudonym(UUID caseId, UUID userId) {
        return jdbc.sql("select pseudonym from ledger_actor where case_id = ? and user_id = ?").params(caseId, userId)
                .query(String.class).optional();
    }

    boolean pseudonymTaken(UUID caseId, String pseudonym) {
        return jdbc.sql("select count(*) from ledger_actor where case_id = ? and pseudonym = ?")
                .params(caseId, pseudonym).query(Long.class).single() > 0;
    }

    void insertPseudonym(UUID caseId, UUID userId, String pseudonym) {
        jdbc.sql("insert into ledger_actor (case_id, user_id, pseudonym) values (?, ?, ?)")
                .params(caseId, userId, pseudonym).update();
    }

    void insertCheckpoint(LedgerCheckpoint checkpoint, String tsaTokenBase64) {
        jdbc.sql("insert into ledger_checkpoint (case_id, size, root, head, recorded_at, tsa_token) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(checkpoint.caseId(), checkpoint.size(), checkpoint.root(), checkpoint.head(),
                        timestamp(checkpoint.at()), tsaTokenBase64)
                .update();
    }

    /** The case's checkpoints, smallest size first (then oldest first). */
    List<LedgerCheckpoint> checkpoints(UUID caseId) {
        return jdbc.sql("select case_id, size, root, head, recorded_at from ledger_checkpoint where case_id = ? "
                        + "order by size, id")
                .param(caseId)
                .query((rs, row) -> new LedgerCheckpoint(rs.getObject(1, UUID.class), rs.getLong(2), rs.getString(3),
                        rs.getString(4), instant(rs, "recorded_at")))
                .list();
    }

    Optional<LedgerCheckpoint> lastCheckpoint(UUID caseId) {
        var all = jdbc.sql("select case_id, size, root, head, recorded_at from ledger_checkpoint where case_id = ? "
                        + "order by size desc, id desc fetch first 1 rows only")
                .param(caseId)
                .query((rs, row) -> new LedgerCheckpoint(rs.getObject(1, UUID.class), rs.getLong(2), rs.getString(3),
                        rs.getString(4), instant(rs, "recorded_at")))
                .list();
        return all.stream().findFirst();
    }

    /** Every case that has a ledger: a head row, or entries (a head row can be missing only by tampering). */
    List<UUID> casesWithLedger() {
        return jdbc.sql("select case_id from ledger_head union select case_id from ledger_entry").query(UUID.class)
                .list();
    }

    List<UUID> pendingImports() {
        return jdbc.sql("select case_id from ledger_import_pending order by case_id").query(UUID.class).list();
    }

    boolean removePendingImport(UUID caseId) {
        return jdbc.sql("delete from ledger_import_pending where case_id = ?").param(caseId).update() > 0;
    }

    void saveVerification(LedgerVerification v) {
        var updated = jdbc.sql("update ledger_verification set checked_at = ?, ok = ?, ledger_size = ?, ledger_root = ?, "
                        + "entries_checked = ?, files_checked = ?, records_checked = ?, break_count = ?, first_break = ? "
                        + "where case_id = ?")
                .params(timestamp(v.checkedAt()), v.ok(), v.size(), v.root(), v.entriesChecked(), v.filesChecked(),
                        v.recordsChecked(), v.breakCount(), v.firstBreak(), v.caseId())
                .update();
        if (updated == 0) {
            jdbc.sql("insert into ledger_verification (checked_at, ok, ledger_size, ledger_root, entries_checked, "
                            + "files_checked, records_checked, break_count, first_break, case_id) "
                            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(timestamp(v.checkedAt()), v.ok(), v.size(), v.root(), v.entriesChecked(), v.filesChecked(),
                            v.recordsChecked(), v.breakCount(), v.firstBreak(), v.caseId())
                    .update();
        }
    }

    Optional<LedgerVerification> verification(UUID caseId) {
        return jdbc.sql("select case_id, checked_at, ok, ledger_size, ledger_root, entries_checked, files_checked, "
                        + "records_checked, break_count, first_break from ledger_verification where case_id = ?")
                .param(caseId)
                .query((rs, row) -> new LedgerVerification(rs.getObject(1, UUID.class), instant(rs, "checked_at"),
                        rs.getBoolean(3), rs.getLong(4), rs.getString(5), rs.getLong(6), rs.getLong(7), rs.getLong(8),
                        rs.getInt(9), rs.getString(10)))
                .optional();
    }

    /** As an OffsetDateTime in UTC: both drivers map it to timestamp with time zone without a zone shift. */
    private static OffsetDateTime timestamp(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
