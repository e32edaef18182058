package org.assemblyportal.jurisdiction;

/** How a legal period is counted; see docs/decisions/005-counting-legal-periods.md. */
public enum PeriodUnit {
    WORKING_DAYS, CLEAR_DAYS, CALENDAR_DAYS, HOURS, MONTHS, YEARS;

    public String messageKey() {
        return "unit." + name().toLowerCase().replace('_', '-');
    }

    /** A number of this unit with the plural form its language needs ("3 рабочих дня"): one ICU argument, the amount. */
    public String countKey() {
        return "period.count." + name().toLowerCase().replace('_', '-');
    }
}
