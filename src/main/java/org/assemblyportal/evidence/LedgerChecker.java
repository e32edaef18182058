package org.assemblyportal.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.assemblyportal.evidence.LedgerBreak.Kind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The checks of decision 016, without access control: {@link LedgerVerifier} is the public door, the
 * nightly check and the tests come in here. Entries are streamed a page at a time; what is kept across
 * pages is small per entry (the latest seq, type and payload hash of each subject, the files listed) plus
 * an O(log n) Merkle accumulator.
 */
@Component
class LedgerChecker {

    private static final HexFormat HEX = HexFormat.of();

    private final CaseLedger ledger;
    private final LedgerRows rows;
    private final BlobStore blobs;
    private final Map<String, LedgerSource> sources;
    private final Clock clock;
    private final TransactionTemplate snapshot;

    LedgerChecker(CaseLedger ledger, LedgerRows rows, BlobStore blobs, List<LedgerSource> sources, Clock clock,
            PlatformTransactionManager transactions) {
        this.ledger = ledger;
        this.rows = rows;
        this.blobs = blobs;
        this.sources = new TreeMap<>();
        for (var source : sources) {
            if (this.sources.put(source.kind(), source) != null) {
                throw new IllegalStateException("Two ledger sources answer for " + source.kind());
            }
        }
        this.clock = clock;
        // One consistent view of entries, head, checkpoints and records (a snapshot on PostgreSQL): an append
        // committed meanwhile must not look like a record without an entry.
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    LedgerReport check(UUID caseId) {
        var pass = Objects.requireNonNull(snapshot.execute(status -> new Pass(caseId).run()));
        // Files are hashed outside the transaction: hashing hours of video must not hold a snapshot open.
        var fileBreaks = checkFiles(pass.files);
        List<LedgerBreak> breaks = new ArrayList<>(pass.breaks);
        breaks.addAll(fileBreaks);
        return new LedgerReport(caseId, clock.instant().truncatedTo(ChronoUnit.MICROS), breaks.isEmpty(), pass.entries,
                pass.files.size(), pass.records, pass.tree.rootHex(), pass.tree.size(), breaks);
    }

    private record Latest(long seq, String type, String payloadHash) {
    }

    private record ListedFile(String sha256, long seq, String subject) {
    }

    /** One walk through a case's ledger and records, inside the snapshot transaction. */
    private final class Pass {
        final UUID caseId;
        final List<LedgerBreak> breaks = new ArrayList<>();
        final List<LedgerBreak> checkpointBreaks = new ArrayList<>();
        final Map<String, Latest> latest = new HashMap<>();
        final Map<String, ListedFile> files = new LinkedHashMap<>();
        final MerkleTree.Accumulator tree = new MerkleTree.Accumulator();
        final List<LedgerCheckpoint> checkpoints;
        int nextCheckpoint;
        long entries;
        long records;
        long expectedSeq = 1;
        long lastSeq;
        String previousHash = LedgerRows.ZERO_HASH;

        Pass(UUID caseId) {
            this.caseId = caseId;
            this.checkpoints = rows.checkpoints(caseId);
        }

        Pass run() {
            ledger.forEachEntry(caseId, Long.MAX_VALUE, this::entry);
            head();
            for (; nextCheckpoint < checkpoints.size(); nextCheckpoint++) {
                var checkpoint = checkpoints.get(nextCheckpoint);
                checkpointBreaks.add(LedgerBreak.of(Kind.CHECKPOINT, checkpoint.size(), null, null, null,
                        "Checkpoint of " + checkpoint.size() + " entries at " + checkpoint.at()
                                + ": the ledger has only " + entries,
                        checkpoint.size(), checkpoint.at()));
            }
            breaks.addAll(checkpointBreaks);
            records();
            return this;
        }

        void entry(LedgerEntry row) {
            entries++;
            var seq = row.seq();
            var json = parse(row.entryJson());
            if (json.isMissingNode()) {
                breaks.add(LedgerBreak.of(Kind.ENTRY_FIELD, seq, row.subject(), null, null,
                        "Entry " + seq + ": entry_json is not a JSON object", seq, "entry_json"));
            } else {
                field(seq, row, "actor", "actor", row.actor(), json);
                field(seq, row, "at", "recorded_at", CaseLedger.AT.format(row.at()), json);
                field(seq, row, "case", "case_id", row.caseId().toString(), json);
                if (!row.caseId().equals(caseId)) {
                    // cannot come from the query, which selects by case; kept so that the rule is written down
                    breaks.add(LedgerBreak.of(Kind.ENTRY_FIELD, seq, row.subject(), null, "case",
                            "Entry " + seq + " belongs to case " + row.caseId(), seq, "case"));
                }
                field(seq, row, "payload", "payload_sha256", row.payloadSha256(), json);
                field(seq, row, "prev", "prev_hash", row.prevHash(), json);
                field(seq, row, "subject", "subject", row.subject(), json);
                field(seq, row, "type", "event_type", row.type(), json);
                if (json.path("v").asInt(-1) != CaseLedger.ENTRY_VERSION) {
                    breaks.add(LedgerBreak.of(Kind.ENTRY_FIELD, seq, row.subject(), null, "v",
                            "Entry " + seq + ": unknown entry format v=" + json.path("v"), seq, "v"));
                }
            }
            var line = row.entryJson().getBytes(StandardCharsets.UTF_8);
            var hash = HEX.formatHex(Jcs.sha256(line));
            if (!hash.equals(row.entryHash())) {
                breaks.add(LedgerBreak.of(Kind.ENTRY_HASH, seq, row.subject(), null, null,
                        "Entry " + seq + ": its line hashes to " + hash + ", recorded " + row.entryHash(), seq));
            }
            var payloadHash = Jcs.sha256Hex(row.payloadJson());
            var recordedPayloadHash = json.path("payload").asText(row.payloadSha256());
            if (!payloadHash.equals(recordedPayloadHash)) {
                breaks.add(LedgerBreak.of(Kind.PAYLOAD_HASH, seq, row.subject(), null, null,
                        "Entry " + seq + ": its payload hashes to " + payloadHash + ", the entry records "
                                + recordedPayloadHash, seq));
            }
            if (seq != expectedSeq) {
                breaks.add(LedgerBreak.of(Kind.SEQUENCE, expectedSeq, null, null, null,
                        seq > expectedSeq ? "Entry " + expectedSeq + " is missing: after " + (expectedSeq - 1)
                                + " comes " + seq : "Entry " + seq + " comes after " + (expectedSeq - 1),
                        expectedSeq));
            }
            var hashedSeq = json.path("seq");
            if (!json.isMissingNode() && (!hashedSeq.canConvertToLong() || hashedSeq.asLong() != seq)) {
                breaks.add(LedgerBreak.of(Kind.SEQUENCE, seq, row.subject(), null, "seq",
                        "Entry stored as " + seq + " was hashed as " + hashedSeq, seq));
            }
            var prev = json.path("prev").asText(row.prevHash());
            if (!prev.equals(previousHash)) {
                breaks.add(LedgerBreak.of(Kind.CHAIN_LINK, seq, row.subject(), null, "prev",
                        "Entry " + seq + " points to " + prev + ", the entry before it hashes to " + previousHash, seq));
            }
            tree.addLeaf(line);
            while (nextCheckpoint < checkpoints.size() && checkpoints.get(nextCheckpoint).size() == tree.size()) {
                var checkpoint = checkpoints.get(nextCheckpoint++);
                var root = tree.rootHex();
                if (!checkpoint.root().equals(root) || !checkpoint.head().equals(hash)) {
                    checkpointBreaks.add(LedgerBreak.of(Kind.CHECKPOINT, checkpoint.size(), null, null,
                            checkpoint.root().equals(root) ? "head" : "root",
                            "Checkpoint of " + checkpoint.size() + " entries at " + checkpoint.at() + " recorded root "
                                    + checkpoint.root() + " and head " + checkpoint.head() + "; they recompute as "
                                    + root + " and " + hash,
                            checkpoint.size(), checkpoint.at()));
                }
            }
            var subject = json.path("subject").asText(row.subject());
            latest.put(subject, new Latest(seq, json.path("type").asText(row.type()), recordedPayloadHash));
            if (row.payloadJson().contains("\"files\"")) {
                for (var file : CaseLedger.listedFiles(parse(row.payloadJson()))) {
                    files.putIfAbsent(file, new ListedFile(file, seq, subject));
                }
            }
            expectedSeq = Math.max(expectedSeq, seq) + 1;
            lastSeq = seq;
            previousHash = hash;
        }

        void field(long seq, LedgerEntry row, String name, String column, String stored, JsonNode json) {
            var hashed = json.path(name);
            if (!hashed.isTextual() || !hashed.asText().equals(stored)) {
                breaks.add(LedgerBreak.of(Kind.ENTRY_FIELD, seq, row.subject(), null, name,
                        "Entry " + seq + ": column " + column + " holds " + stored + ", the hashed line has " + hashed,
                        seq, name));
            }
        }

        void head() {
            var head = rows.head(caseId);
            if (head.isEmpty()) {
                if (entries > 0) {
                    breaks.add(LedgerBreak.of(Kind.HEAD, lastSeq, null, null, null,
                            "The ledger has " + entries + " entries but no head", lastSeq, 0));
                }
                return;
            }
            var recorded = head.get();
            if (recorded.seq() != lastSeq || !recorded.hash().equals(previousHash)) {
                breaks.add(LedgerBreak.of(Kind.HEAD, lastSeq, null, null, recorded.seq() != lastSeq ? "seq" : "head_hash",
                        "The last entry is " + lastSeq + " (" + previousHash + "), the head says " + recorded.seq()
                                + " (" + recorded.hash() + ")",
                        lastSeq, recorded.seq()));
            }
        }

        void records() {
            for (var source : sources.values()) {
                var current = new TreeMap<>(source.currentPayloads(caseId));
                for (var record : current.entrySet()) {
                    records++;
                    record(record.getKey(), Jcs.canonicalize(record.getValue()));
                }
                var kindPrefix = source.kind() + "/";
                var vanished = latest.entrySet().stream()
                        .filter(e -> e.getKey().startsWith(kindPrefix) && !current.containsKey(e.getKey())
                                && !e.getValue().type().endsWith(".removed"))
                        .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
                for (var subject : vanished) {
                    breaks.add(LedgerBreak.of(Kind.RECORD_DELETED, latest.get(subject).seq(), subject, null, null,
                            subject + " was last recorded in entry " + latest.get(subject).seq()
                                    + " and is no longer in the case",
                            subject));
                }
            }
        }

        void record(String subject, String payload) {
            var entry = latest.get(subject);
            if (entry == null || entry.type().endsWith(".removed")) {
                breaks.add(LedgerBreak.of(Kind.RECORD_INSERTED, entry == null ? null : entry.seq(), subject, null, null,
                        entry == null ? subject + " was inserted without a ledger entry"
                                : subject + " is in the case although entry " + entry.seq() + " removed it",
                        subject));
                return;
            }
            if (Jcs.sha256Hex(payload).equals(entry.payloadHash())) {
                return;
            }
            var recorded = rows.entry(caseId, entry.seq()).map(e -> parse(e.payloadJson()))
                    .orElse(MissingNode.getInstance());
            var now = parse(payload);
            var fields = new TreeSet<String>();
            recorded.fieldNames().forEachRemaining(fields::add);
            now.fieldNames().forEachRemaining(fields::add);
            var changed = fields.stream().filter(f -> !Objects.equals(canonical(recorded.get(f)), canonical(now.get(f))))
                    .toList();
            if (changed.isEmpty()) {
                // not objects, or equal fields over a payload whose line itself was altered
                breaks.add(LedgerBreak.of(Kind.RECORD_CHANGED, entry.seq(), subject, null, null,
                        subject + " differs from its payload in entry " + entry.seq(), subject, ""));
            }
            for (var field : changed) {
                breaks.add(LedgerBreak.of(Kind.RECORD_CHANGED, entry.seq(), subject, null, field,
                        subject + ": " + field + " is " + canonical(now.get(field)) + ", entry " + entry.seq()
                                + " recorded " + canonical(recorded.get(field)),
                        subject, field));
            }
        }
    }

    private List<LedgerBreak> checkFiles(Map<String, ListedFile> files) {
        List<LedgerBreak> breaks = new ArrayList<>();
        for (var file : files.values()) {
            if (!blobs.contains(file.sha256())) {
                breaks.add(LedgerBreak.of(Kind.FILE_MISSING, file.seq(), file.subject(), file.sha256(), null,
                        "File " + file.sha256() + " listed in entry " + file.seq() + " is not in the evidence store",
                        file.sha256(), file.seq()));
                continue;
            }
            boolean intact;
            String problem = "";
            try {
                intact = blobs.verify(file.sha256());
            } catch (UncheckedIOException unreadable) {
                intact = false;
                problem = " (" + unreadable.getCause().getMessage() + ")";
            }
            if (!intact) {
                breaks.add(LedgerBreak.of(Kind.FILE_CHANGED, file.seq(), file.subject(), file.sha256(), null,
                        "File " + file.sha256() + " listed in entry " + file.seq() + " no longer has that hash" + problem,
                        file.sha256(), file.seq()));
            }
        }
        return breaks;
    }

    private static JsonNode parse(String json) {
        try {
            var node = Jcs.parse(json);
            return node == null || !node.isObject() ? MissingNode.getInstance() : node;
        } catch (IllegalArgumentException notJson) {
            return MissingNode.getInstance();
        }
    }

    private static String canonical(JsonNode node) {
        return node == null ? null : Jcs.canonicalize(node);
    }
}
