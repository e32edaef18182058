package org.assemblyportal.casefile;

import static org.assemblyportal.evidence.LedgerEvent.micros;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.assemblyportal.evidence.LedgerEvent;
import org.assemblyportal.evidence.LedgerSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger's view of finished exports ({@code export.made}): which variant, the manifest's hash
 * and the ledger size and root it covered. The same payload is built when the event is appended
 * and when verification compares the stored job with its entry.
 */
@Component
@Transactional(readOnly = true)
class ExportLedger implements LedgerSource {

    static final String KIND = "export";
    /** The event type of a finished export; written as kind + verb, like every other feature's types. */
    static final String MADE = KIND + ".made";

    private final ExportJobRepository jobs;

    ExportLedger(ExportJobRepository jobs) {
        this.jobs = jobs;
    }

    record Payload(int v, boolean redacted, String fileName, long size, String manifestSha256, long ledgerSize,
            String ledgerRoot, Instant requestedAt, Instant finishedAt) {
    }

    static Payload payload(ExportJob job) {
        return new Payload(1, job.redacted(), job.fileName(), job.fileSize(), job.manifestSha256(), job.ledgerSize(),
                job.ledgerRoot(), micros(job.requestedAt()), micros(job.finishedAt()));
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Map<String, Object> currentPayloads(UUID caseId) {
        var payloads = new LinkedHashMap<String, Object>();
        for (var job : jobs.findByCaseIdAndStateOrderByRequestedAtAsc(caseId, ExportState.DONE)) {
            payloads.put(LedgerEvent.subject(KIND, job.id()), payload(job));
        }
        return payloads;
    }

    /**
     * Instants are cut to microseconds where the job is made, as every record the ledger covers
     * (decision 016): the database keeps microseconds and would round, so a re-read job would
     * otherwise differ from its {@code export.made} payload by one microsecond half of the time.
     */
}
