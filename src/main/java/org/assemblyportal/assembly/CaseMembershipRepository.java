package org.assemblyportal.assembly;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseMembershipRepository extends JpaRepository<CaseMembership, UUID> {

    Optional<CaseMembership> findByCaseIdAndUserId(UUID caseId, UUID userId);

    List<CaseMembership> findByCaseIdOrderByAddedAt(UUID caseId);
}
