package org.assemblyportal.assembly;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface DraftRevisionRepository extends JpaRepository<DraftRevision, UUID> {

    List<DraftRevision> findByDraftIdOrderByRevisionDesc(UUID draftId);

    Optional<DraftRevision> findFirstByDraftIdOrderByRevisionDesc(UUID draftId);
}
