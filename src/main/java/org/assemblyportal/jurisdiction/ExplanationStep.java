package org.assemblyportal.jurisdiction;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * One line of a deadline's explanation: a day, what the count did with it and why, so that a
 * lawyer can redo the count by hand.
 */
public record ExplanationStep(LocalDate date, Kind kind, DayKind dayKind, int count, Map<String, String> label,
        Citation citation) {

    public enum Kind {
        /** The day of the assembly; not counted. */
        EVENT_DAY,
        /** The day of registration or receipt; not counted. */
        START_DAY,
        /** A day that counts towards the period; {@code count} is its number. */
        COUNTED,
        /** A day that does not count (weekend, holiday, decreed day off). */
        SKIPPED,
        /** The resulting deadline. */
        DEADLINE;

        public String messageKey() {
            return "step." + name().toLowerCase().replace('_', '-');
        }
    }

    public ExplanationStep {
        label = label == null ? Map.of() : Map.copyOf(label);
    }

    public String label(Locale locale) {
        return Labels.pick(label, locale, "");
    }
}
