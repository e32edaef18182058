package org.assemblyportal.casefile;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assemblyportal.casefile.CaseFileLayout.CHAIN;
import static org.assemblyportal.casefile.CaseFileLayout.CHECKPOINT;
import static org.assemblyportal.casefile.CaseFileLayout.MANIFEST;
import static org.assemblyportal.casefile.CaseFileLayout.NO_HASH;
import static org.assemblyportal.casefile.CaseFileLayout.PAYLOADS;
import static org.assemblyportal.casefile.CaseFileLayout.SUMS;
import static org.assemblyportal.casefile.CaseFileLayout.VERIFY;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.assemblyportal.evidence.Jcs;
import org.assemblyportal.evidence.LedgerCheckpoint;
import org.assemblyportal.evidence.LedgerEntry;
import org.assemblyportal.evidence.LedgerFile;

/**
 * Writes a case file (decision 017) to {@code <target>.part} and moves it to the target only once it
 * is complete; on any failure or cancellation the part file is deleted and nothing is left behind.
 * Originals are STORED byte for byte; each is read once, and on that one pass hashed (the export
 * fails unless the bytes match the SHA-256 and size the ledger holds), CRC'd and copied. Memory stays
 * bounded: entries stream through one buffer, and of the ledger only 32-byte hashes are kept.
 * Not thread-safe per call; one instance may serve many exports one after another or in parallel.
 */
public final class CaseFileWriter {

    /** Large enough for fast sequential I/O, small enough that parallel exports do not weigh on the heap. */
    public static final int BUFFER_SIZE = 256 * 1024;
    private static final int CHECK_EVERY_ENTRIES = 1024;
    private static final java.util.HexFormat HEX = java.util.HexFormat.of();
    private static final DateTimeFormatter FILE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    /** {@code case-file-<case>-<yyyyMMdd-HHmmss>[-redacted].zip}, the time in UTC. */
    public static String fileName(CaseFileContent content) {
        return "case-file-" + content.caseId() + "-" + FILE_TIME.format(content.createdAt())
                + (content.redacted() ? "-redacted" : "") + ".zip";
    }

    /**
     * Writes the case file; throws {@link CaseFileException} when the content is not sound,
     * {@link CancellationException} when {@code cancelled} turns true (checked after every buffer and
     * every thousand ledger entries), and {@link IOException} when reading or writing fails.
     */
    public CaseFileResult write(CaseFileContent content, Path target, ProgressListener progress,
            BooleanSupplier cancelled) throws IOException {
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try {
            Export export;
            try (var zip = new ZipArchiveOutputStream(part, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                zip.setUseZip64(Zip64Mode.AsNeeded);
                export = new Export(content, zip, progress, cancelled);
                export.run();
            }
            move(part, target);
            return new CaseFileResult(target, Files.size(target), export.size, export.root, export.head);
        } catch (IOException | RuntimeException | Error failure) {
            try {
                Files.deleteIfExists(part);
            } catch (IOException cleanup) {
                failure.addSuppressed(cleanup);
            }
            throw failure;
        }
    }

    private static void move(Path part, Path target) throws IOException {
        try {
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException notHere) {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private record Row(String path, String sha256, long size, String role) {
    }

    private record ProofFile(String sha256, JsonNode file) {
    }

    /** The state of one export. */
    private static final class Export {

        private final CaseFileContent content;
        private final ZipArchiveOutputStream zip;
        private final ProgressListener progress;
        private final BooleanSupplier cancelled;
        private final byte[] buffer = new byte[BUFFER_SIZE];
        private final MessageDigest entryDigest = MerkleLevels.sha256();
        private final MessageDigest lineDigest = MerkleLevels.sha256();
        private final long time;
        private final List<Row> rows = new ArrayList<>();
        private final Set<String> paths = new HashSet<>();
        private final Map<String, LedgerFile> originals = new LinkedHashMap<>();
        private final Map<String, LedgerFile> withheld = new LinkedHashMap<>();
        private final MerkleLevels tree = new MerkleLevels();
        /** Each file a disclosed payload lists, under the first entry that lists it: its proof is that entry's. */
        private final Map<String, Long> proofSeqs = new HashMap<>();
        private final Map<Long, List<ProofFile>> proofsBySeq = new HashMap<>();
        private final long limit;
        private long bytesDone;
        private long bytesTotal;
        private long entriesTotal;
        private long size;
        private String root;
        private String head = NO_HASH;

        Export(CaseFileContent content, ZipArchiveOutputStream zip, ProgressListener progress,
                BooleanSupplier cancelled) {
            this.content = content;
            this.zip = zip;
            this.progress = progress == null ? ProgressListener.NONE : progress;
            this.cancelled = cancelled == null ? () -> false : cancelled;
            this.time = content.createdAt().toEpochMilli();
            LedgerCheckpoint checkpoint = content.checkpoint();
            this.limit = checkpoint == null ? Long.MAX_VALUE : checkpoint.size();
            this.entriesTotal = checkpoint == null ? -1 : checkpoint.size();
        }

        void run() throws IOException {
            index();
            checkCancelled();
            unchecked(this::writeChain);
            checkCheckpoint();
            unchecked(this::writePayloads);
            checkFilesAgainstLedger();
            unchecked(this::writeProofs);
            writeCheckpoint();
            for (OriginalFile original : content.originals()) {
                writeOriginal(original);
            }
            for (ExtraEntry extra : content.extras()) {
                writeExtra(extra);
            }
            writeVerifyText();
            writeManifest();
            writeSums();
        }

        private void index() {
            for (OriginalFile original : content.originals()) {
                LedgerFile file = original.file();
                if (originals.put(file.sha256(), file) != null) {
                    throw new IllegalArgumentException("Original " + file.sha256() + " given twice");
                }
                bytesTotal += file.size();
            }
            for (WithheldFile file : content.withheld()) {
                if (originals.containsKey(file.file().sha256())
                        || withheld.put(file.file().sha256(), file.file()) != null) {
                    throw new IllegalArgumentException("File " + file.file().sha256() + " given twice");
                }
            }
            for (ExtraEntry extra : content.extras()) {
                bytesTotal += Math.max(0, extra.size());
            }
        }

        // --- the ledger -------------------------------------------------------------------------

        private void writeChain() throws IOException {
            try (OutputStream out = textEntry(CHAIN)) {
                long[] seen = {0};
                String[] prev = {NO_HASH};
                content.ledger().forEach(entry -> {
                    long seq = ++seen[0];
                    if (seq > limit) {
                        return;
                    }
                    everyThousand(seq);
                    checkEntry(entry, seq, prev[0]);
                    byte[] line = entry.entryJson().getBytes(UTF_8);
                    tree.addLeafHash(MerkleLevels.leafHash(line));
                    writeLine(out, line);
                    prev[0] = entry.entryHash();
                });
                size = tree.size();
                head = prev[0];
                root = tree.rootHex();
                entriesTotal = size;
                progress.onProgress(bytesDone, bytesTotal, size, entriesTotal);
            }
            finishEntry(CHAIN);
        }

        private void checkEntry(LedgerEntry entry, long seq, String prev) {
            boolean sound = entry.seq() == seq
                    && content.caseId().equals(entry.caseId())
                    && prev.equals(entry.prevHash())
                    && hex(lineDigest, entry.entryJson()).equals(entry.entryHash())
                    && entry.entryJson().contains("\"payload\":\"" + entry.payloadSha256() + "\"");
            if (!sound) {
                throw new CaseFileException("casefile.ledger-broken", seq);
            }
        }

        private void checkCheckpoint() {
            LedgerCheckpoint checkpoint = content.checkpoint();
            if (checkpoint != null && (checkpoint.size() != size || !checkpoint.root().equals(root)
                    || !checkpoint.head().equals(head))) {
                throw new CaseFileException("casefile.checkpoint-differs", checkpoint.size(), size);
            }
            for (long seq : content.withheldPayloads()) {
                if (seq < 1 || seq > size) {
                    throw new IllegalArgumentException("No entry " + seq + " to withhold in a ledger of " + size);
                }
            }
        }

        private void writePayloads() throws IOException {
            try (OutputStream out = textEntry(PAYLOADS)) {
                long[] seen = {0};
                byte[] none = "null".getBytes(UTF_8);
                content.ledger().forEach(entry -> {
                    long seq = ++seen[0];
                    if (seq > size) {
                        return;
                    }
                    everyThousand(seq);
                    if (content.withheldPayloads().contains(seq)) {
                        writeLine(out, none);
                        return;
                    }
                    String payload = entry.payloadJson();
                    if (!hex(lineDigest, payload).equals(entry.payloadSha256())) {
                        throw new CaseFileException("casefile.ledger-broken", seq);
                    }
                    writeLine(out, payload.getBytes(UTF_8));
                    if (payload.contains("\"files\"")) {
                        noteFiles(seq, Jcs.parse(payload).path("files"));
                    }
                });
            }
            finishEntry(PAYLOADS);
        }

        private void noteFiles(long seq, JsonNode files) {
            for (JsonNode file : files) {
                String sha256 = file.path("sha256").asText();
                if (proofSeqs.putIfAbsent(sha256, seq) == null) {
                    proofsBySeq.computeIfAbsent(seq, s -> new ArrayList<>()).add(new ProofFile(sha256, file));
                }
            }
        }

        /**
         * Every file a disclosed payload lists is in the file or withheld by name, and nothing else is:
         * otherwise the verifier could not tie a file to the ledger, or would miss one.
         */
        private void checkFilesAgainstLedger() {
            for (String sha256 : proofSeqs.keySet()) {
                if (!originals.containsKey(sha256) && !withheld.containsKey(sha256)) {
                    throw new CaseFileException("casefile.file-not-supplied", sha256, proofSeqs.get(sha256));
                }
            }
            List<LedgerFile> given = new ArrayList<>(originals.values());
            // A withheld file may be named only by withheld payloads (a redacted copy withholds them all):
            // it is then listed by hash without a proof, since a proof would disclose its payload.
            if (content.withheldPayloads().isEmpty()) {
                given.addAll(withheld.values());
            }
            for (LedgerFile file : given) {
                if (!proofSeqs.containsKey(file.sha256())) {
                    throw new CaseFileException("casefile.file-not-in-ledger", file.name(), file.sha256());
                }
            }
        }

        private void writeProofs() throws IOException {
            if (proofsBySeq.isEmpty()) {
                return;
            }
            long[] seen = {0};
            content.ledger().forEach(entry -> {
                long seq = ++seen[0];
                if (seq > size) {
                    return;
                }
                everyThousand(seq);
                List<ProofFile> files = proofsBySeq.get(seq);
                if (files == null) {
                    return;
                }
                List<String> path = tree.auditPathHex((int) (seq - 1));
                for (ProofFile file : files) {
                    Map<String, Object> proof = new LinkedHashMap<>();
                    proof.put("file", file.file());
                    proof.put("seq", seq);
                    proof.put("entry", entry.entryJson());
                    proof.put("payload", entry.payloadJson());
                    proof.put("treeSize", size);
                    proof.put("leafIndex", seq - 1);
                    proof.put("path", path);
                    proof.put("root", root);
                    try {
                        writeJson(CaseFileLayout.proof(file.sha256()), proof);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
        }

        private void writeCheckpoint() throws IOException {
            Instant at = content.checkpoint() == null ? content.createdAt() : content.checkpoint().at();
            Map<String, Object> checkpoint = new LinkedHashMap<>();
            checkpoint.put("case", content.caseId().toString());
            checkpoint.put("size", size);
            checkpoint.put("root", root);
            checkpoint.put("head", head);
            checkpoint.put("at", at.toString());
            writeJson(CHECKPOINT, checkpoint);
        }

        // --- files ------------------------------------------------------------------------------

        private void writeOriginal(OriginalFile original) throws IOException {
            LedgerFile file = original.file();
            String path = CaseFileLayout.original(file.sha256(), file.name());
            if (paths.contains(path)) {
                path = CaseFileLayout.ORIGINALS + file.sha256() + "-" + CaseFileLayout.safeName(file.name());
            }
            EntryStream entry = new EntryStream(path, ZipEntry.STORED, file.size());
            try (InputStream in = original.bytes().open()) {
                int n;
                while ((n = in.read(buffer, 0, buffer.length)) != -1) {
                    entry.write(buffer, 0, n);
                    if (entry.size > file.size()) {
                        // a larger file in the store cannot be the one recorded: stop before copying the rest
                        throw new CaseFileException("casefile.original-differs", file.name(), file.sha256());
                    }
                    copied(n);
                }
            }
            String actual = HEX.formatHex(entryDigest.digest());
            if (entry.size != file.size() || !actual.equals(file.sha256())) {
                throw new CaseFileException("casefile.original-differs", file.name(), file.sha256());
            }
            entry.close(actual);
        }

        private void writeExtra(ExtraEntry extra) throws IOException {
            EntryStream entry = new EntryStream(extra.path(), methodOf(extra.path()), extra.size());
            try (InputStream in = extra.bytes().open()) {
                int n;
                while ((n = in.read(buffer, 0, buffer.length)) != -1) {
                    entry.write(buffer, 0, n);
                    copied(n);
                }
            }
            if (extra.size() >= 0 && entry.size != extra.size()) {
                throw new IOException(extra.path() + " announced " + extra.size() + " bytes but gave " + entry.size);
            }
            entry.close(HEX.formatHex(entryDigest.digest()));
        }

        /**
         * The dossier (its streams are Flate- and DCT-compressed by iText already) and the re-encoded JPEGs are
         * stored: deflating them again gains almost nothing and cost a second per 30 MB of dossier.
         */
        private static int methodOf(String path) {
            return path.endsWith(".pdf") || path.endsWith(".jpg") ? ZipEntry.STORED : ZipEntry.DEFLATED;
        }

        private void writeVerifyText() throws IOException {
            String text;
            try (InputStream in = CaseFileWriter.class.getResourceAsStream("/casefile/VERIFY.txt")) {
                if (in == null) {
                    throw new IOException("VERIFY.txt template missing from the build");
                }
                text = new String(in.readAllBytes(), UTF_8);
            }
            text = text.replace("{case}", content.caseId().toString())
                    .replace("{size}", Long.toString(size))
                    .replace("{root}", root)
                    .replace("{head}", head);
            writeText(VERIFY, text.getBytes(UTF_8));
        }

        private void writeManifest() throws IOException {
            Map<String, Object> manifest = new LinkedHashMap<>();
            manifest.put("format", CaseFileLayout.FORMAT);
            manifest.put("case", Map.of("id", content.caseId().toString(), "title", content.title()));
            manifest.put("createdAt", content.createdAt().toString());
            manifest.put("redacted", content.redacted());
            manifest.put("ledger", Map.of("size", size, "root", root, "head", head));
            List<Map<String, Object>> files = new ArrayList<>();
            rows.stream().sorted(Comparator.comparing(Row::path)).forEach(row -> files.add(
                    Map.of("path", row.path(), "sha256", row.sha256(), "size", row.size(), "role", row.role())));
            manifest.put("files", files);
            List<Map<String, Object>> kept = new ArrayList<>();
            for (WithheldFile file : content.withheld()) {
                kept.add(Map.of("sha256", file.file().sha256(), "size", file.file().size(),
                        "name", file.file().name(), "reason", file.reason()));
            }
            manifest.put("withheld", kept);
            manifest.put("withheldPayloads", new TreeSet<>(content.withheldPayloads()));
            writeJson(MANIFEST, manifest);
        }

        private void writeSums() throws IOException {
            StringBuilder sums = new StringBuilder(rows.size() * 100);
            rows.stream().sorted(Comparator.comparing(Row::path))
                    .forEach(row -> sums.append(row.sha256()).append("  ").append(row.path()).append('\n'));
            ZipArchiveEntry entry = newEntry(SUMS, ZipEntry.DEFLATED, -1);
            zip.putArchiveEntry(entry);
            zip.write(sums.toString().getBytes(UTF_8));
            zip.closeArchiveEntry();
        }

        // --- entries ----------------------------------------------------------------------------

        private void writeJson(String path, Object value) throws IOException {
            writeText(path, (Jcs.canonicalize(value) + "\n").getBytes(UTF_8));
        }

        private void writeText(String path, byte[] bytes) throws IOException {
            EntryStream entry = new EntryStream(path, ZipEntry.DEFLATED, bytes.length);
            entry.write(bytes, 0, bytes.length);
            entry.close(HEX.formatHex(entryDigest.digest()));
        }

        /** A DEFLATED entry written line by line; call {@link #finishEntry} after closing it. */
        private OutputStream textEntry(String path) throws IOException {
            EntryStream entry = new EntryStream(path, ZipEntry.DEFLATED, -1);
            openText = entry;
            return new BufferedOutputStream(entry, BUFFER_SIZE) {
                @Override
                public void close() throws IOException {
                    flush(); // the entry stays open until finishEntry, which records its hash
                }
            };
        }

        private EntryStream openText;

        private void finishEntry(String path) throws IOException {
            EntryStream entry = openText;
            if (entry == null || !entry.path.equals(path)) {
                throw new IllegalStateException("No open entry " + path);
            }
            openText = null;
            entry.close(HEX.formatHex(entryDigest.digest()));
        }

        private void writeLine(OutputStream out, byte[] line) {
            try {
                out.write(line);
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private ZipArchiveEntry newEntry(String path, int method, long knownSize) {
            if (!paths.add(path)) {
                throw new IllegalArgumentException("Two entries would be named " + path);
            }
            ZipArchiveEntry entry = new ZipArchiveEntry(path);
            entry.setMethod(method);
            if (knownSize >= 0) {
                entry.setSize(knownSize);
            }
            entry.setTime(time);
            return entry;
        }

        /** One ZIP entry being written: every byte goes to the digest and to the ZIP (which CRCs it) once. */
        private final class EntryStream extends OutputStream {

            private final String path;
            private long size;

            EntryStream(String path, int method, long knownSize) throws IOException {
                this.path = path;
                zip.putArchiveEntry(newEntry(path, method, knownSize));
                entryDigest.reset();
            }

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                entryDigest.update(bytes, offset, length);
                zip.write(bytes, offset, length);
                size += length;
            }

            void close(String sha256) throws IOException {
                zip.closeArchiveEntry();
                rows.add(new Row(path, sha256, size, CaseFileLayout.role(path)));
            }
        }

        // --- progress, cancellation -------------------------------------------------------------

        private void copied(int n) {
            bytesDone += n;
            checkCancelled();
            progress.onProgress(bytesDone, bytesTotal, size, entriesTotal);
        }

        private void everyThousand(long seq) {
            if (seq % CHECK_EVERY_ENTRIES == 0) {
                checkCancelled();
                progress.onProgress(bytesDone, bytesTotal, Math.max(size, seq), entriesTotal);
            }
        }

        private void checkCancelled() {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("Case file export cancelled");
            }
        }

        private static String hex(MessageDigest digest, String text) {
            return HEX.formatHex(digest.digest(text.getBytes(UTF_8)));
        }

        private interface IoAction {
            void run() throws IOException;
        }

        /** Ledger entries arrive through a Consumer, which cannot throw IOException: carry it across. */
        private static void unchecked(IoAction action) throws IOException {
            try {
                action.run();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }
}
