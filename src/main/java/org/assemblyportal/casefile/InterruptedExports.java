package org.assemblyportal.casefile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * At start: jobs that were queued or running when the portal stopped can never finish, so they are
 * marked failed and every partial file is removed. Nothing half-written is ever offered as a case file.
 */
@Component
class InterruptedExports {

    private final ExportJobRepository jobs;
    private final Clock clock;
    private final Path exportDir;

    InterruptedExports(ExportJobRepository jobs, Clock clock, @Value("${portal.casefile.export-dir}") Path exportDir) {
        this.jobs = jobs;
        this.clock = clock;
        this.exportDir = exportDir.toAbsolutePath().normalize();
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void failInterruptedJobs() {
        jobs.findByStateIn(EnumSet.of(ExportState.QUEUED, ExportState.RUNNING))
                .forEach(job -> job.ended(ExportState.FAILED, "export.interrupted", clock.instant()));
        try {
            Files.createDirectories(exportDir);
            try (var files = Files.list(exportDir)) {
                for (var leftover : files.filter(f -> f.getFileName().toString().endsWith(".part")
                        || f.getFileName().toString().startsWith("case-file-")).toList()) {
                    CaseFileAssembler.deleteTree(leftover);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot tidy the export folder " + exportDir, e);
        }
    }
}
