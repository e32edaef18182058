package org.assemblyportal.casefile;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.assemblyportal.casefile.verify.CaseFileVerifier;
import org.assemblyportal.casefile.verify.VerificationReport;
import org.assemblyportal.evidence.Jcs;
import org.assemblyportal.evidence.LedgerCheckpoint;
import org.assemblyportal.evidence.LedgerEntry;
import org.assemblyportal.evidence.MerkleTree;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseFileWriterTest {

    /** Kept after the build for a by-hand try of {@code java -jar target/assembly-portal.jar verify}. */
    static final Path SAMPLE = Path.of("target/case-file-sample.zip");

    @TempDir
    Path dir;

    private final SyntheticCase sample = new SyntheticCase();
    private final CaseFileWriter writer = new CaseFileWriter();

    @Test
    void a_written_case_file_passes_every_check_of_the_verifier() throws IOException {
        Path zip = write(sample.content());

        VerificationReport report = new CaseFileVerifier().verify(zip);

        assertThat(report.breaks()).isEmpty();
        assertThat(report.exitCode()).isZero();
        assertThat(report.checks()).extracting(VerificationReport.Check::name).containsExactly("SHA256SUMS",
                "manifest", "chain", "payloads", "root", "proofs", "originals", "files");
        Files.createDirectories(SAMPLE.getParent());
        Files.copy(zip, SAMPLE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void originals_are_stored_byte_for_byte_and_the_ledger_lines_exactly_as_hashed() throws IOException {
        Path zip = write(sample.content());

        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry photo = file.getEntry(CaseFileLayout.original(sample.photoFile.sha256(), sample.photoFile.name()));
            assertThat(photo.getName()).as("ASCII, so that every unzip writes the name sha256sum looks for")
                    .isEqualTo("originals/" + sample.photoFile.sha256().substring(0, 12) + "-file.jpg");
            assertThat(photo.getMethod()).isEqualTo(ZipEntry.STORED);
            assertThat(file.getEntry(CaseFileLayout.DOSSIER).getMethod()).as("compressed already by iText")
                    .isEqualTo(ZipEntry.STORED);
            assertThat(file.getEntry(CaseFileLayout.CHAIN).getMethod()).isEqualTo(ZipEntry.DEFLATED);
            assertThat(file.getInputStream(photo).readAllBytes()).isEqualTo(sample.photo);
            List<String> chain = lines(file, CaseFileLayout.CHAIN);
            List<String> payloads = lines(file, CaseFileLayout.PAYLOADS);
            assertThat(chain).containsExactlyElementsOf(sample.entries.stream().map(LedgerEntry::entryJson).toList());
            assertThat(payloads).hasSize(sample.entries.size());
            assertThat(payloads.get(1)).isEqualTo("null");
            assertThat(payloads.get(5)).isEqualTo("null");
            assertThat(payloads.get(2)).isEqualTo(sample.entries.get(2).payloadJson());

            String root = MerkleTree.ofLeaves(chain.stream().map(l -> l.getBytes(UTF_8)).toList()).rootHex();
            JsonNode checkpoint = Jcs.parse(text(file, CaseFileLayout.CHECKPOINT));
            assertThat(checkpoint.path("root").asText()).isEqualTo(root);
            assertThat(checkpoint.path("head").asText()).isEqualTo(sample.entries.get(11).entryHash());

            JsonNode manifest = Jcs.parse(text(file, CaseFileLayout.MANIFEST));
            assertThat(manifest.path("redacted").asBoolean()).isTrue();
            assertThat(manifest.path("ledger").path("root").asText()).isEqualTo(root);
            assertThat(manifest.path("withheldPayloads").toString()).isEqualTo("[2,6]");
            assertThat(manifest.path("withheld").get(0).path("sha256").asText()).isEqualTo(sample.videoFile.sha256());
            // the withheld video is still proved part of the case; the face in a withheld payload is not named
            assertThat(file.getEntry(CaseFileLayout.proof(sample.videoFile.sha256()))).isNotNull();
            assertThat(file.getEntry(CaseFileLayout.proof(sample.hiddenFile.sha256()))).isNull();
            JsonNode proof = Jcs.parse(text(file, CaseFileLayout.proof(sample.photoFile.sha256())));
            assertThat(proof.path("seq").asLong()).as("the first entry listing the photo").isEqualTo(3);

            assertThat(text(file, CaseFileLayout.VERIFY)).contains("sha256sum -c SHA256SUMS", root,
                    "КАК ПРОВЕРИТЬ", "ҚАЛАЙ ТЕКСЕРУГЕ").doesNotContain("{root}", "{size}");
        }
    }

    @Test
    void sha256sum_accepts_the_unzipped_case_file() throws Exception {
        assumeTrue(commandExists("sha256sum"), "sha256sum is not installed");
        Path zip = write(sample.content());
        Path folder = unzipAsAStrangerWould(zip, dir.resolve("unzipped"));

        Process check = new ProcessBuilder("sha256sum", "--strict", "-c", "SHA256SUMS").directory(folder.toFile())
                .redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes(), UTF_8);

        assertThat(check.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).as(output).isZero();
        assertThat(output.lines()).hasSize(listedEntries(zip)).allMatch(line -> line.endsWith(": OK"));
    }

    @Test
    void an_original_whose_bytes_differ_from_its_hash_fails_the_export_and_leaves_no_file() {
        byte[] corrupted = sample.photo.clone();
        corrupted[150_000] ^= 1;
        CaseFileContent content = sample.content(List.of(new OriginalFile(sample.photoFile, ByteSource.of(corrupted)),
                new OriginalFile(sample.minutesFile, ByteSource.of(sample.minutes))));
        Path target = dir.resolve("case.zip");

        assertThatThrownBy(() -> writer.write(content, target, ProgressListener.NONE, () -> false))
                .isInstanceOfSatisfying(CaseFileException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("casefile.original-differs"));
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void an_original_longer_than_recorded_is_refused_before_it_is_copied_to_the_end() {
        byte[] longer = new byte[sample.photo.length * 10];
        System.arraycopy(sample.photo, 0, longer, 0, sample.photo.length);
        CountingStream stream = new CountingStream(longer);
        CaseFileContent content = sample.content(List.of(new OriginalFile(sample.photoFile, () -> stream),
                new OriginalFile(sample.minutesFile, ByteSource.of(sample.minutes))));

        assertThatThrownBy(() -> writer.write(content, dir.resolve("case.zip"), ProgressListener.NONE, () -> false))
                .isInstanceOf(CaseFileException.class);
        assertThat(stream.total).isLessThanOrEqualTo(sample.photo.length + CaseFileWriter.BUFFER_SIZE);
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void a_cancelled_export_stops_and_leaves_no_file() {
        AtomicInteger asked = new AtomicInteger();
        Path target = dir.resolve("case.zip");

        assertThatThrownBy(() -> writer.write(sample.content(), target, ProgressListener.NONE,
                () -> asked.incrementAndGet() > 2)).isInstanceOf(CancellationException.class);
        assertThat(asked).hasValue(3);
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void a_broken_chain_is_not_exported() {
        LedgerEntry third = sample.entries.get(2);
        sample.entries.set(2, new LedgerEntry(third.caseId(), third.seq(), third.at(), third.actor(), third.type(),
                third.subject(), third.payloadSha256(), third.prevHash(), third.entryHash(),
                third.entryJson().replace("media.added", "media.removed"), third.payloadJson()));

        assertThatThrownBy(() -> write(sample.content()))
                .isInstanceOfSatisfying(CaseFileException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("casefile.ledger-broken");
                    assertThat(e.messageArguments()).containsExactly(3L);
                });
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void a_file_the_ledger_lists_but_nobody_supplied_is_refused() {
        CaseFileContent content = sample.content(List.of(new OriginalFile(sample.photoFile, ByteSource.of(sample.photo))));

        assertThatThrownBy(() -> write(content)).isInstanceOfSatisfying(CaseFileException.class,
                e -> assertThat(e.messageKey()).isEqualTo("casefile.file-not-supplied"));
    }

    @Test
    void entries_after_the_checkpoint_are_left_for_the_next_export() throws IOException {
        List<String> chain = sample.entries.stream().limit(10).map(LedgerEntry::entryJson).toList();
        String root = MerkleTree.ofLeaves(chain.stream().map(l -> l.getBytes(UTF_8)).toList()).rootHex();
        LedgerCheckpoint checkpoint = new LedgerCheckpoint(SyntheticCase.CASE, 10, root,
                sample.entries.get(9).entryHash(), SyntheticCase.CREATED.minusSeconds(5));
        CaseFileContent all = sample.content();
        CaseFileContent content = new CaseFileContent(all.caseId(), all.title(), all.createdAt(), all.redacted(),
                all.ledger(), checkpoint, all.withheldPayloads(), all.originals(), all.withheld(), all.extras());

        Path zip = write(content);

        try (ZipFile file = new ZipFile(zip.toFile())) {
            assertThat(lines(file, CaseFileLayout.CHAIN)).containsExactlyElementsOf(chain);
            assertThat(Jcs.parse(text(file, CaseFileLayout.CHECKPOINT)).path("at").asText())
                    .isEqualTo(checkpoint.at().toString());
        }
        assertThat(new CaseFileVerifier().verify(zip).breaks()).isEmpty();
    }

    @Test
    void progress_counts_every_byte_and_entry() throws IOException {
        AtomicLong lastBytes = new AtomicLong();
        AtomicLong total = new AtomicLong();
        AtomicLong entries = new AtomicLong();

        write(sample.content(), (done, of, entriesDone, entriesTotal) -> {
            lastBytes.set(done);
            total.set(of);
            entries.set(entriesDone);
        });

        long expected = sample.photo.length + sample.minutes.length + sample.content().extras().stream()
                .mapToLong(ExtraEntry::size).sum();
        assertThat(total).hasValue(expected);
        assertThat(lastBytes).hasValue(expected);
        assertThat(entries).hasValue(sample.entries.size());
    }

    @Test
    void the_writer_never_asks_a_source_for_more_than_its_buffer() throws IOException {
        byte[] big = SyntheticCase.randomBytes(3 * CaseFileWriter.BUFFER_SIZE + 17, 9);
        var bigFile = SyntheticCase.file(big, "video/mp4", "long.mp4");
        sample.append("media.added", "observation/c1", Map.of("files", List.of(SyntheticCase.json(bigFile)), "v", 1));
        List<CountingStream> streams = new ArrayList<>();
        ByteSource counted = () -> {
            CountingStream stream = new CountingStream(big);
            streams.add(stream);
            return stream;
        };
        CaseFileContent base = sample.content();
        List<OriginalFile> originals = new ArrayList<>(base.originals());
        originals.add(new OriginalFile(bigFile, counted));

        Path zip = write(sample.content(originals));

        assertThat(streams).hasSize(1);
        assertThat(streams.get(0).largestRead).isLessThanOrEqualTo(CaseFileWriter.BUFFER_SIZE);
        assertThat(streams.get(0).total).isEqualTo(big.length);
        assertThat(new CaseFileVerifier().verify(zip).breaks()).isEmpty();
    }

    /** Refuses the calls that read a whole file into memory, and notes the largest read asked for. */
    static final class CountingStream extends ByteArrayInputStream {

        int largestRead;
        long total;

        CountingStream(byte[] bytes) {
            super(bytes);
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
            largestRead = Math.max(largestRead, len);
            int n = super.read(b, off, len);
            total += Math.max(0, n);
            return n;
        }

        @Override
        public synchronized byte[] readAllBytes() {
            throw new AssertionError("readAllBytes keeps the whole file in memory");
        }

        @Override
        public synchronized long transferTo(java.io.OutputStream out) {
            throw new AssertionError("transferTo bypasses the hashing copy");
        }
    }

    private Path write(CaseFileContent content) throws IOException {
        return write(content, ProgressListener.NONE);
    }

    private Path write(CaseFileContent content, ProgressListener progress) throws IOException {
        Path target = dir.resolve(CaseFileWriter.fileName(content));
        CaseFileResult result = writer.write(content, target, progress, () -> false);
        assertThat(result.path()).isEqualTo(target).exists();
        assertThat(target.resolveSibling(target.getFileName() + ".part")).doesNotExist();
        return target;
    }

    static List<String> lines(ZipFile file, String path) throws IOException {
        return text(file, path).lines().toList();
    }

    static String text(ZipFile file, String path) throws IOException {
        try (InputStream in = file.getInputStream(file.getEntry(path))) {
            return new String(in.readAllBytes(), UTF_8);
        }
    }

    private static int listedEntries(Path zip) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            return file.size() - 1;
        }
    }

    /** With Info-ZIP's unzip where installed (what people use), else with java.util.zip. */
    static Path unzipAsAStrangerWould(Path zip, Path folder) throws Exception {
        if (!commandExists("unzip")) {
            return unzip(zip, folder);
        }
        Process unzip = new ProcessBuilder("unzip", "-q", zip.toString(), "-d", folder.toString())
                .redirectErrorStream(true).start();
        String output = new String(unzip.getInputStream().readAllBytes(), UTF_8);
        assertThat(unzip.waitFor()).as(output).isZero();
        return folder;
    }

    static Path unzip(Path zip, Path folder) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(file.entries())) {
                Path out = folder.resolve(entry.getName()).normalize();
                assertThat(out.startsWith(folder)).as(entry.getName()).isTrue();
                Files.createDirectories(out.getParent());
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, out);
                }
            }
        }
        return folder;
    }

    static boolean commandExists(String command) {
        try {
            Process process = new ProcessBuilder(command, command.equals("unzip") ? "-v" : "--version")
                    .redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
