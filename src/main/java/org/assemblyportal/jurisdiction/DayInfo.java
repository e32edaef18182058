package org.assemblyportal.jurisdiction;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/** One day of a jurisdiction's calendar: working or not, why, and on what authority. */
public record DayInfo(LocalDate date, DayKind kind, Map<String, String> label, Citation citation) {

    public DayInfo {
        label = Map.copyOf(label);
    }

    public boolean working() {
        return kind.working();
    }

    public String label(Locale locale) {
        return Labels.pick(label, locale, "");
    }
}
