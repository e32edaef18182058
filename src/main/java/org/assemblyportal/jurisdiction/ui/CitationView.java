package org.assemblyportal.jurisdiction.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.assemblyportal.jurisdiction.Citation;

/** A legal source as a link, marked when it has not been checked against the official text. */
public final class CitationView {

    private CitationView() {
    }

    /** The full citation: act and article. */
    public static Span of(Citation citation) {
        return render(citation, citation.text());
    }

    /** In tables: the article only, with the act as the link's tooltip. */
    public static Span brief(Citation citation) {
        var article = citation.article();
        return render(citation, article == null || article.isBlank() ? citation.act() : article);
    }

    private static Span render(Citation citation, String text) {
        var span = new Span();
        if (citation.url() == null) {
            span.add(new Span(text));
        } else {
            var link = new Anchor(citation.url(), text);
            link.setTarget("_blank");
            link.getElement().setAttribute("rel", "noopener");
            link.getElement().setAttribute("title", citation.act());
            // Underlined: a source link inside a sentence must not be told apart by colour alone (WCAG 1.4.1).
            link.getStyle().set("text-decoration", "underline");
            span.add(link);
        }
        if (!citation.verified()) {
            var icon = VaadinIcon.WARNING.create();
            icon.setSize("0.8em");
            icon.getElement().setAttribute("aria-hidden", "true");
            icon.getStyle().set("margin-inline-end", "0.2em");
            var badge = new Span(icon, new Span(span.getTranslation("rules.unverified")));
            badge.getElement().getThemeList().add("badge contrast small");
            badge.getElement().setAttribute("title", span.getTranslation("deadlines.unverified"));
            badge.getStyle().set("margin-inline-start", "var(--lumo-space-xs)");
            span.add(badge);
        }
        return span;
    }
}
