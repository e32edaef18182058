package org.assemblyportal.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The append-only, hash-chained ledger of each case (decision 016). Features append an event in
 * the same transaction as the record it describes.
 */
@Service
public class CaseLedger {

    /** Version of the entry line's format ({@code "v"}). */
    static final int ENTRY_VERSION = 1;
    static final String SYSTEM_ACTOR = "system";
    static final String ACTOR_PREFIX = "actor-";
    /** Always six fraction digits, so every line of a ledger has the same shape. */
    static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9_-]*(\\.[a-z0-9_-]+)+");
    private static final Pattern SUBJECT = Pattern.compile("[a-z][a-z0-9_-]*/[^\\s/][^\\s]*");
    private static final int MAX_TYPE = 100;
    private static final int MAX_SUBJECT = 200;

    private final LedgerRows rows;
    private final BlobStore blobs;
    private final Clock clock;
    private final ObjectProvider<TimeStampAuthority> timeStampAuthority;
    private final SecureRandom random = new SecureRandom();

    CaseLedger(LedgerRows rows, BlobStore blobs, Clock clock, ObjectProvider<TimeStampAuthority> timeStampAuthority) {
        this.rows = rows;
        this.blobs = blobs;
        this.clock = clock;
        this.timeStampAuthority = timeStampAuthority;
    }

    /**
     * Appends the event as the case's next entry, in the caller's transaction (there must be one).
     * The first append of a transaction to a case locks the case's head row until the transaction ends;
     * later appends to the same case in that transaction reuse the lock and the head it read, so a batch
     * costs one lock and one insert per entry (the head row is written once, before commit). Do not append
     * inside a nested (savepoint) transaction that may roll back on its own: the entries would go, the
     * remembered head would not.
     *
     * @throws IllegalArgumentException when the type or subject has the wrong form, the payload has no
     *         RFC 8785 form, or it lists a file the evidence store does not hold
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public LedgerEntry append(LedgerEvent event) {
        validate(event);
        var payloadJson = Jcs.canonicalize(event.payload());
        checkFilesStored(payloadJson);
        var head = heads().locked(event.caseId());
        var seq = head.seq + 1;
        var at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var actor = head.pseudonymOf(event.actorUserId());
        var payloadHash = Jcs.sha256Hex(payloadJson);
        var line = new LinkedHashMap<String, Object>();
        line.put("actor", actor);
        line.put("at", AT.format(at));
        line.put("case", event.caseId().toString());
        line.put("payload", payloadHash);
        line.put("prev", head.hash);
        line.put("seq", seq);
        line.put("subject", event.subject());
        line.put("type", event.type());
        line.put("v", ENTRY_VERSION);
        var entryJson = Jcs.canonicalize(line);
        var entry = new LedgerEntry(event.caseId(), seq, at, actor, event.type(), event.subject(), payloadHash,
                head.hash, Jcs.sha256Hex(entryJson), entryJson, payloadJson);
        rows.insert(entry);
        head.advance(seq, entry.entryHash());
        return entry;
    }

    private static void validate(LedgerEvent event) {
        if (event.type().length() > MAX_TYPE || !TYPE.matcher(event.type()).matches()) {
            throw new IllegalArgumentException("A ledger event type is kind.verb in lower case, not " + event.type());
        }
        if (event.subject().length() > MAX_SUBJECT || !SUBJECT.matcher(event.subject()).matches()) {
            throw new IllegalArgumentException("A ledger subject is kind/id, not " + event.subject());
        }
    }

    /** A file a payload lists must be in the store already: verification re-hashes it from there. */
    private void checkFilesStored(String payloadJson) {
        for (var file : listedFiles(Jcs.parse(payloadJson))) {
            if (!blobs.contains(file)) {
                throw new IllegalArgumentException("A ledger payload lists a file the evidence store does not hold: "
                        + file);
            }
        }
    }

    /** The SHA-256 of every file in a payload's top-level {@code files} array (decision 016). */
    static List<String> listedFiles(JsonNode payload) {
        var files = payload.path("files");
        List<String> hashes = new ArrayList<>();
        if (files.isArray()) {
            for (var file : files) {
                hashes.add(file.path("sha256").asText(""));
            }
        }
        return hashes;
    }

    /** Every entry of the case in sequence order. */
    @Transactional(readOnly = true)
    public List<LedgerEntry> entries(UUID caseId) {
        List<LedgerEntry> all = new ArrayList<>();
        forEachEntry(caseId, all::add);
        return all;
    }

    /** The most entries one call of {@link #range} returns. */
    public static final int RANGE_MAX = 500;

    /**
     * Up to {@code limit} entries (at most {@link #RANGE_MAX}) after entry {@code afterSeq}, in sequence
     * order: a page of the ledger for people and integrations to read.
     */
    @Transactional(readOnly = true)
    public List<LedgerEntry> range(UUID caseId, long afterSeq, int limit) {
        return rows.range(caseId, Math.max(0, afterSeq), Math.max(1, Math.min(limit, RANGE_MAX)));
    }

    /** How many entries the case's ledger holds. */
    @Transactional(readOnly = true)
    public long size(UUID caseId) {
        return rows.lastSeq(caseId);
    }

    /** Every entry of the case in sequence order, streamed page by page (for exports of large cases). */
    @Transactional(readOnly = true)
    public void forEachEntry(UUID caseId, Consumer<LedgerEntry> action) {
        forEachEntry(caseId, Long.MAX_VALUE, action);
    }

    /** The entries up to {@code maxSeq}, a page at a time: memory holds one page, whatever the ledger's length. */
    void forEachEntry(UUID caseId, long maxSeq, Consumer<LedgerEntry> action) {
        long after = 0;
        while (true) {
            var page = rows.page(caseId, after, maxSeq);
            page.forEach(action);
            if (page.size() < LedgerRows.PAGE) {
                return;
            }
            after = page.get(page.size() - 1).seq();
        }
    }

    /**
     * Records and returns a checkpoint: the Merkle root over all current entries of the case. When a
     * {@link TimeStampAuthority} is configured, its token over the checkpoint is stored with it.
     */
    @Transactional
    public LedgerCheckpoint checkpoint(UUID caseId) {
        var size = rows.lastSeq(caseId);
        var tree = new MerkleTree.Accumulator();
        var head = new String[] {LedgerRows.ZERO_HASH};
        forEachEntry(caseId, size, entry -> {
            var line = entry.entryJson().getBytes(StandardCharsets.UTF_8);
            tree.addLeaf(line);
            head[0] = HexFormat.of().formatHex(Jcs.sha256(line));
        });
        var checkpoint = new LedgerCheckpoint(caseId, tree.size(), tree.rootHex(), head[0],
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        var token = timeStampAuthority.getIfAvailable() == null ? null
                : timeStampAuthority.getObject().stamp(Jcs.sha256(checkpointLine(checkpoint)
                        .getBytes(StandardCharsets.UTF_8))).map(Base64.getEncoder()::encodeToString).orElse(null);
        rows.insertCheckpoint(checkpoint, token);
        return checkpoint;
    }

    /** The checkpoint as one canonical line, as an export writes {@code ledger/checkpoint.json} (decision 017). */
    public static String checkpointLine(LedgerCheckpoint checkpoint) {
        var line = new LinkedHashMap<String, Object>();
        line.put("at", AT.format(checkpoint.at()));
        line.put("case", checkpoint.caseId().toString());
        line.put("head", checkpoint.head());
        line.put("root", checkpoint.root());
        line.put("size", checkpoint.size());
        return Jcs.canonicalize(line);
    }

    /** The latest checkpoint of the case (the largest size), if any was recorded. */
    @Transactional(readOnly = true)
    public Optional<LedgerCheckpoint> lastCheckpoint(UUID caseId) {
        return rows.lastCheckpoint(caseId);
    }

    /**
     * The user's pseudonym in the case's ledger, if they have recorded anything in it. For the portal's own
     * screens (who is actor-5c1f0a9e?); never put it next to the name in anything that leaves the portal.
     */
    @Transactional(readOnly = true)
    public Optional<String> pseudonymOf(UUID caseId, UUID userId) {
        return rows.pseudonym(caseId, userId);
    }

    // ---- the locked heads of the current transaction

    /**
     * The heads this transaction has locked, kept in a transaction synchronization rather than a bound
     * resource: Spring suspends synchronizations with their transaction, so an inner REQUIRES_NEW
     * transaction starts with no heads and takes its own lock.
     */
    private Heads heads() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("CaseLedger.append needs a transaction");
        }
        for (var synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof Heads heads && heads.owner() == this) {
                return heads;
            }
        }
        var heads = new Heads(this);
        TransactionSynchronizationManager.registerSynchronization(heads);
        return heads;
    }

    /** Identity equality on purpose: Spring keeps synchronizations in a set while the map inside changes. */
    private static final class Heads implements TransactionSynchronization {
        private final CaseLedger owner;
        private final Map<UUID, Head> byCase = new HashMap<>();

        Heads(CaseLedger owner) {
            this.owner = owner;
        }

        CaseLedger owner() {
            return owner;
        }

        Head locked(UUID caseId) {
            return byCase.computeIfAbsent(caseId, id -> {
                var row = owner.rows.lockHead(id);
                return new Head(owner, id, row.seq(), row.hash());
            });
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            byCase.values().stream().filter(head -> head.seq != head.lockedSeq)
                    .forEach(head -> owner.rows.updateHead(head.caseId, new LedgerRows.Head(head.seq, head.hash)));
        }
    }

    private static final class Head {
        private final CaseLedger owner;
        private final UUID caseId;
        private final long lockedSeq;
        private final Map<UUID, String> pseudonyms = new HashMap<>();
        private long seq;
        private String hash;

        Head(CaseLedger owner, UUID caseId, long seq, String hash) {
            this.owner = owner;
            this.caseId = caseId;
            this.lockedSeq = seq;
            this.seq = seq;
            this.hash = hash;
        }

        void advance(long seq, String hash) {
            this.seq = seq;
            this.hash = hash;
        }

        /** Found or made while the head is locked, so two appends cannot give one person two pseudonyms. */
        String pseudonymOf(UUID userId) {
            if (userId == null) {
                return SYSTEM_ACTOR;
            }
            return pseudonyms.computeIfAbsent(userId, id -> owner.rows.pseudonym(caseId, id).orElseGet(() -> {
                String pseudonym;
                do {
                    pseudonym = ACTOR_PREFIX + HexFormat.of().toHexDigits(owner.random.nextInt());
                } while (owner.rows.pseudonymTaken(caseId, pseudonym));
                owner.rows.insertPseudonym(caseId, id, pseudonym);
                return pseudonym;
            }));
        }
    }
}
