package org.assemblyportal.authority.ui;

import com.vaadin.flow.component.HtmlComponent;
import com.vaadin.flow.component.Tag;

/** A {@code <blockquote>} holding text exactly as given: set as text, never parsed as HTML. */
@Tag("blockquote")
class Quote extends HtmlComponent {

    Quote(String text) {
        getElement().setText(text);
    }
}
