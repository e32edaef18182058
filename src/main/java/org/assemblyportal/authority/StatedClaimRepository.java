package org.assemblyportal.authority;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Claims are inserted and read, never updated or deleted. */
interface StatedClaimRepository extends Repository<StatedClaim, UUID> {

    StatedClaim saveAndFlush(StatedClaim claim);

    Optional<StatedClaim> findByIdAndCaseId(UUID id, UUID caseId);

    boolean existsByCorrects(UUID id);

    /** The case's claims with their segments in one query, in the order they were recorded. */
    @Query("""
            select distinct c from StatedClaim c left join fetch c.segments
            where c.caseId = :caseId order by c.position""")
    List<StatedClaim> findWithSegmentsByCaseId(UUID caseId);
}
