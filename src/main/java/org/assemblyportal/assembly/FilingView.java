package org.assemblyportal.assembly;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A recorded filing. {@code sequence} 1 is the original; each amendment names the filing it
 * {@code amends}. {@code snapshot} is the draft exactly as filed, whose canonical JSON hashes to
 * {@code snapshotSha256}; later changes to the draft do not touch it. {@code proofs} came with the
 * filing; {@code laterProofs} were added afterwards, each with when and by whom.
 */
public record FilingView(UUID id, UUID caseId, int sequence, UUID amends, FilingChannel channel,
        String registrationNumber, ZonedDateTime registeredAt, String zone, int draftRevision, String snapshotSha256,
        ApplicationData snapshot, Instant recordedAt, String recordedBy, List<ProofFile> proofs,
        List<LaterProofFile> laterProofs) {

    public FilingView {
        proofs = List.copyOf(proofs);
        laterProofs = List.copyOf(laterProofs);
    }
}
