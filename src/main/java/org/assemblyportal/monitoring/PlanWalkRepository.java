package org.assemblyportal.monitoring;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.Repository;

/** Walks are inserted and read, never updated or deleted. */
interface PlanWalkRepository extends Repository<PlanWalk, UUID> {

    PlanWalk saveAndFlush(PlanWalk walk);

    Optional<PlanWalk> findByIdAndCaseId(UUID id, UUID caseId);

    /** The case's walks in the order they take place (then as scheduled). */
    List<PlanWalk> findByCaseIdOrderByPlannedAtAscPositionAsc(UUID caseId);
}
