package org.assemblyportal.casefile.verify;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.assemblyportal.casefile.CaseFileLayout;
import org.assemblyportal.casefile.CaseFileWriter;
import org.assemblyportal.casefile.ProgressListener;
import org.assemblyportal.casefile.SyntheticCase;
import org.assemblyportal.evidence.Jcs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated tampering: every kind of change to a written case file (a flipped bit in each entry,
 * each field of an entry, payload, manifest, checkpoint and proof, lines deleted, added, moved or
 * repeated, entries removed or slipped in) must make the verifier fail and name the place. The
 * "resealed" changes also recompute SHA256SUMS and the manifest's rows, as a careful forger would,
 * so only the deeper checks can catch them; byte-level changes must also fail {@code sha256sum -c}.
 */
class CaseFileMutationTest {

    private static final HexFormat HEX = HexFormat.of();
    private static final Set<String> ENTRY_KEYS = Set.of("actor", "at", "case", "payload", "prev", "seq", "subject",
            "type", "v");
    /** Manifest fields no other part of the file repeats: only SHA256SUMS (and the dossier) vouch for them. */
    private static final Set<String> MANIFEST_ONLY = Set.of("/case/title", "/createdAt", "/redacted",
            "/withheld/0/reason");

    @TempDir
    static Path dir;
    private static Map<String, byte[]> pristine;
    private static SyntheticCase sample;

    @BeforeAll
    static void writeTheSample() throws IOException {
        sample = new SyntheticCase();
        Path zip = dir.resolve("sample.zip");
        new CaseFileWriter().write(sample.content(), zip, ProgressListener.NONE, () -> false);
        pristine = read(zip);
        assertThat(new CaseFileVerifier().verify(zip).breaks()).isEmpty();
        Map<String, byte[]> resealed = new LinkedHashMap<>(pristine);
        reseal(resealed, true);
        assertThat(new CaseFileVerifier().verify(write(resealed, "resealed.zip")).breaks())
                .as("resealing an untouched file changes nothing the verifier sees").isEmpty();
    }

    /** What a change does, and what a break must name for the verifier to have found it. */
    private record Mutation(String name, Consumer<Map<String, byte[]>> change, Pattern names, boolean resealed,
            boolean byteLevel) {

        /** A change to the manifest itself is resealed in SHA256SUMS only: recomputing its rows would undo it. */
        boolean ofManifest() {
            return name.startsWith(CaseFileLayout.MANIFEST);
        }
    }

    @TestFactory
    Stream<DynamicTest> every_change_makes_the_verifier_fail_and_name_the_place() {
        List<Mutation> mutations = new ArrayList<>();
        bitFlips(mutations);
        chainFields(mutations);
        payloadFields(mutations);
        lineChanges(mutations);
        zipEntries(mutations);
        jsonFields(mutations, CaseFileLayout.MANIFEST, false);
        jsonFields(mutations, CaseFileLayout.CHECKPOINT, true);
        for (String sha256 : List.of(sample.photoFile.sha256(), sample.videoFile.sha256())) {
            jsonFields(mutations, CaseFileLayout.proof(sha256), true);
        }
        assertThat(mutations).hasSizeGreaterThan(150);
        return mutations.stream().map(m -> DynamicTest.dynamicTest(m.name(), () -> check(m)));
    }

    @Test
    void a_flipped_bit_in_the_stored_bytes_of_an_original_is_reported_as_that_original() throws IOException {
        Path zip = dir.resolve("crc.zip");
        new CaseFileWriter().write(sample.content(), zip, ProgressListener.NONE, () -> false);
        byte[] raw = Files.readAllBytes(zip);
        int at = indexOf(raw, java.util.Arrays.copyOfRange(sample.photo, 1000, 1032));
        raw[at] ^= 1;
        Files.write(zip, raw);

        VerificationReport report = new CaseFileVerifier().verify(zip);

        String path = CaseFileLayout.original(sample.photoFile.sha256(), sample.photoFile.name());
        assertThat(report.exitCode()).isEqualTo(VerificationReport.BROKEN);
        assertThat(report.breaks()).anySatisfy(b -> assertThat(b.where()).isEqualTo(path));
    }

    @Test
    void a_file_that_is_not_a_zip_is_not_a_case_file() throws IOException {
        Path notZip = Files.writeString(dir.resolve("notes.zip"), "just text");

        assertThat(new CaseFileVerifier().verify(notZip).exitCode()).isEqualTo(VerificationReport.NOT_A_CASE_FILE);
        assertThat(new CaseFileVerifier().verify(dir.resolve("absent.zip")).exitCode())
                .isEqualTo(VerificationReport.NOT_A_CASE_FILE);
    }

    @Test
    void the_command_line_prints_the_checks_and_returns_the_exit_code() throws IOException {
        Path zip = write(new LinkedHashMap<>(pristine), "cli.zip");
        var out = new java.io.ByteArrayOutputStream();

        int code = CaseFileVerifier.run(new String[] {zip.toString()}, new java.io.PrintStream(out, true, UTF_8));

        assertThat(code).isZero();
        assertThat(out.toString(UTF_8)).contains("PASS  chain", "PASS  proofs", "Result: every check holds.");
    }

    private void check(Mutation mutation) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>(pristine);
        mutation.change().accept(entries);
        assertThat(entries).as("the mutation changed something").isNotEqualTo(pristine);
        if (mutation.resealed()) {
            reseal(entries, !mutation.ofManifest());
        }
        Path zip = write(entries, "mutated.zip");

        VerificationReport report = new CaseFileVerifier().verify(zip);

        assertThat(report.exitCode()).as(mutation.name()).isNotZero();
        assertThat(report.breaks()).as("%s: a break naming %s among %s", mutation.name(), mutation.names(),
                report.breaks())
                .anyMatch(b -> mutation.names().matcher(b.where() + ": " + b.what()).find()
                        && (!mutation.resealed() || !b.check().equals("SHA256SUMS")));
        if (mutation.byteLevel() && commandExists()) {
            assertThat(sha256sumAccepts(entries)).as("sha256sum -c after " + mutation.name()).isFalse();
        }
    }

    // --- the mutations ----------------------------------------------------------------------------

    private static void bitFlips(List<Mutation> mutations) {
        for (String path : pristine.keySet()) {
            int length = pristine.get(path).length;
            for (int at : Set.of(0, length / 2, length - 1)) {
                mutations.add(new Mutation("bit flipped at " + at + " of " + path,
                        e -> e.put(path, flip(e.get(path), at)), literal(path), false, true));
            }
        }
    }

    private static void chainFields(List<Mutation> mutations) {
        for (int seq : List.of(1, 3, 12)) {
            for (String key : ENTRY_KEYS) {
                mutations.add(chainLine("chain seq " + seq + " field " + key + " changed", seq,
                        entry -> entry.set(key, changed(entry.get(key)))));
                mutations.add(chainLine("chain seq " + seq + " field " + key + " removed", seq,
                        entry -> entry.remove(key)));
            }
            mutations.add(chainLine("chain seq " + seq + " field added", seq, entry -> entry.put("note", "x")));
        }
    }

    private static Mutation chainLine(String name, int seq, Consumer<ObjectNode> edit) {
        return new Mutation(name, e -> editLine(e, CaseFileLayout.CHAIN, seq, edit), seq(seq), true, false);
    }

    private static void payloadFields(List<Mutation> mutations) {
        for (int seq : List.of(3, 12)) {
            JsonNode payload = Jcs.parse(lines(pristine.get(CaseFileLayout.PAYLOADS)).get(seq - 1));
            for (String pointer : leaves(payload, "")) {
                mutations.add(new Mutation("payload seq " + seq + " " + pointer + " changed",
                        e -> editLine(e, CaseFileLayout.PAYLOADS, seq, p -> change(p, pointer)), seq(seq), true, false));
            }
        }
    }

    private static void lineChanges(List<Mutation> mutations) {
        for (String path : List.of(CaseFileLayout.CHAIN, CaseFileLayout.PAYLOADS)) {
            for (int seq : List.of(1, 3, 11, 12)) {
                int i = seq - 1;
                mutations.add(new Mutation(path + " line " + seq + " deleted",
                        e -> editLines(e, path, l -> l.remove(i)), seq(seq), true, false));
                // a repeated payload line sits at seq + 1: lines up to seq are as they were
                Pattern repeated = path.equals(CaseFileLayout.CHAIN) ? seq(seq) : seq(seq + 1);
                mutations.add(new Mutation(path + " line " + seq + " duplicated",
                        e -> editLines(e, path, l -> l.add(i, l.get(i))), repeated, true, false));
                if (seq < 12) {
                    mutations.add(new Mutation(path + " lines " + seq + " and " + (seq + 1) + " swapped",
                            e -> editLines(e, path, l -> Collections.swap(l, i, i + 1)), seq(seq), true, false));
                }
            }
        }
        for (int seq : List.of(1, 4, 12)) {
            int i = seq - 1;
            mutations.add(new Mutation("forged chain line inserted before seq " + seq, e -> editLines(e,
                    CaseFileLayout.CHAIN, l -> {
                        ObjectNode forged = (ObjectNode) Jcs.parse(l.get(i));
                        forged.put("subject", "observation/forged");
                        l.add(i, Jcs.canonicalize(forged));
                    }), seq(seq), true, false));
        }
    }

    private static void zipEntries(List<Mutation> mutations) {
        for (String path : pristine.keySet()) {
            mutations.add(new Mutation("entry " + path + " deleted", e -> e.remove(path), literal(path), false,
                    false));
        }
        String extraOriginal = "originals/000000000000-extra.bin";
        String extraProof = CaseFileLayout.proof("0".repeat(64));
        for (String path : List.of("notes.txt", extraOriginal, extraProof, "ledger/extra.jsonl")) {
            mutations.add(new Mutation("entry " + path + " slipped in",
                    e -> e.put(path, "{}\n".getBytes(UTF_8)), literal(path), false, false));
            mutations.add(new Mutation("entry " + path + " slipped in and listed",
                    e -> e.put(path, "{}\n".getBytes(UTF_8)), literal(path), true, false));
        }
    }

    /** Each scalar of a JSON entry changed; resealed unless SHA256SUMS is the only thing vouching for it. */
    private static void jsonFields(List<Mutation> mutations, String path, boolean resealed) {
        JsonNode json = Jcs.parse(new String(pristine.get(path), UTF_8));
        for (String pointer : leaves(json, "")) {
            Consumer<Map<String, byte[]>> change = e -> {
                JsonNode node = Jcs.parse(new String(e.get(path), UTF_8));
                change(node, pointer);
                e.put(path, (Jcs.canonicalize(node) + "\n").getBytes(UTF_8));
            };
            mutations.add(new Mutation(path + " " + pointer + " changed", change, literal(path), false, false));
            if (resealed || !MANIFEST_ONLY.contains(pointer)) {
                mutations.add(new Mutation(path + " " + pointer + " changed and resealed", change, literal(path), true,
                        false));
            }
        }
    }

    // --- editing --------------------------------------------------------------------------------

    private static void editLine(Map<String, byte[]> entries, String path, int seq, Consumer<ObjectNode> edit) {
        editLines(entries, path, lines -> {
            ObjectNode node = (ObjectNode) Jcs.parse(lines.get(seq - 1));
            edit.accept(node);
            lines.set(seq - 1, Jcs.canonicalize(node));
        });
    }

    private static void editLines(Map<String, byte[]> entries, String path, Consumer<List<String>> edit) {
        List<String> lines = new ArrayList<>(lines(entries.get(path)));
        edit.accept(lines);
        entries.put(path, (String.join("\n", lines) + "\n").getBytes(UTF_8));
    }

    private static void change(JsonNode root, String pointer) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        if (parent instanceof ArrayNode array) {
            int index = Integer.parseInt(last);
            array.set(index, changed(array.get(index)));
        } else {
            ((ObjectNode) parent).set(last, changed(parent.get(last)));
        }
    }

    /** A different value of the same kind: the last letter or digit of a text moved on, a number plus one. */
    private static JsonNode changed(JsonNode value) {
        if (value.isBoolean()) {
            return BooleanNode.valueOf(!value.booleanValue());
        }
        if (value.isIntegralNumber()) {
            return JsonNodeFactory.instance.numberNode(value.longValue() + 1);
        }
        String text = value.asText();
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            char next = c == '9' ? '0' : c == 'f' ? 'a' : c == 'z' ? 'a' : c == 'Z' ? 'A' : (char) (c + 1);
            if (Character.isLetterOrDigit(c) && c < 128) {
                return TextNode.valueOf(text.substring(0, i) + next + text.substring(i + 1));
            }
        }
        return TextNode.valueOf(text + "x");
    }

    private static List<String> leaves(JsonNode node, String pointer) {
        List<String> leaves = new ArrayList<>();
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> leaves.addAll(leaves(node.get(name), pointer + "/" + name)));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                leaves.addAll(leaves(node.get(i), pointer + "/" + i));
            }
        } else {
            leaves.add(pointer);
        }
        return leaves;
    }

    /** Recomputes the manifest's rows and SHA256SUMS over the changed entries, as a careful forger would. */
    private static void reseal(Map<String, byte[]> entries, boolean rows) {
        if (rows) {
            resealRows(entries);
        }
        StringBuilder sums = new StringBuilder();
        new TreeMap<>(entries).forEach((path, bytes) -> {
            if (!path.equals(CaseFileLayout.SUMS)) {
                sums.append(sha256(bytes)).append("  ").append(path).append('\n');
            }
        });
        entries.put(CaseFileLayout.SUMS, sums.toString().getBytes(UTF_8));
    }

    private static void resealRows(Map<String, byte[]> entries) {
        JsonNode manifest = Jcs.parse(new String(entries.get(CaseFileLayout.MANIFEST), UTF_8));
        ArrayNode files = (ArrayNode) manifest.get("files");
        files.removeAll();
        for (String path : new TreeMap<>(entries).keySet()) {
            if (!path.equals(CaseFileLayout.MANIFEST) && !path.equals(CaseFileLayout.SUMS)) {
                files.addObject().put("path", path).put("sha256", sha256(entries.get(path)))
                        .put("size", entries.get(path).length).put("role", CaseFileLayout.role(path));
            }
        }
        entries.put(CaseFileLayout.MANIFEST, (Jcs.canonicalize(manifest) + "\n").getBytes(UTF_8));
    }

    // --- helpers ----------------------------------------------------------------------------------

    private static Pattern seq(int seq) {
        return Pattern.compile("seq " + seq + "\\b");
    }

    private static Pattern literal(String text) {
        return Pattern.compile(Pattern.quote(text));
    }

    private static byte[] flip(byte[] bytes, int at) {
        byte[] copy = bytes.clone();
        copy[at] ^= 1;
        return copy;
    }

    private static List<String> lines(byte[] bytes) {
        return new String(bytes, UTF_8).lines().toList();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static Map<String, byte[]> read(Path zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : Collections.list(file.entries())) {
                try (InputStream in = file.getInputStream(entry)) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return entries;
    }

    private static Path write(Map<String, byte[]> entries, String name) throws IOException {
        Path zip = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zipOut = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zipOut.putNextEntry(new ZipEntry(entry.getKey()));
                zipOut.write(entry.getValue());
                zipOut.closeEntry();
            }
        }
        return zip;
    }

    private static boolean sha256sumAccepts(Map<String, byte[]> entries) throws Exception {
        Path folder = Files.createTempDirectory(dir, "unzipped");
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            Path file = folder.resolve(entry.getKey());
            Files.createDirectories(file.getParent());
            Files.write(file, entry.getValue());
        }
        Process check = new ProcessBuilder("sha256sum", "--strict", "-c", "SHA256SUMS").directory(folder.toFile())
                .redirectErrorStream(true).start();
        check.getInputStream().readAllBytes();
        return check.waitFor() == 0;
    }

    private static boolean commandExists() {
        try {
            Process process = new ProcessBuilder("sha256sum", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("bytes not found");
    }
}
