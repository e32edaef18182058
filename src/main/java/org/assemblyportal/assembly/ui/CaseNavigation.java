package org.assemblyportal.assembly.ui;

import com.vaadin.flow.component.UI;
import java.util.UUID;

/** The one way into a case page, for views of this and other features. */
public final class CaseNavigation {

    private CaseNavigation() {
    }

    public static void openCase(UUID caseId) {
        UI.getCurrent().navigate("cases/" + caseId);
    }
}
