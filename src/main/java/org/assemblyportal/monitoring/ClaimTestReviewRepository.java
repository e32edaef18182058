package org.assemblyportal.monitoring;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.Repository;

/** Reviews are inserted and read, never updated or deleted. */
interface ClaimTestReviewRepository extends Repository<ClaimTestReview, UUID> {

    ClaimTestReview saveAndFlush(ClaimTestReview review);

    List<ClaimTestReview> findByCaseIdOrderByPosition(UUID caseId);
}
