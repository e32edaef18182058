package org.assemblyportal.jurisdiction;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A question for the deadline engine: this form, starting then, perhaps registered on that day. */
public record DeadlineQuery(String jurisdiction, AssemblyForm form, LocalDateTime plannedStart, LocalDate registeredOn) {
}
