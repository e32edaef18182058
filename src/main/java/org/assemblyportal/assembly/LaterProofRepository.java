package org.assemblyportal.assembly;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.Repository;

/** Added and read, never updated or deleted. */
interface LaterProofRepository extends Repository<LaterProof, UUID> {

    LaterProof save(LaterProof proof);

    List<LaterProof> findByCaseIdOrderByAddedAt(UUID caseId);

    List<LaterProof> findByCaseIdAndProofSha256(UUID caseId, String sha256);
}
