package org.assemblyportal.monitoring;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.Repository;

/** Cancellations are inserted and read, never updated or deleted. */
interface PlanWalkCancellationRepository extends Repository<PlanWalkCancellation, UUID> {

    PlanWalkCancellation saveAndFlush(PlanWalkCancellation cancellation);

    boolean existsById(UUID walkId);

    List<PlanWalkCancellation> findByWalkIdIn(Collection<UUID> walkIds);
}
