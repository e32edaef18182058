package org.assemblyportal.jurisdiction;

import java.time.LocalDate;
import org.assemblyportal.base.LocalizedException;

/**
 * A computation reached a date the portal cannot count on: before the first year of the
 * jurisdiction's calendar data (the law it models had not begun), or past the last year it counts
 * into at all. Guessing would risk a wrong legal deadline, so the portal says so instead. Later
 * years without a decree are not refused: they are counted provisionally.
 */
public class OutsideCalendarException extends LocalizedException {

    public OutsideCalendarException(String jurisdiction, LocalDate date, int firstYear, int lastYear) {
        super(date.getYear() < firstYear ? "deadline.not-covered-before" : "deadline.beyond-calendar", jurisdiction,
                date.toString(), String.valueOf(firstYear), String.valueOf(lastYear));
    }
}
