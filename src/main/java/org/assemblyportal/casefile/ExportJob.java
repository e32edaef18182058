package org.assemblyportal.casefile;

import static org.assemblyportal.evidence.LedgerEvent.micros;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One export of a case file: who asked for which variant, and how it ended. */
@Entity
@Table(name = "case_export")
class ExportJob {

    @Id
    private UUID id;
    @Column(name = "case_id", nullable = false)
    private UUID caseId;
    @Column(name = "requested_by", nullable = false)
    private UUID requestedBy;
    @Column(nullable = false)
    private boolean redacted;
    /** The dossier's language: kk, ru or en. */
    @Column(nullable = false, length = 2)
    private String lang;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ExportState state;
    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;
    @Column(name = "finished_at")
    private Instant finishedAt;
    @Column(name = "file_name", length = 200)
    private String fileName;
    @Column(name = "file_size")
    private Long fileSize;
    @Column(name = "manifest_sha256", length = 64)
    private String manifestSha256;
    @Column(name = "ledger_size")
    private Long ledgerSize;
    @Column(name = "ledger_root", length = 64)
    private String ledgerRoot;
    @Column(name = "failure_key", length = 100)
    private String failureKey;

    protected ExportJob() {
    }

    ExportJob(UUID caseId, UUID requestedBy, boolean redacted, String lang, Instant requestedAt) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.requestedBy = requestedBy;
        this.redacted = redacted;
        this.lang = lang;
        this.state = ExportState.QUEUED;
        this.requestedAt = micros(requestedAt);
    }

    void running() {
        state = ExportState.RUNNING;
    }

    void done(ProducedCaseFile file, Instant at) {
        state = ExportState.DONE;
        finishedAt = micros(at);
        fileName = file.fileName();
        fileSize = file.size();
        manifestSha256 = file.manifestSha256();
        ledgerSize = file.ledgerSize();
        ledgerRoot = file.ledgerRoot();
    }

    void ended(ExportState how, String failureKey, Instant at) {
        state = how;
        this.failureKey = failureKey;
        finishedAt = micros(at);
    }

    UUID id() {
        return id;
    }

    UUID caseId() {
        return caseId;
    }

    UUID requestedBy() {
        return requestedBy;
    }

    boolean redacted() {
        return redacted;
    }

    String lang() {
        return lang;
    }

    ExportState state() {
        return state;
    }

    Instant requestedAt() {
        return requestedAt;
    }

    Instant finishedAt() {
        return finishedAt;
    }

    String fileName() {
        return fileName;
    }

    Long fileSize() {
        return fileSize;
    }

    String manifestSha256() {
        return manifestSha256;
    }

    Long ledgerSize() {
        return ledgerSize;
    }

    String ledgerRoot() {
        return ledgerRoot;
    }

    String failureKey() {
        return failureKey;
    }
}
