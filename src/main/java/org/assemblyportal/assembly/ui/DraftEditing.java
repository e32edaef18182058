package org.assemblyportal.assembly.ui;

import java.util.Locale;
import java.util.function.UnaryOperator;
import org.assemblyportal.assembly.ApplicationData;
import org.assemblyportal.jurisdiction.Jurisdiction;

/** What a step editor needs from the wizard: the current data and a way to change it (which saves it). */
interface DraftEditing {

    ApplicationData data();

    void change(UnaryOperator<ApplicationData> change);

    Jurisdiction jurisdiction();

    Locale locale();

    /**
     * The designated places in force on the planned day, or on today while no day is planned: the
     * maslikhat's list changes by decision.
     */
    default org.assemblyportal.jurisdiction.DesignatedPlaces places() {
        var start = data().start();
        return jurisdiction().places().on(start != null ? start.toLocalDate() : java.time.LocalDate.now());
    }
}
