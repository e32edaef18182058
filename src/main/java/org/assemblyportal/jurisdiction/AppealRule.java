package org.assemblyportal.jurisdiction;

import java.util.Locale;
import java.util.Map;

/**
 * How a decision on an assembly is challenged: the body that hears the appeal, the period for it
 * counted from the day the decision was received (null where the law sets no fixed period),
 * whether the review must be concluded before the planned date, a note per language, and the
 * route's legal source.
 */
public record AppealRule(Map<String, String> body, PeriodRule deadline, boolean concludedBeforeEvent,
        Map<String, String> note, Citation citation) {

    public AppealRule {
        body = Map.copyOf(body);
        note = note == null ? Map.of() : Map.copyOf(note);
    }

    /** The body that hears the appeal, in the language asked for, else English. */
    public String body(Locale locale) {
        return Labels.pick(body, locale, "");
    }

    /** The note in the language asked for, else English; empty where there is none. */
    public String note(Locale locale) {
        return Labels.pick(note, locale, "");
    }

    /** Whether a lawyer must check the route or its period before relying on them. */
    public boolean verified() {
        return citation.verified() && (deadline == null || deadline.citation().verified());
    }
}
