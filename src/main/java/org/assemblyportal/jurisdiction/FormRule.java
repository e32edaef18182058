package org.assemblyportal.jurisdiction;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rules for one form of assembly in one jurisdiction: the regime, how long before the event
 * to file (and how long before at most), and how the authority must answer. Absent periods are
 * null: the law sets none.
 */
public record FormRule(AssemblyForm form, Regime regime, Citation regimeCitation, PeriodRule leadTime,
        PeriodRule maxAdvance, AuthorityResponse response, List<LabeledRule> exemptions, Map<String, String> note) {

    public FormRule {
        exemptions = List.copyOf(exemptions);
        note = Map.copyOf(note);
    }

    public String note(Locale locale) {
        return note.isEmpty() ? "" : Labels.pick(note, locale, "");
    }
}
