package org.assemblyportal.authority.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.UI;

/**
 * Fired on the UI when a response was logged or corrected on the case page, so that other parts of
 * the page that depend on responses (the stated claims) update without a reload.
 */
class ResponseLogged extends ComponentEvent<UI> {

    ResponseLogged(UI ui) {
        super(ui, false);
    }
}
