package org.assemblyportal.jurisdiction.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.assemblyportal.jurisdiction.Citation;

/** A legal source as a link, marked when it has not been checked against the official text. */
final class CitationView {

    private CitationView() {
    }

    static Span of(Citation citation) {
        var span = new Span();
        if (citation.url() == null) {
            span.add(citation.text());
        } else {
            var link = new Anchor(citation.url(), citation.text());
            link.setTarget("_blank");
            link.getElement().setAttribute("rel", "noopener");
            span.add(link);
        }
        if (!citation.verified()) {
            var badge = new Span(span.getTranslation("rules.unverified"));
            badge.getElement().getThemeList().add("badge contrast small");
            badge.getElement().setAttribute("title", span.getTranslation("deadlines.unverified"));
            badge.getStyle().set("margin-inline-start", "var(--lumo-space-xs)");
            var icon = VaadinIcon.WARNING.create();
            icon.setSize("0.8em");
            icon.getElement().setAttribute("aria-hidden", "true");
            badge.addComponentAsFirst(icon);
            span.add(badge);
        }
        return span;
    }
}
