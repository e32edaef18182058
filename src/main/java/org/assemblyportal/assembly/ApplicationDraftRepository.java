package org.assemblyportal.assembly;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicationDraftRepository extends JpaRepository<ApplicationDraft, UUID> {

    Optional<ApplicationDraft> findByCaseId(UUID caseId);
}
