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
}
