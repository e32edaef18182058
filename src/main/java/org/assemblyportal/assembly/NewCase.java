package org.assemblyportal.assembly;

import java.time.LocalDate;

/** What it takes to open a case. The planned date is a date in the jurisdiction's own calendar. */
public record NewCase(String title, String jurisdictionCode, LocalDate plannedDate) {
}
