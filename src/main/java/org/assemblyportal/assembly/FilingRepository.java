package org.assemblyportal.assembly;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Filings are added and read, never updated or deleted: so this repository has no such methods. */
interface FilingRepository extends Repository<Filing, UUID> {

    Filing saveAndFlush(Filing filing);

    Optional<Filing> findFirstByCaseIdOrderBySequenceDesc(UUID caseId);

    Optional<Filing> findByCaseIdAndSequence(UUID caseId, int sequence);

    Optional<Filing> findById(UUID id);

    /** The id of the case's latest filing, and nothing else (no snapshot, no proofs). */
    @Query("""
            select f.id from Filing f where f.caseId = :caseId
            and f.sequence = (select max(g.sequence) from Filing g where g.caseId = :caseId)""")
    Optional<UUID> findLatestIdByCaseId(UUID caseId);

    /** A case's filings with their proofs, oldest first, in one query. */
    @Query("select distinct f from Filing f left join fetch f.proofs where f.caseId = :caseId order by f.sequence")
    List<Filing> findWithProofsByCaseId(UUID caseId);

    /** The proof with this hash in any filing of the case (the same file may prove several). */
    @Query("select p from Filing f join f.proofs p where f.caseId = :caseId and p.sha256 = :sha256")
    List<FilingProof> findProofs(UUID caseId, String sha256);
}
