package org.assemblyportal.jurisdiction;

import java.time.LocalDate;

/** A decree to record: the day, whether it becomes a working day or a day off, names and source. */
public record NewAdjustment(LocalDate date, boolean workingDay, String labelEn, String labelRu, String labelKk,
        String act, String article, String url, boolean verified) {
}
