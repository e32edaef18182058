package org.assemblyportal.jurisdiction;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rules for one form of assembly in one jurisdiction: the regime, how long before the event
 * to file (and how long before at most), and how the authority must answer, while {@code inForce}.
 * Absent periods are null: the law sets none.
 */
public record FormRule(AssemblyForm form, InForce inForce, Regime regime, Citation regimeCitation, PeriodRule leadTime,
        PeriodRule maxAdvance, AuthorityResponse response, List<LabeledRule> exemptions, Map<String, String> note,
        List<LastDayNote> lastDayNotes, FilingHours filingHours, List<LabeledRule> notes) {

    /**
     * The office takes filings only on working days from {@code from} to {@code to} (local time):
     * the National Park Service's permit office, 08:00 to 16:00 Eastern, not on federal holidays.
     */
    public record FilingHours(java.time.LocalTime from, java.time.LocalTime to, Citation citation) {
    }

    public FormRule {
        inForce = inForce == null ? InForce.ALWAYS : inForce;
        exemptions = List.copyOf(exemptions);
        lastDayNotes = lastDayNotes == null ? List.of() : List.copyOf(lastDayNotes);
        notes = notes == null ? List.of() : List.copyOf(notes);
        note = Map.copyOf(note);
    }

    public String note(Locale locale) {
        return note.isEmpty() ? "" : Labels.pick(note, locale, "");
    }
}
