package org.assemblyportal.jurisdiction;

import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarCoverageRepository extends JpaRepository<CalendarCoverage, String> {
}
