package org.assemblyportal.authority;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Responses are inserted and read, never updated or deleted: no save of a loaded one, no delete. */
interface AuthorityResponseRepository extends Repository<AuthorityResponse, UUID> {

    AuthorityResponse saveAndFlush(AuthorityResponse response);

    Optional<AuthorityResponse> findByIdAndCaseId(UUID id, UUID caseId);

    boolean existsByCorrects(UUID id);

    /** The case's responses with their grounds, conditions and files in one query, in the order they arrived. */
    @Query("""
            select distinct r from AuthorityResponse r left join fetch r.grounds left join fetch r.files
            left join fetch r.conditionCodes where r.caseId = :caseId order by r.receivedAt, r.recordedAt""")
    List<AuthorityResponse> findWithDetailsByCaseId(UUID caseId);

    @Query("""
            select f from AuthorityResponse r join r.files f
            where r.caseId = :caseId and f.sha256 = :sha256""")
    List<ResponseAttachment> findFiles(UUID caseId, String sha256);
}
