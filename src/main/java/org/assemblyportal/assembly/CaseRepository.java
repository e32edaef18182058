package org.assemblyportal.assembly;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CaseRepository extends JpaRepository<AssemblyCase, UUID> {

    /** The cases a user belongs to, with their role, in one query per page. */
    @Query(value = """
            select new org.assemblyportal.assembly.CaseSummary(c.id, c.title, c.jurisdictionCode, c.plannedDate, m.role)
            from AssemblyCase c join CaseMembership m on m.caseId = c.id
            where m.userId = :userId""",
            countQuery = "select count(m) from CaseMembership m where m.userId = :userId")
    Page<CaseSummary> findSummariesForMember(UUID userId, Pageable pageable);
}
