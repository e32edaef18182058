package org.assemblyportal.casefile;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExportJobRepository extends JpaRepository<ExportJob, UUID> {

    List<ExportJob> findByCaseIdOrderByRequestedAtDesc(UUID caseId);

    List<ExportJob> findByCaseIdAndStateOrderByRequestedAtAsc(UUID caseId, ExportState state);

    List<ExportJob> findByStateIn(Collection<ExportState> states);
}
