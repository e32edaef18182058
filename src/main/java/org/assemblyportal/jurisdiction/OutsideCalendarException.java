package org.assemblyportal.jurisdiction;

import java.time.LocalDate;
import org.assemblyportal.base.LocalizedException;

/**
 * A computation reached a date for which the portal has no holiday and transfer data. Guessing
 * would risk a wrong legal deadline, so the portal says so instead.
 */
public class OutsideCalendarException extends LocalizedException {

    public OutsideCalendarException(String jurisdiction, LocalDate date, int firstYear, int lastYear) {
        super("deadline.outside-calendar", jurisdiction, date.toString(), String.valueOf(firstYear), String.valueOf(lastYear));
    }
}
