package org.assemblyportal.jurisdiction;

/** How a legal period is counted; see docs/decisions/005-counting-legal-periods.md. */
public enum PeriodUnit {
    WORKING_DAYS, CLEAR_DAYS, CALENDAR_DAYS, HOURS, MONTHS, YEARS;

    public String messageKey() {
        return "unit." + name().toLowerCase().replace('_', '-');
    }
}
