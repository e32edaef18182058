package org.assemblyportal.jurisdiction;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface StoredAdjustmentRepository extends JpaRepository<StoredAdjustment, UUID> {

    List<StoredAdjustment> findByJurisdictionCodeOrderByAdjustedOnDesc(String jurisdictionCode);

    List<StoredAdjustment> findByRemovedAtIsNull();
}
