package org.assemblyportal.jurisdiction;

/** An amount of a unit, such as 5 working days or 48 hours. */
public record Period(int amount, PeriodUnit unit) {

    public Period {
        if (amount < 0) {
            throw new IllegalArgumentException("A legal period cannot be negative: " + amount);
        }
    }
}
