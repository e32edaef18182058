package org.assemblyportal.jurisdiction;

import java.time.LocalDate;
import java.util.Map;

/**
 * One day a decree changes: a weekend day made a working day, or a working day made a day off.
 * Rule files ship the decrees known at release; administrators add new ones in the portal.
 */
public record CalendarAdjustment(LocalDate date, boolean workingDay, Map<String, String> label, Citation citation) {

    public CalendarAdjustment {
        label = Map.copyOf(label);
    }
}
