package org.assemblyportal.casefile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import org.assemblyportal.assembly.CaseAccess;
import org.assemblyportal.assembly.CaseRole;
import org.assemblyportal.base.ForbiddenException;
import org.assemblyportal.base.Violations;
import org.assemblyportal.base.NotFoundException;
import org.assemblyportal.base.i18n.PortalLocales;
import org.assemblyportal.evidence.CaseLedger;
import org.assemblyportal.evidence.LedgerEvent;
import org.assemblyportal.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lawyers of a case export its case file (decision 017). A job is queued in the request, written in
 * the background with live progress and a cancel switch, and recorded in the case ledger when it
 * finishes ({@code export.made}): an export is itself an event of custody. Only the lawyers of the
 * case start, see, cancel and download its exports; everyone else is told the case does not exist.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class CaseExportService {

    private static final Logger LOG = LoggerFactory.getLogger(CaseExportService.class);
    private static final String ZIP = ".zip";

    private final ExportJobRepository jobs;
    private final CaseAccess access;
    private final CurrentUser currentUser;
    private final CaseFileProducer producer;
    private final CaseLedger ledger;
    private final TaskExecutor executor;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private final Path exportDir;
    private final Map<UUID, ExportProgress> progress = new ConcurrentHashMap<>();
    private final Map<UUID, Boolean> cancelRequested = new ConcurrentHashMap<>();

    CaseExportService(ExportJobRepository jobs, CaseAccess access, CurrentUser currentUser, CaseFileProducer producer,
            CaseLedger ledger, @Qualifier(CaseFileConfiguration.EXPORT_EXECUTOR) TaskExecutor executor, Clock clock,
            PlatformTransactionManager transactions, @Value("${portal.casefile.export-dir}") Path exportDir) {
        this.jobs = jobs;
        this.access = access;
        this.currentUser = currentUser;
        this.producer = producer;
        this.ledger = ledger;
        this.executor = executor;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.exportDir = exportDir.toAbsolutePath().normalize();
    }

    /**
     * Queues an export of the case's file, the full one or the redacted one for publication, with its
     * dossier in {@code lang} (kk, ru or en).
     */
    @Transactional
    public ExportJobView start(UUID caseId, boolean redacted, String lang) {
        requireLawyer(caseId);
        if (lang == null || !PortalLocales.isSupportedTag(lang)) {
            new Violations().add("lang", "export.language-unknown", String.valueOf(lang)).throwIfAny();
        }
        var job = jobs.save(new ExportJob(caseId, currentUser.id(), redacted, lang, clock.instant()));
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                submit(job.id(), authentication);
            }
        });
        return view(job);
    }

    @Transactional(readOnly = true)
    public ExportJobView job(UUID jobId) {
        var job = jobs.findById(jobId).orElseThrow(() -> new NotFoundException("export.not-found"));
        if (access.roleIn(job.caseId()).filter(CaseRole.LAWYER::equals).isEmpty()) {
            throw new NotFoundException("export.not-found");
        }
        return view(job);
    }

    /** The case's exports, latest first. */
    @Transactional(readOnly = true)
    public List<ExportJobView> jobs(UUID caseId) {
        requireLawyer(caseId);
        return jobs.findByCaseIdOrderByRequestedAtDesc(caseId).stream().map(this::view).toList();
    }

    /** Asks a queued or running export to stop; it ends as cancelled and leaves no file. */
    @Transactional(readOnly = true)
    public ExportJobView cancel(UUID jobId) {
        var job = job(jobId);
        if (!job.state().finished()) {
            cancelRequested.put(jobId, true);
        }
        return job;
    }

    /** The finished ZIP; the caller closes the stream. */
    @Transactional(readOnly = true)
    public ExportDownload file(UUID jobId) {
        var job = job(jobId);
        var path = zipOf(jobId);
        if (job.state() != ExportState.DONE || !Files.isRegularFile(path)) {
            throw new NotFoundException("export.file-not-found");
        }
        try {
            return new ExportDownload(job.fileName(), Files.size(path), Files.newInputStream(path));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read export " + jobId, e);
        }
    }

    public record ExportDownload(String fileName, long size, InputStream content) {
    }

    private void submit(UUID jobId, org.springframework.security.core.Authentication authentication) {
        try {
            executor.execute(() -> runAs(authentication, () -> run(jobId)));
        } catch (TaskRejectedException busy) {
            ownTransaction.executeWithoutResult(status -> jobs.findById(jobId)
                    .ifPresent(job -> job.ended(ExportState.FAILED, "export.busy", clock.instant())));
        }
    }

    private static void runAs(org.springframework.security.core.Authentication authentication, Runnable task) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            task.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void run(UUID jobId) {
        var job = ownTransaction.execute(status -> {
            var found = jobs.findById(jobId).orElseThrow();
            found.running();
            return found;
        });
        progress.put(jobId, ExportProgress.NONE);
        try {
            if (Boolean.TRUE.equals(cancelRequested.get(jobId))) {
                throw new CancellationException();
            }
            Files.createDirectories(exportDir);
            var produced = producer.produce(job.caseId(), job.redacted(), job.lang(), zipOf(jobId),
                    (done, total) -> progress.put(jobId, new ExportProgress(done, total)),
                    () -> Boolean.TRUE.equals(cancelRequested.get(jobId)));
            ownTransaction.executeWithoutResult(status -> {
                var found = jobs.findById(jobId).orElseThrow();
                found.done(produced, clock.instant());
                ledger.append(new LedgerEvent(found.caseId(), ExportLedger.MADE, LedgerEvent.subject("export", jobId),
                        found.requestedBy(), ExportLedger.payload(found)));
            });
        } catch (CancellationException cancelled) {
            end(jobId, ExportState.CANCELLED, null);
        } catch (Exception | Error failure) {
            LOG.error("Export {} of case {} failed", jobId, job.caseId(), failure);
            end(jobId, ExportState.FAILED, "export.failed");
            if (failure instanceof Error error) {
                throw error;
            }
        } finally {
            progress.remove(jobId);
            cancelRequested.remove(jobId);
        }
    }

    private void end(UUID jobId, ExportState how, String failureKey) {
        deleteQuietly(zipOf(jobId));
        ownTransaction.executeWithoutResult(status -> jobs.findById(jobId)
                .ifPresent(job -> job.ended(how, failureKey, clock.instant())));
    }

    private void requireLawyer(UUID caseId) {
        if (access.require(caseId) != CaseRole.LAWYER) {
            throw new ForbiddenException("export.lawyers-only");
        }
    }

    private Path zipOf(UUID jobId) {
        return exportDir.resolve(jobId + ZIP);
    }

    private ExportJobView view(ExportJob job) {
        var live = job.state() == ExportState.DONE ? new ExportProgress(job.fileSize(), job.fileSize())
                : progress.getOrDefault(job.id(), ExportProgress.NONE);
        return new ExportJobView(job.id(), job.caseId(), job.redacted(), job.lang(), job.state(), live, job.requestedAt(),
                job.finishedAt(), job.fileName(), job.fileSize(), job.manifestSha256(), job.ledgerSize(),
                job.ledgerRoot(), job.failureKey());
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // Only an unfinished file of a job marked failed: never offered for download.
        }
    }
}
