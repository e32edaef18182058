package org.assemblyportal.monitoring;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.Repository;

/** Segment revisions are inserted and read, never updated or deleted. */
interface PlanSegmentRevisionRepository extends Repository<PlanSegmentRevision, UUID> {

    PlanSegmentRevision saveAndFlush(PlanSegmentRevision revision);

    /** Every revision of the case's plan, oldest first: the last one per segment number is the plan. */
    List<PlanSegmentRevision> findByCaseIdOrderByPositionAsc(UUID caseId);

    List<PlanSegmentRevision> findByCaseIdAndNumberOrderByPositionAsc(UUID caseId, int number);
}
