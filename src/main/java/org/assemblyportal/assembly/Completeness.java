package org.assemblyportal.assembly;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assemblyportal.jurisdiction.ApplicationField;
import org.assemblyportal.jurisdiction.Citation;

/**
 * What a draft still lacks or gets wrong, each with the law that asks for it, and whether its
 * planned date can still be met.
 */
public record Completeness(boolean complete, List<Problem> problems, Deadline deadline) {

    public Completeness {
        problems = List.copyOf(problems);
    }

    public enum Severity { MISSING, INVALID, WARNING }

    /** One finding; {@code messageKey} and {@code arguments} make its translated text. */
    public record Problem(ApplicationField field, Severity severity, String messageKey, List<Object> arguments,
            Map<String, String> fieldLabel, Citation citation) {

        public Problem {
            arguments = List.copyOf(arguments);
            fieldLabel = fieldLabel == null ? Map.of() : Map.copyOf(fieldLabel);
        }
    }

    /** The filing deadline for the planned start, if the draft has enough to compute it. */
    public record Deadline(LocalDate lastFilingDay, Long daysLeft, boolean tooLate, LocalDate earliestLawfulStart,
            Citation citation) {
    }
}
