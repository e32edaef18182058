package org.assemblyportal.monitoring;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Observations are inserted and read, never updated or deleted: no save of a loaded one, no delete. */
interface ObservationRepository extends Repository<Observation, UUID> {

    Observation saveAndFlush(Observation observation);

    /** Inserts a new version at the next flush (a batch flushes once). */
    Observation save(Observation observation);

    void flush();

    // The queries of every request are JPQL strings, parsed once: a derived query builds a criteria query on
    // each call under a lock that all threads share.

    @Query("select o from Observation o where o.caseId = :caseId and o.clientId = :clientId")
    Optional<Observation> findByCaseIdAndClientId(UUID caseId, UUID clientId);

    /** The stored versions of a batch's client ids, in one query. */
    @Query("select o from Observation o where o.caseId = :caseId and o.clientId in :clientIds")
    List<Observation> findByCaseIdAndClientIdIn(UUID caseId, Collection<UUID> clientIds);

    @Query("select o from Observation o where o.id = :id and o.caseId = :caseId")
    Optional<Observation> findByIdAndCaseId(UUID id, UUID caseId);

    Optional<Observation> findById(UUID id);

    /** Whether the observation of this chain has been retracted (a retraction is final). */
    boolean existsByChainIdAndRetractionReasonIsNotNull(UUID chainId);

    @Query("select o.caseId from Observation o where o.id = :id")
    Optional<UUID> findCaseIdById(UUID id);

    @Query("select count(o) > 0 from Observation o where o.supersedes = :id")
    boolean existsBySupersedes(UUID id);

    /** Versions received at or after {@code since}, in the order of receipt. */
    @Query(value = """
            select o from Observation o where o.caseId = :caseId and o.receivedAt >= :since order by o.position""",
            countQuery = "select count(o) from Observation o where o.caseId = :caseId and o.receivedAt >= :since")
    Page<Observation> findReceivedSince(UUID caseId, Instant since, Pageable pageable);

    /** The latest version of each observation of the case, in the order of the phones' clocks. */
    @Query("""
            select o from Observation o where o.caseId = :caseId
            and not exists (select n.id from Observation n where n.supersedes = o.id)
            order by o.deviceTime, o.position""")
    List<Observation> findLatestByCaseId(UUID caseId);

    /** Every version of every observation of the case, in the order of receipt. */
    @Query("select o from Observation o where o.caseId = :caseId order by o.position")
    List<Observation> findAllVersionsByCaseId(UUID caseId);

    /** The versions of one observation, oldest first. */
    @Query("select o from Observation o where o.caseId = :caseId and o.chainId = :chainId order by o.version")
    List<Observation> findChain(UUID caseId, UUID chainId);
}
