package org.assemblyportal.e2e;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.assemblyportal.casefile.verify.CaseFileVerifier;
import org.assemblyportal.casefile.verify.VerificationReport;
import org.assemblyportal.e2e.pages.CaseFileSection;
import org.assemblyportal.e2e.pages.LoginPage;
import org.assemblyportal.e2e.support.Accessibility;
import org.assemblyportal.e2e.support.HeadlessChrome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 8's "done when", as the lawyer of the demo Almaty case: the ledger checks out on the case page;
 * the case file exports in the background with visible progress and downloads as one ZIP; a stranger's
 * tools accept it ({@code sha256sum -c SHA256SUMS} in the unpacked folder, and our offline verifier);
 * one flipped byte in an original is caught by both, and both name the file. A second export from the
 * same page, the redacted copy, shows its progress too, verifies, and carries no originals.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "e2e", "demo"})
class CaseFileJourneyIT {

    /** The demo filing's stamped copy, under the first 12 hex digits of its SHA-256 (decision 017). */
    private static final Pattern STAMPED_COPY = Pattern.compile("originals/[0-9a-f]{12}-stamped-copy\\.jpg");
    private static final Pattern PROGRESS = Pattern.compile("Preparing the case file…|\\d+% written: .* MB");

    @LocalServerPort
    int port;
    @TempDir
    Path folder;
    WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void a_lawyer_checks_the_ledger_exports_the_case_file_and_a_stranger_verifies_it_and_catches_a_flipped_byte()
            throws Exception {
        var baseUrl = "http://localhost:" + port;
        browser = HeadlessChrome.start("en-US,en");
        var casePage = LoginPage.open(browser, baseUrl).signIn("lawyer", "lawyer-demo").openCase(DemoData.ALMATY_TITLE);
        var section = CaseFileSection.of(casePage);

        section.checkLedger();
        assertThat(section.ledgerHolds()).as(section.ledgerResult()).isTrue();
        assertThat(section.ledgerResult()).startsWith("The ledger holds:");

        section.exportCaseFile();
        section.waitUntilDownloadable();
        assertThat(section.progressWasShown()).as("the progress bar appeared").isTrue();
        assertThat(section.progressTexts()).as("progress line, in order").isNotEmpty()
                .first().asString().matches(PROGRESS);
        assertThat(section.progressText()).isEqualTo("Ready");
        assertThat(section.latestDownloadLabel()).matches("Download case-file-.+\\.zip \\(\\d+\\.\\d MB\\)");

        section.scrollIntoView();
        assertThat(Accessibility.violations(browser)).isEmpty();

        var zip = folder.resolve("case-file.zip");
        Files.write(zip, section.downloadLatest());

        // A second export from the same page, the copy for publication: progress shows again.
        section.exportRedactedCopy();
        section.waitUntilDownloadable();
        assertThat(section.progressWasShown()).as("the progress bar appeared for the second export too").isTrue();
        assertThat(section.progressText()).isEqualTo("Ready");
        assertThat(section.latestDownloadLabel()).contains("-redacted.zip");
        var redacted = folder.resolve("case-file-redacted.zip");
        Files.write(redacted, section.downloadLatest());
        // Each export is now a ledger event of its own (export.made), and the ledger still holds.
        section.checkLedger();
        assertThat(section.ledgerHolds()).as(section.ledgerResult()).isTrue();
        browser.quit();
        browser = null;
        var redactedReport = new CaseFileVerifier().verify(redacted);
        assertThat(redactedReport.holds()).as(describe(redactedReport)).isTrue();
        try (var file = new ZipFile(redacted.toFile(), UTF_8)) {
            assertThat(file.stream().map(ZipEntry::getName)).as("originals are withheld")
                    .noneMatch(name -> name.startsWith("originals/"));
        }

        // What a stranger does with standard tools, then with our verifier.
        var unpacked = unzip(zip, folder.resolve("unpacked"));
        var sums = sha256sumCheck(unpacked);
        assertThat(sums.exitCode()).as(sums.output()).isZero();
        var printed = new ByteArrayOutputStream();
        var exit = CaseFileVerifier.run(new String[] {zip.toString()}, new PrintStream(printed, true, UTF_8));
        assertThat(exit).as(printed.toString(UTF_8)).isEqualTo(VerificationReport.ALL_HOLD);
        assertThat(printed.toString(UTF_8)).contains("Result: every check holds.");

        // One flipped byte in the stamped copy of the filing.
        String original;
        try (var entries = Files.walk(unpacked)) {
            original = entries.filter(Files::isRegularFile).map(p -> unpacked.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> STAMPED_COPY.matcher(p).matches()).findFirst()
                    .orElseThrow(() -> new AssertionError("no originals/<12 hex>-stamped-copy.jpg in the case file"));
        }
        var bytes = Files.readAllBytes(unpacked.resolve(original));
        bytes[bytes.length / 2] ^= (byte) 0xFF;
        Files.write(unpacked.resolve(original), bytes);

        var tamperedSums = sha256sumCheck(unpacked);
        assertThat(tamperedSums.exitCode()).as(tamperedSums.output()).isNotZero();
        assertThat(tamperedSums.output()).contains(original + ": FAILED");

        var tampered = replaceEntry(zip, original, bytes, folder.resolve("tampered.zip"));
        var report = new CaseFileVerifier().verify(tampered);
        assertThat(report.holds()).isFalse();
        assertThat(report.breaks()).as(describe(report))
                .anySatisfy(b -> assertThat(b.where()).contains(original));
    }

    private static Path unzip(Path zip, Path into) throws IOException {
        Files.createDirectories(into);
        try (var file = new ZipFile(zip.toFile(), UTF_8)) {
            for (var entry : java.util.Collections.list(file.entries())) {
                var target = into.resolve(entry.getName()).normalize();
                assertThat(target.startsWith(into)).as(entry.getName() + " stays inside the folder").isTrue();
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (var in = file.getInputStream(entry)) {
                    Files.copy(in, target);
                }
            }
        }
        return into;
    }

    private record Run(int exitCode, String output) {
    }

    private static Run sha256sumCheck(Path folder) throws IOException, InterruptedException {
        var process = new ProcessBuilder("sha256sum", "-c", "SHA256SUMS").directory(folder.toFile())
                .redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("sha256sum finished").isTrue();
        return new Run(process.exitValue(), output);
    }

    /** A copy of the ZIP with one entry's bytes replaced: same names, same order, same methods. */
    private static Path replaceEntry(Path zip, String name, byte[] content, Path copy) throws IOException {
        var replaced = false;
        try (var in = new ZipFile(zip.toFile(), UTF_8);
                var out = new ZipOutputStream(Files.newOutputStream(copy), UTF_8)) {
            for (var entry : java.util.Collections.list(in.entries())) {
                byte[] data;
                if (entry.getName().equals(name)) {
                    data = content;
                    replaced = true;
                } else {
                    try (var stream = in.getInputStream(entry)) {
                        data = stream.readAllBytes();
                    }
                }
                var written = new ZipEntry(entry.getName());
                written.setTime(entry.getTime());
                written.setMethod(entry.getMethod());
                if (entry.getMethod() == ZipEntry.STORED) {
                    var crc = new CRC32();
                    crc.update(data);
                    written.setSize(data.length);
                    written.setCompressedSize(data.length);
                    written.setCrc(crc.getValue());
                }
                out.putNextEntry(written);
                out.write(data);
                out.closeEntry();
            }
        }
        assertThat(replaced).as(name + " is in the ZIP").isTrue();
        return copy;
    }

    private static String describe(VerificationReport report) {
        var lines = new ArrayList<String>();
        report.breaks().forEach(b -> lines.add(b.describe()));
        return String.join("\n", lines.isEmpty() ? List.of("no breaks") : lines);
    }
}
