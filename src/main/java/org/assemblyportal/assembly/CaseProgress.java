package org.assemblyportal.assembly;

import java.time.LocalDate;
import java.util.List;
import org.assemblyportal.jurisdiction.Citation;
import org.assemblyportal.jurisdiction.SilenceRule;

/**
 * Where a case's application stands: drafted, filed or amended, its filings, and the deadlines
 * that matter next, each counted from {@code today} in the jurisdiction and with its legal source.
 * {@code deadlineProblem} says why, when a deadline cannot be counted (e.g. a date beyond
 * the calendar data), so that the page says so instead of showing nothing.
 */
public record CaseProgress(Stage stage, LocalDate today, List<FilingView> filings, FilingDeadline filingDeadline,
        AuthorityDeadline authorityDeadline, Problem deadlineProblem) {

    public CaseProgress {
        filings = List.copyOf(filings);
    }

    public enum Stage {
        NOT_STARTED, DRAFTING, FILED, AMENDED;

        public String messageKey() {
            return "case.stage." + name().toLowerCase().replace('_', '-');
        }
    }

    /** A translation key and its arguments. */
    public record Problem(String messageKey, List<Object> arguments) {

        public Problem {
            arguments = List.copyOf(arguments);
        }
    }

    /**
     * The last day to file for the draft's planned start, until the case is filed; when it is too
     * late, the earliest start that can still be met (null if none is found within the calendar data).
     */
    public record FilingDeadline(LocalDate lastDay, long daysLeft, boolean tooLate, LocalDate earliestLawfulStart,
            Citation citation) {
    }

    /** When the authority must answer the latest filing, and what its silence means. */
    public record AuthorityDeadline(LocalDate registeredOn, LocalDate dueDate, long daysLeft, SilenceRule silence,
            Citation citation) {
    }
}
