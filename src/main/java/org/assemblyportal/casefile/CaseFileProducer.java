package org.assemblyportal.casefile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/** Writes the case file of a case to a path: everything an export job does but the bookkeeping. */
interface CaseFileProducer {

    /**
     * Writes the ZIP to {@code target} (complete or not at all), reporting progress, and stops with a
     * {@link java.util.concurrent.CancellationException} soon after {@code cancelled} turns true.
     */
    ProducedCaseFile produce(UUID caseId, boolean redacted, String lang, Path target, Progress progress, BooleanSupplier cancelled)
            throws IOException;

    @FunctionalInterface
    interface Progress {
        void update(long bytesDone, long bytesTotal);
    }
}
