package org.assemblyportal.authority;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Dismissals are inserted and read, never updated or deleted: no save of a loaded one, no delete. */
interface FindingDismissalRepository extends Repository<FindingDismissal, UUID> {

    FindingDismissal saveAndFlush(FindingDismissal dismissal);

    /** The case's dismissals and restorations in the order they were made. */
    List<FindingDismissal> findByCaseIdOrderByOrdinal(UUID caseId);

    @Query("select coalesce(max(d.ordinal), 0) from FindingDismissal d where d.caseId = :caseId")
    int lastOrdinal(UUID caseId);
}
