package org.assemblyportal.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.zip.ZipFile;
import org.assemblyportal.ServiceTest;
import org.assemblyportal.assembly.CaseService;
import org.assemblyportal.base.ForbiddenException;
import org.assemblyportal.base.InvalidInputException;
import org.assemblyportal.base.NotFoundException;
import org.assemblyportal.casefile.verify.CaseFileVerifier;
import org.assemblyportal.evidence.CaseLedger;
import org.assemblyportal.security.RunAs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.util.ReflectionTestUtils;

/** A lawyer exports the demo Almaty case; what comes out is checked as a stranger would check it. */
@ServiceTest
@ActiveProfiles({"test", "demo"})
class CaseExportServiceTest {

    @Autowired
    CaseExportService exports;
    @Autowired
    LedgerCheckService ledgerCheck;
    @Autowired
    CaseService cases;
    @Autowired
    CaseLedger ledger;
    @Autowired
    ExportJobRepository jobs;
    @Autowired
    InterruptedExports interrupted;
    @Autowired
    RunAs runAs;
    @Autowired
    ApplicationContext context;
    @Value("${portal.casefile.export-dir}")
    Path exportDir;
    @TempDir
    Path downloads;

    UUID almaty;

    @BeforeEach
    void findTheDemoCase() {
        almaty = as("lawyer", () -> cases.myCases(PageRequest.of(0, 100)).stream()
                .filter(c -> LocalDate.of(2022, 3, 8).equals(c.plannedDate())).findFirst().orElseThrow().id());
    }

    @Test
    void the_complete_case_file_holds_the_originals_and_passes_the_offline_verifier() throws IOException {
        var job = exportAndWait(false, "ru");

        assertThat(job.state()).isEqualTo(ExportState.DONE);
        assertThat(job.fileName()).startsWith("case-file-").endsWith(".zip");
        var zip = download(job);
        var report = new CaseFileVerifier().verify(zip);
        assertThat(report.breaks()).isEmpty();
        assertThat(report.holds()).isTrue();
        try (var file = new ZipFile(zip.toFile())) {
            var names = file.stream().map(e -> e.getName()).toList();
            assertThat(names).contains("dossier.pdf", "data/case.json", "data/observations.csv", "data/route.geojson",
                    "data/observations.geojson", "manifest.json", "SHA256SUMS", "VERIFY.txt", "ledger/chain.jsonl");
            // the demo filing's stamped copy, byte for byte
            assertThat(names).anyMatch(n -> n.startsWith("originals/") && n.endsWith("-stamped-copy.jpg"));
            var caseJson = read(file, "data/case.json");
            assertThat(caseJson).contains("Aigerim Organizer", "900101300017");
            assertThat(read(file, "dossier.pdf")).startsWith("%PDF-");
        }
        assertThat(job.ledgerSize()).isPositive();
        assertThat(job.manifestSha256()).hasSize(64);
    }

    @Test
    void a_finished_export_is_itself_a_ledger_event_and_the_ledger_still_holds() {
        var job = exportAndWait(false, "en");

        var entries = as("lawyer", () -> ledger.entries(almaty));
        var last = entries.get(entries.size() - 1);
        assertThat(last.type()).isEqualTo("export.made");
        assertThat(last.subject()).isEqualTo("export/" + job.id());
        assertThat(last.payloadJson()).contains(job.manifestSha256(), "\"ledgerSize\":" + job.ledgerSize());
        var check = as("lawyer", () -> ledgerCheck.verify(almaty));
        assertThat(check.breaks()).isEmpty();
    }

    @Test
    void the_redacted_copy_withholds_originals_payloads_and_personal_data_and_still_verifies() throws IOException {
        var job = exportAndWait(true, "kk");

        assertThat(job.state()).isEqualTo(ExportState.DONE);
        var zip = download(job);
        assertThat(new CaseFileVerifier().verify(zip).breaks()).isEmpty();
        try (var file = new ZipFile(zip.toFile())) {
            assertThat(file.stream().map(e -> e.getName())).noneMatch(n -> n.startsWith("originals/"))
                    .anyMatch(n -> n.startsWith("published/") && n.endsWith(".jpg"));
            var caseJson = read(file, "data/case.json");
            assertThat(caseJson).doesNotContain("900101300017", "Abay avenue 1", "Aigerim Organizer").contains("organizer-1");
            assertThat(read(file, "ledger/payloads.jsonl").lines()).allMatch("null"::equals);
            assertThat(read(file, "manifest.json")).contains("\"withheld\"", CaseFileAssembler.WITHHELD_FOR_PUBLICATION);
        }
    }

    @Test
    void a_member_checks_the_ledger_in_the_background_and_someone_else_is_told_the_case_does_not_exist() {
        var report = as("monitor", () -> ledgerCheck.verifyInBackground(almaty)).join();

        assertThat(report.ok()).isTrue();
        assertThat(report.filesChecked()).isPositive();
        assertThatThrownBy(() -> as("admin", () -> ledgerCheck.verifyInBackground(almaty)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_last_nightly_check_is_there_for_members_to_see() {
        // the scheduled job itself is package-private in evidence; its cron is off in tests
        ReflectionTestUtils.invokeMethod(context.getBean("ledgerNightlyCheck"), "checkAll");

        var last = as("monitor", () -> ledgerCheck.lastNightlyCheck(almaty));

        assertThat(last).hasValueSatisfying(check -> {
            assertThat(check.ok()).isTrue();
            assertThat(check.size()).isPositive();
        });
        assertThatThrownBy(() -> as("admin", () -> ledgerCheck.lastNightlyCheck(almaty)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void members_read_the_ledger_a_page_at_a_time_with_each_hashed_line() {
        var first = as("monitor", () -> ledgerCheck.entries(almaty, 0, 3));
        var next = as("monitor", () -> ledgerCheck.entries(almaty, 3, 100));

        assertThat(first.entries()).extracting(LedgerPage.Entry::seq).containsExactly(1L, 2L, 3L);
        assertThat(first.entries().get(0).type()).isEqualTo("case.opened");
        assertThat(next.entries().get(0).seq()).isEqualTo(4L);
        assertThat(next.entries().get(0).prevHash()).isEqualTo(first.entries().get(2).entryHash());
        assertThat(first.size()).isEqualTo(3 + next.entries().size());
        for (var entry : first.entries()) {
            assertThat(org.assemblyportal.evidence.Jcs.sha256Hex(entry.line())).isEqualTo(entry.entryHash());
        }
        assertThatThrownBy(() -> as("admin", () -> ledgerCheck.entries(almaty, 0, 10)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void only_the_cases_lawyers_export_it() {
        assertThatThrownBy(() -> as("organizer", () -> exports.start(almaty, false, "en")))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void an_unknown_dossier_language_is_refused() {
        assertThatThrownBy(() -> as("lawyer", () -> exports.start(almaty, false, "de")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_job_cut_off_by_a_stop_is_marked_failed_and_leaves_no_file() throws IOException {
        var job = jobs.save(new ExportJob(almaty, userId("lawyer"), false, "en", Instant.now()));
        Files.createDirectories(exportDir);
        var part = exportDir.resolve(job.id() + ".zip.part");
        Files.writeString(part, "half a zip");

        interrupted.failInterruptedJobs();

        var after = as("lawyer", () -> exports.job(job.id()));
        assertThat(after.state()).isEqualTo(ExportState.FAILED);
        assertThat(after.failure()).isEqualTo("export.interrupted");
        assertThat(part).doesNotExist();
    }

    private UUID userId(String username) {
        return as(username, () -> cases.get(almaty).members().stream().filter(m -> m.username().equals(username))
                .findFirst().orElseThrow().userId());
    }

    private ExportJobView exportAndWait(boolean redacted, String lang) {
        var started = as("lawyer", () -> exports.start(almaty, redacted, lang));
        var deadline = Instant.now().plus(Duration.ofSeconds(90));
        var job = started;
        while (!job.state().finished()) {
            assertThat(Instant.now()).as("export finished in time").isBefore(deadline);
            sleep();
            job = as("lawyer", () -> exports.job(started.id()));
        }
        return job;
    }

    private Path download(ExportJobView job) throws IOException {
        var target = downloads.resolve(job.fileName());
        var download = as("lawyer", () -> exports.file(job.id()));
        try (var in = download.content()) {
            Files.copy(in, target);
        }
        return target;
    }

    private static String read(ZipFile file, String name) throws IOException {
        try (var in = file.getInputStream(file.getEntry(name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private <T> T as(String username, Supplier<T> action) {
        var result = new AtomicReference<T>();
        runAs.user(username, () -> result.set(action.get()));
        return result.get();
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
