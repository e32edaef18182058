package org.assemblyportal.assembly;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CaseMembershipRepository extends JpaRepository<CaseMembership, UUID> {

    /**
     * Asked on every request of every feature, so written out: a derived query builds a criteria query on
     * each call under a lock that all threads share; a JPQL string is parsed once and cached.
     */
    @Query("select m from CaseMembership m where m.caseId = :caseId and m.userId = :userId")
    Optional<CaseMembership> findByCaseIdAndUserId(UUID caseId, UUID userId);

    List<CaseMembership> findByCaseIdOrderByAddedAt(UUID caseId);
}
