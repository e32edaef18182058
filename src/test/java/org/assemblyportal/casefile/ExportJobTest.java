package org.assemblyportal.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ExportJobTest {

    private static final Instant REQUESTED = Instant.parse("2026-11-30T02:07:45.123456789Z");
    private static final Instant FINISHED = Instant.parse("2026-11-30T02:07:46.999999999Z");

    @Test
    void a_job_keeps_its_times_to_the_microsecond_so_a_re_read_job_gives_the_payload_the_ledger_recorded() {
        var job = new ExportJob(UUID.randomUUID(), UUID.randomUUID(), false, "en", REQUESTED);
        job.done(new ProducedCaseFile("case-file.zip", 1, "0".repeat(64), 3, "1".repeat(64)), FINISHED);

        // The database keeps microseconds and rounds: .999999999 would be read back as the next second.
        assertThat(job.requestedAt()).isEqualTo("2026-11-30T02:07:45.123456Z");
        assertThat(job.finishedAt()).isEqualTo("2026-11-30T02:07:46.999999Z");
        assertThat(ExportLedger.payload(job).finishedAt()).isEqualTo(job.finishedAt());
    }

    @Test
    void a_job_that_ends_otherwise_is_cut_to_the_microsecond_too() {
        var job = new ExportJob(UUID.randomUUID(), UUID.randomUUID(), true, "kk", REQUESTED);
        job.ended(ExportState.FAILED, "export.failed", FINISHED);
        assertThat(job.finishedAt()).isEqualTo("2026-11-30T02:07:46.999999Z");
    }
}
