package org.assemblyportal.jurisdiction;

/** A period the law sets, with its source. */
public record PeriodRule(Period period, Citation citation) {
}
