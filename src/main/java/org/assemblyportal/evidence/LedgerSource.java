package org.assemblyportal.evidence;

import java.util.Map;
import java.util.UUID;

/**
 * Implemented by each feature for each kind of record it keeps on a case, so that verification can
 * compare what the database holds now with what the ledger recorded: every current record's
 * payload, built by the same function the feature used when it appended the event.
 */
public interface LedgerSource {

    /** The subject kind this source answers for ({@code observation}); unique across sources. */
    String kind();

    /** The case's records of this kind as they are stored now: subject → payload (the object the event carried). */
    Map<String, Object> currentPayloads(UUID caseId);
}
