package org.assemblyportal.assembly;

import java.time.LocalDate;
import java.util.UUID;

/** A row of "My cases": the case and the signed-in user's role in it. */
public record CaseSummary(UUID id, String title, String jurisdictionCode, LocalDate plannedDate, CaseRole myRole) {
}
