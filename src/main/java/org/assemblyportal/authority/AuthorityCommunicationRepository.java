package org.assemblyportal.authority;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Communications are inserted and read, never updated or deleted: no save of a loaded one, no delete. */
interface AuthorityCommunicationRepository extends Repository<AuthorityCommunication, UUID> {

    AuthorityCommunication saveAndFlush(AuthorityCommunication communication);

    Optional<AuthorityCommunication> findByIdAndCaseId(UUID id, UUID caseId);

    boolean existsByCorrects(UUID id);

    /** The case's communications with their files in one query, oldest first. */
    @Query("""
            select distinct c from AuthorityCommunication c left join fetch c.files
            where c.caseId = :caseId order by c.occurredAt, c.recordedAt""")
    List<AuthorityCommunication> findWithFilesByCaseId(UUID caseId);

    @Query("""
            select f from AuthorityCommunication c join c.files f
            where c.caseId = :caseId and c.id = :communicationId and f.sha256 = :sha256""")
    List<ResponseAttachment> findFiles(UUID caseId, UUID communicationId, String sha256);
}
