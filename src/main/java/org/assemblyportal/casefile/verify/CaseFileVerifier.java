package org.assemblyportal.casefile.verify;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assemblyportal.casefile.CaseFileLayout.CHAIN;
import static org.assemblyportal.casefile.CaseFileLayout.CHECKPOINT;
import static org.assemblyportal.casefile.CaseFileLayout.MANIFEST;
import static org.assemblyportal.casefile.CaseFileLayout.NO_HASH;
import static org.assemblyportal.casefile.CaseFileLayout.ORIGINALS;
import static org.assemblyportal.casefile.CaseFileLayout.PAYLOADS;
import static org.assemblyportal.casefile.CaseFileLayout.PROOFS;
import static org.assemblyportal.casefile.CaseFileLayout.SUMS;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.assemblyportal.casefile.CaseFileLayout;
import org.assemblyportal.casefile.verify.VerificationReport.Break;
import org.assemblyportal.casefile.verify.VerificationReport.Check;
import org.assemblyportal.evidence.Jcs;
import org.assemblyportal.evidence.MerkleTree;

/**
 * Checks a case file offline (decision 017) with nothing but the JDK and this jar: SHA256SUMS against
 * every entry, the manifest against the ZIP, the chain line by line, each payload against its entry,
 * the Merkle root against checkpoint.json and manifest.json, every inclusion proof, every original
 * against the hash its payload gives, and that every file a disclosed payload lists is there or
 * withheld by name. It reports every break it finds, not only the first; messages are in English
 * because this is a command-line tool for whoever holds the file.
 */
public final class CaseFileVerifier {

    static final Set<String> ENTRY_KEYS = Set.of("actor", "at", "case", "payload", "prev", "seq", "subject",
            "type", "v");
    static final Set<Long> ENTRY_VERSIONS = Set.of(1L);
    private static final HexFormat HEX = HexFormat.of();
    private static final Pattern SUM_LINE = Pattern.compile("([0-9a-f]{64})  (.+)");
    private static final Pattern PROOF_NAME = Pattern.compile(Pattern.quote(PROOFS) + "([0-9a-f]{64})\\.json");
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    private static final int BUFFER_SIZE = 256 * 1024;

    /** {@code java -jar assembly-portal.jar verify case-file.zip}: prints the report, returns the exit code. */
    public static int run(String[] args, PrintStream out) {
        if (args.length != 1) {
            out.println("Usage: java -jar assembly-portal.jar verify <case-file.zip>");
            return VerificationReport.NOT_A_CASE_FILE;
        }
        VerificationReport report = new CaseFileVerifier().verify(Path.of(args[0]));
        report.print(out);
        return report.exitCode();
    }

    public VerificationReport verify(Path file) {
        if (!Files.isRegularFile(file)) {
            return unreadable(file, "no such file");
        }
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile(), UTF_8);
        } catch (IOException e) {
            return unreadable(file, "cannot be read as a ZIP file: " + e.getMessage());
        }
        try (zip) {
            Map<String, ZipEntry> entries = new LinkedHashMap<>();
            List<String> twice = new ArrayList<>();
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                if (!entry.isDirectory() && entries.putIfAbsent(entry.getName(), entry) != null) {
                    twice.add(entry.getName());
                }
            }
            if (!entries.containsKey(MANIFEST) && !entries.containsKey(CHAIN)) {
                return unreadable(file, "has neither " + MANIFEST + " nor " + CHAIN + ": not a case file");
            }
            return new Run(file.toString(), zip, entries, twice).all();
        } catch (IOException e) {
            return unreadable(file, "cannot be read: " + e.getMessage());
        }
    }

    private static VerificationReport unreadable(Path file, String why) {
        return new VerificationReport(file.toString(), false, List.of(new Check("zip", false, why)),
                List.of(new Break("zip", file.toString(), why, "", "")));
    }

    private record Hashed(String sha256, long size) {
    }

    private record ListedFile(long seq, JsonNode file) {
    }

    /** One verification: what the checks learn and pass on to the next. */
    private static final class Run {

        private final String file;
        private final ZipFile zip;
        private final Map<String, ZipEntry> entries;
        private final List<String> twice;
        private final List<Check> checks = new ArrayList<>();
        private final List<Break> breaks = new ArrayList<>();
        private final byte[] buffer = new byte[BUFFER_SIZE];
        private final MessageDigest sha = sha256();
        private final Map<String, Hashed> hashes = new HashMap<>();
        private boolean readable = true;
        private String check;
        private int breaksBefore;

        private JsonNode manifest;
        private final Map<String, JsonNode> manifestRows = new HashMap<>();
        private final Map<String, JsonNode> withheldFiles = new LinkedHashMap<>();
        private final Set<Long> withheldPayloads = new HashSet<>();
        private String caseId;

        private final List<byte[]> leafHashes = new ArrayList<>();
        private final List<String> entryHashes = new ArrayList<>();
        private final List<String> payloadFields = new ArrayList<>();
        private String root;
        private String head = NO_HASH;
        /** Files listed by payloads present and matching their entry, under the first such entry. */
        private final Map<String, ListedFile> listedFiles = new LinkedHashMap<>();

        Run(String file, ZipFile zip, Map<String, ZipEntry> entries, List<String> twice) {
            this.file = file;
            this.zip = zip;
            this.entries = entries;
            this.twice = twice;
        }

        VerificationReport all() {
            checkSums();
            checkManifest();
            checkChain();
            checkPayloads();
            checkRoot();
            checkProofs();
            checkOriginals();
            checkFiles();
            return new VerificationReport(file, readable, checks, breaks);
        }

        // --- SHA256SUMS -------------------------------------------------------------------------

        private void checkSums() {
            start("SHA256SUMS");
            for (String name : twice) {
                fail(name, "appears more than once in the ZIP");
            }
            Map<String, String> listed = new LinkedHashMap<>();
            if (!entries.containsKey(SUMS)) {
                fail(SUMS, "missing from the ZIP");
            } else {
                int number = 0;
                try (Lines lines = lines(SUMS)) {
                    for (byte[] bytes : lines) {
                        number++;
                        Matcher line = SUM_LINE.matcher(new String(bytes, UTF_8));
                        if (!line.matches()) {
                            fail(SUMS + " line " + number, "is not \"<sha256>  <path>\"");
                        } else if (listed.put(line.group(2), line.group(1)) != null) {
                            fail(line.group(2), "is listed twice in " + SUMS);
                        }
                    }
                }
            }
            for (String path : entries.keySet()) {
                if (path.equals(SUMS)) {
                    continue;
                }
                Hashed hashed = hash(path);
                String expected = listed.get(path);
                if (expected == null) {
                    fail(path, "is in the ZIP but not listed in " + SUMS);
                } else if (hashed != null && !expected.equals(hashed.sha256())) {
                    fail(path, "SHA-256 differs from " + SUMS, expected, hashed.sha256());
                }
            }
            for (String path : listed.keySet()) {
                if (!entries.containsKey(path)) {
                    fail(path, "is listed in " + SUMS + " but missing from the ZIP");
                }
            }
            end(hashes.size() + " entries hashed, " + listed.size() + " listed");
        }

        // --- manifest.json ----------------------------------------------------------------------

        private void checkManifest() {
            start("manifest");
            manifest = json(MANIFEST);
            if (manifest == null) {
                end("unreadable");
                return;
            }
            if (!CaseFileLayout.FORMAT.equals(manifest.path("format").asText())) {
                readable = false;
                fail(MANIFEST + " format", "is not a case-file format this verifier reads", CaseFileLayout.FORMAT,
                        manifest.path("format").toString());
            }
            caseId = text(manifest.path("case"), "id", MANIFEST + " case.id");
            text(manifest.path("case"), "title", MANIFEST + " case.title");
            instant(text(manifest, "createdAt", MANIFEST + " createdAt"), MANIFEST + " createdAt");
            if (!manifest.path("redacted").isBoolean()) {
                fail(MANIFEST + " redacted", "is not true or false");
            }
            JsonNode files = manifest.path("files");
            for (int i = 0; i < files.size(); i++) {
                JsonNode row = files.get(i);
                String where = MANIFEST + " files[" + i + "]";
                String path = text(row, "path", where + ".path");
                if (path == null) {
                    continue;
                }
                if (manifestRows.put(path, row) != null) {
                    fail(path, "is listed twice in " + MANIFEST);
                }
                Hashed hashed = hashes.get(path);
                if (!entries.containsKey(path)) {
                    fail(path, "is listed in " + MANIFEST + " but missing from the ZIP");
                } else if (hashed != null) {
                    if (!hashed.sha256().equals(row.path("sha256").asText())) {
                        fail(path, "SHA-256 differs from " + MANIFEST, row.path("sha256").asText(), hashed.sha256());
                    }
                    if (row.path("size").asLong(-1) != hashed.size()) {
                        fail(path, "size differs from " + MANIFEST, row.path("size").toString(),
                                Long.toString(hashed.size()));
                    }
                }
                if (!CaseFileLayout.role(path).equals(row.path("role").asText())) {
                    fail(path, "role in " + MANIFEST + " is wrong", CaseFileLayout.role(path),
                            row.path("role").toString());
                }
            }
            if (!files.isArray()) {
                fail(MANIFEST + " files", "is not a list");
            }
            for (String path : entries.keySet()) {
                if (!CaseFileLayout.isPart(path)) {
                    fail(path, "has no place in a case file (decision 017)");
                }
                if (!path.equals(MANIFEST) && !path.equals(SUMS) && !manifestRows.containsKey(path)) {
                    fail(path, "is in the ZIP but not listed in " + MANIFEST);
                }
            }
            JsonNode withheld = manifest.path("withheld");
            for (int i = 0; i < withheld.size(); i++) {
                JsonNode row = withheld.get(i);
                String sha256 = text(row, "sha256", MANIFEST + " withheld[" + i + "].sha256");
                text(row, "reason", MANIFEST + " withheld[" + i + "].reason");
                if (sha256 != null && withheldFiles.put(sha256, row) != null) {
                    fail(MANIFEST + " withheld[" + i + "]", "withholds file " + sha256 + " twice");
                }
            }
            for (JsonNode seq : manifest.path("withheldPayloads")) {
                if (!seq.canConvertToExactIntegral() || !withheldPayloads.add(seq.asLong())) {
                    fail(MANIFEST + " withheldPayloads", "has a bad or repeated seq " + seq);
                }
            }
            end(manifestRows.size() + " files, " + withheldFiles.size() + " withheld, " + withheldPayloads.size()
                    + " payloads withheld");
        }

        // --- ledger/chain.jsonl -----------------------------------------------------------------

        private void checkChain() {
            start("chain");
            String prev = NO_HASH;
            long seq = 0;
            String chainCase = null;
            try (Lines lines = lines(CHAIN)) {
                for (byte[] line : lines) {
                    seq++;
                    String where = CHAIN + " seq " + seq;
                    String hash = HEX.formatHex(sha.digest(line));
                    leafHashes.add(MerkleTree.leafHash(line));
                    entryHashes.add(hash);
                    String text = new String(line, UTF_8);
                    JsonNode entry = parse(text);
                    if (entry == null || !entry.isObject()) {
                        fail(where, "is not a JSON object");
                        payloadFields.add("");
                        prev = hash;
                        continue;
                    }
                    if (!Jcs.canonicalizeJson(text).equals(text)) {
                        fail(where, "is not in canonical form (RFC 8785), so its hash is not reproducible");
                    }
                    Set<String> keys = new TreeSet<>();
                    entry.fieldNames().forEachRemaining(keys::add);
                    if (!keys.equals(ENTRY_KEYS)) {
                        fail(where, "has fields " + keys, ENTRY_KEYS.toString(), keys.toString());
                    }
                    JsonNode seqField = entry.path("seq");
                    if (!seqField.canConvertToExactIntegral() || seqField.asLong() != seq) {
                        fail(where, "line " + seq + " carries seq " + seqField + " (an entry is missing, added or moved)",
                                Long.toString(seq), seqField.toString());
                    }
                    if (!entry.path("v").canConvertToExactIntegral() || !ENTRY_VERSIONS.contains(entry.path("v").asLong())) {
                        fail(where, "has an unknown entry version v", ENTRY_VERSIONS.toString(), entry.path("v").toString());
                    }
                    String entryCase = entry.path("case").asText();
                    if (chainCase == null) {
                        chainCase = entryCase;
                    } else if (!chainCase.equals(entryCase)) {
                        fail(where, "belongs to another case", chainCase, entryCase);
                    }
                    if (!prev.equals(entry.path("prev").asText())) {
                        fail(where, "prev is not the SHA-256 of " + (seq == 1 ? "nothing (64 zeros)" : "seq " + (seq - 1)),
                                prev, entry.path("prev").asText());
                    }
                    String payload = entry.path("payload").asText();
                    if (!HASH.matcher(payload).matches()) {
                        fail(where, "payload is not a SHA-256", "64 hex digits", entry.path("payload").toString());
                    }
                    instant(entry.path("at").asText(null), where + " at");
                    payloadFields.add(payload);
                    prev = hash;
                }
            }
            if (caseId != null && chainCase != null && !caseId.equals(chainCase)) {
                fail(MANIFEST + " case.id", "is not the case of the chain", chainCase, caseId);
            }
            if (chainCase != null) {
                caseId = chainCase;
            }
            head = entryHashes.isEmpty() ? NO_HASH : entryHashes.get(entryHashes.size() - 1);
            end(seq + " entries");
        }

        // --- ledger/payloads.jsonl --------------------------------------------------------------

        private void checkPayloads() {
            start("payloads");
            long seq = 0;
            int n = payloadFields.size();
            int present = 0;
            try (Lines lines = lines(PAYLOADS)) {
                for (byte[] line : lines) {
                    seq++;
                    String where = PAYLOADS + " seq " + seq;
                    if (seq > n) {
                        fail(where, "has no entry: the chain has " + n + " entries");
                        continue;
                    }
                    String text = new String(line, UTF_8);
                    if (text.equals("null")) {
                        if (!withheldPayloads.contains(seq)) {
                            fail(where, "is withheld (null) but " + MANIFEST + " does not list seq " + seq
                                    + " in withheldPayloads");
                        }
                        continue;
                    }
                    if (withheldPayloads.contains(seq)) {
                        fail(where, "is present but " + MANIFEST + " lists seq " + seq + " as withheld");
                    }
                    String actual = HEX.formatHex(sha.digest(line));
                    if (!actual.equals(payloadFields.get((int) seq - 1))) {
                        fail(where, "does not hash to the payload of entry seq " + seq, payloadFields.get((int) seq - 1),
                                actual);
                        continue;
                    }
                    present++;
                    JsonNode payload = parse(text);
                    if (payload == null) {
                        fail(where, "is not JSON");
                        continue;
                    }
                    for (JsonNode listed : payload.path("files")) {
                        listedFiles.putIfAbsent(listed.path("sha256").asText(), new ListedFile(seq, listed));
                    }
                }
            }
            if (seq < n) {
                fail(PAYLOADS + " seq " + (seq + 1), "is missing: " + PAYLOADS + " has " + seq + " lines, the chain "
                        + n);
            }
            for (long withheld : withheldPayloads) {
                if (withheld < 1 || withheld > n) {
                    fail(MANIFEST + " withheldPayloads", "names seq " + withheld + ", which is not in the chain");
                }
            }
            end(present + " present and matching, " + withheldPayloads.size() + " withheld, "
                    + listedFiles.size() + " files listed");
        }

        // --- Merkle root ------------------------------------------------------------------------

        private void checkRoot() {
            start("root");
            root = MerkleTree.ofLeafHashes(leafHashes).rootHex();
            String size = Integer.toString(leafHashes.size());
            JsonNode checkpoint = json(CHECKPOINT);
            if (checkpoint != null) {
                same(CHECKPOINT + " root", "is not the Merkle root over " + CHAIN, root, checkpoint.path("root"));
                same(CHECKPOINT + " size", "is not the number of lines of " + CHAIN, size, checkpoint.path("size"));
                same(CHECKPOINT + " head", "is not the SHA-256 of the last line of " + CHAIN + lastSeq(), head,
                        checkpoint.path("head"));
                if (caseId != null) {
                    same(CHECKPOINT + " case", "is not the case of the chain", caseId, checkpoint.path("case"));
                }
                Instant at = instant(checkpoint.path("at").asText(null), CHECKPOINT + " at");
                Instant created = manifest == null ? null : instant(manifest.path("createdAt").asText(null), null);
                if (at != null && created != null && at.isAfter(created)) {
                    fail(CHECKPOINT + " at", "is after the case file was made (" + MANIFEST + " createdAt)",
                            "at most " + created, at.toString());
                }
            }
            if (manifest != null) {
                JsonNode ledger = manifest.path("ledger");
                same(MANIFEST + " ledger.root", "is not the Merkle root over " + CHAIN, root, ledger.path("root"));
                same(MANIFEST + " ledger.size", "is not the number of lines of " + CHAIN, size, ledger.path("size"));
                same(MANIFEST + " ledger.head", "is not the SHA-256 of the last line of " + CHAIN + lastSeq(), head,
                        ledger.path("head"));
            }
            end(root + " over " + size + " entries");
        }

        private String lastSeq() {
            return " (seq " + entryHashes.size() + ")";
        }

        // --- ledger/proofs ----------------------------------------------------------------------

        private void checkProofs() {
            start("proofs");
            Set<String> proved = new HashSet<>();
            int n = entryHashes.size();
            for (String path : entries.keySet()) {
                if (!path.startsWith(PROOFS)) {
                    continue;
                }
                Matcher name = PROOF_NAME.matcher(path);
                if (!name.matches()) {
                    fail(path, "is not named " + PROOFS + "<sha256>.json");
                    continue;
                }
                JsonNode proof = json(path);
                if (proof == null) {
                    continue;
                }
                String fileSha = proof.path("file").path("sha256").asText();
                if (!fileSha.equals(name.group(1))) {
                    fail(path, "is about another file", name.group(1), fileSha);
                }
                long seq = proof.path("seq").asLong(-1);
                if (!proof.path("seq").canConvertToExactIntegral() || seq < 1 || seq > n) {
                    fail(path, "seq is not an entry of the chain", "1.." + n, proof.path("seq").toString());
                    continue;
                }
                String entryText = proof.path("entry").asText();
                byte[] entryBytes = entryText.getBytes(UTF_8);
                String entryHash = HEX.formatHex(sha.digest(entryBytes));
                if (!entryHash.equals(entryHashes.get((int) seq - 1))) {
                    fail(path, "entry is not line seq " + seq + " of " + CHAIN, entryHashes.get((int) seq - 1),
                            entryHash);
                }
                JsonNode entry = parse(entryText);
                String payloadText = proof.path("payload").asText();
                String payloadHash = HEX.formatHex(sha.digest(payloadText.getBytes(UTF_8)));
                if (entry == null || !payloadHash.equals(entry.path("payload").asText())) {
                    fail(path, "payload does not hash to the payload of its entry (seq " + seq + ")",
                            entry == null ? "" : entry.path("payload").asText(), payloadHash);
                }
                JsonNode payload = parse(payloadText);
                if (!lists(payload, proof.path("file"))) {
                    fail(path, "payload does not list the file the proof is about");
                }
                same(path + " treeSize", "is not the size of the ledger", Integer.toString(n), proof.path("treeSize"));
                same(path + " leafIndex", "is not seq - 1", Long.toString(seq - 1), proof.path("leafIndex"));
                same(path + " root", "is not the Merkle root over " + CHAIN, root, proof.path("root"));
                List<String> auditPath = new ArrayList<>();
                proof.path("path").forEach(step -> auditPath.add(step.asText()));
                boolean included = MerkleTree.verifyInclusionHex(HEX.formatHex(MerkleTree.leafHash(entryBytes)),
                        proof.path("leafIndex").asInt(-1), proof.path("treeSize").asInt(-1), auditPath,
                        proof.path("root").asText());
                if (!included) {
                    fail(path, "audit path does not lead from the entry to the root (RFC 6962)");
                }
                proved.add(name.group(1));
            }
            for (Map.Entry<String, ListedFile> listed : listedFiles.entrySet()) {
                if (!proved.contains(listed.getKey())) {
                    fail(CaseFileLayout.proof(listed.getKey()), "is missing: no proof for the file seq "
                            + listed.getValue().seq() + " lists");
                }
            }
            end(proved.size() + " proofs");
        }

        private static boolean lists(JsonNode payload, JsonNode file) {
            if (payload == null || !file.isObject()) {
                return false;
            }
            String wanted = Jcs.canonicalize(file);
            for (JsonNode listed : payload.path("files")) {
                if (Jcs.canonicalize(listed).equals(wanted)) {
                    return true;
                }
            }
            return false;
        }

        // --- originals and completeness ---------------------------------------------------------

        private void checkOriginals() {
            start("originals");
            int count = 0;
            for (String path : entries.keySet()) {
                if (!path.startsWith(ORIGINALS)) {
                    continue;
                }
                count++;
                Hashed hashed = hashes.get(path);
                JsonNode row = manifestRows.get(path);
                String recorded = row == null ? null : row.path("sha256").asText();
                if (hashed == null) {
                    continue;
                }
                if (recorded != null && !recorded.equals(hashed.sha256())) {
                    fail(path, "bytes do not hash to the SHA-256 " + MANIFEST + " gives", recorded, hashed.sha256());
                }
                String name = path.substring(ORIGINALS.length());
                if (name.length() < 13 || !hashed.sha256().startsWith(name.substring(0, 12))) {
                    fail(path, "name does not start with the first 12 digits of its SHA-256",
                            hashed.sha256().substring(0, 12), name.substring(0, Math.min(12, name.length())));
                }
                ListedFile listed = listedFiles.get(hashed.sha256());
                if (listed == null) {
                    fail(path, "bytes hash to " + hashed.sha256() + ", which no disclosed payload lists");
                } else if (listed.file().path("size").asLong(-1) != hashed.size()) {
                    fail(path, "size differs from the payload of seq " + listed.seq(),
                            listed.file().path("size").toString(), Long.toString(hashed.size()));
                }
            }
            end(count + " originals");
        }

        private void checkFiles() {
            start("files");
            Set<String> present = new HashSet<>();
            for (String path : entries.keySet()) {
                if (path.startsWith(ORIGINALS) && hashes.containsKey(path)) {
                    present.add(hashes.get(path).sha256());
                }
            }
            for (Map.Entry<String, ListedFile> listed : listedFiles.entrySet()) {
                String sha256 = listed.getKey();
                if (!present.contains(sha256) && !withheldFiles.containsKey(sha256)) {
                    fail(PAYLOADS + " seq " + listed.getValue().seq(), "lists file " + sha256 + " ("
                            + listed.getValue().file().path("name").asText()
                            + "), which is neither in originals/ nor withheld in " + MANIFEST);
                }
            }
            int i = 0;
            for (Map.Entry<String, JsonNode> withheld : withheldFiles.entrySet()) {
                String where = MANIFEST + " withheld[" + i++ + "]";
                ListedFile listed = listedFiles.get(withheld.getKey());
                if (listed == null) {
                    // Named only by withheld payloads (a redacted copy withholds them all): listed by hash,
                    // and provable only with the full case file. Without any withheld payload it is forged.
                    if (withheldPayloads.isEmpty()) {
                        fail(where, "withholds file " + withheld.getKey() + ", which no disclosed payload lists");
                    } else if (present.contains(withheld.getKey())) {
                        fail(where, "withholds file " + withheld.getKey() + ", which is in originals/ all the same");
                    }
                    continue;
                }
                if (present.contains(withheld.getKey())) {
                    fail(where, "withholds file " + withheld.getKey() + ", which is in originals/ all the same");
                }
                same(where + ".size", "differs from the payload of seq " + listed.seq(),
                        listed.file().path("size").toString(), withheld.getValue().path("size"));
                same(where + ".name", "differs from the payload of seq " + listed.seq(),
                        listed.file().path("name").asText(), withheld.getValue().path("name"));
            }
            end(listedFiles.size() + " files listed, " + present.size() + " present, " + withheldFiles.size()
                    + " withheld");
        }

        // --- reading ----------------------------------------------------------------------------

        private Hashed hash(String path) {
            sha.reset();
            long size = 0;
            try (InputStream in = zip.getInputStream(entries.get(path))) {
                int n;
                while ((n = in.read(buffer)) != -1) {
                    sha.update(buffer, 0, n);
                    size += n;
                }
            } catch (IOException e) {
                fail(path, "cannot be read: " + e.getMessage());
                return null;
            }
            Hashed hashed = new Hashed(HEX.formatHex(sha.digest()), size);
            hashes.put(path, hashed);
            return hashed;
        }

        /**
         * The lines of an entry as the bytes hashed ({@code \n} ends a line and is not part of it),
         * read one at a time so that a ledger of any length passes through a fixed buffer.
         */
        private Lines lines(String path) {
            ZipEntry entry = entries.get(path);
            if (entry == null) {
                fail(path, "missing from the ZIP");
                return new Lines(path, InputStream.nullInputStream());
            }
            try {
                return new Lines(path, zip.getInputStream(entry));
            } catch (IOException e) {
                fail(path, "cannot be read: " + e.getMessage());
                return new Lines(path, InputStream.nullInputStream());
            }
        }

        private final class Lines implements Iterable<byte[]>, AutoCloseable {

            private final String path;
            private final InputStream in;
            private final byte[] chunk = new byte[BUFFER_SIZE];
            private int position;
            private int limit;
            private boolean ended;

            Lines(String path, InputStream in) {
                this.path = path;
                this.in = in;
            }

            @Override
            public Iterator<byte[]> iterator() {
                return new Iterator<>() {
                    private byte[] next = read();

                    @Override
                    public boolean hasNext() {
                        return next != null;
                    }

                    @Override
                    public byte[] next() {
                        if (next == null) {
                            throw new NoSuchElementException();
                        }
                        byte[] line = next;
                        next = read();
                        return line;
                    }
                };
            }

            private byte[] read() {
                ByteArrayOutputStream line = new ByteArrayOutputStream(512);
                while (!ended) {
                    if (position == limit && !fill()) {
                        break;
                    }
                    int start = position;
                    while (position < limit && chunk[position] != '\n') {
                        position++;
                    }
                    line.write(chunk, start, position - start);
                    if (position < limit) {
                        position++;
                        return line.toByteArray();
                    }
                }
                if (line.size() > 0) {
                    fail(path, "last line has no line break (the file was cut or changed)");
                    return line.toByteArray();
                }
                return null;
            }

            private boolean fill() {
                try {
                    limit = in.read(chunk);
                } catch (IOException e) {
                    fail(path, "cannot be read: " + e.getMessage());
                    limit = -1;
                }
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    ended = true;
                    return false;
                }
                return true;
            }

            @Override
            public void close() {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // reading is over; a failure to release the entry changes no finding
                }
            }
        }

        private JsonNode json(String path) {
            if (!entries.containsKey(path)) {
                fail(path, "missing from the ZIP");
                return null;
            }
            try (InputStream in = zip.getInputStream(entries.get(path))) {
                JsonNode node = parse(new String(in.readAllBytes(), UTF_8));
                if (node == null || !node.isObject()) {
                    fail(path, "is not a JSON object");
                    return null;
                }
                return node;
            } catch (IOException e) {
                fail(path, "cannot be read: " + e.getMessage());
                return null;
            }
        }

        private static JsonNode parse(String text) {
            try {
                return Jcs.parse(text);
            } catch (IllegalArgumentException notJson) {
                return null;
            }
        }

        private String text(JsonNode node, String field, String where) {
            JsonNode value = node.path(field);
            if (!value.isTextual()) {
                fail(where, "is missing or not text");
                return null;
            }
            return value.asText();
        }

        private Instant instant(String text, String where) {
            try {
                return text == null ? null : Instant.parse(text);
            } catch (DateTimeParseException e) {
                if (where != null) {
                    fail(where, "is not a UTC time", "an ISO-8601 instant", text);
                }
                return null;
            }
        }

        private void same(String where, String what, String expected, JsonNode actual) {
            String value = actual.isValueNode() ? actual.asText() : actual.toString();
            if (!expected.equals(value) || actual.isMissingNode()) {
                fail(where, what, expected, actual.isMissingNode() ? "nothing" : actual.toString());
            }
        }

        // --- the report -------------------------------------------------------------------------

        private void start(String name) {
            check = name;
            breaksBefore = breaks.size();
        }

        private void end(String detail) {
            int found = breaks.size() - breaksBefore;
            checks.add(new Check(check, found == 0, found == 0 ? detail : detail + "; " + found + " broken"));
        }

        private void fail(String where, String what) {
            fail(where, what, "", "");
        }

        private void fail(String where, String what, String expected, String actual) {
            breaks.add(new Break(check, where, what, expected, actual));
        }

        private static MessageDigest sha256() {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (java.security.NoSuchAlgorithmException impossible) {
                throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
            }
        }
    }
}
