package org.assemblyportal.jurisdiction.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.LinkedHashMap;
import java.util.List;
import org.assemblyportal.jurisdiction.Citation;

/**
 * Said on screen, before a document is printed, instead of on the paper: the sources it cites that
 * nobody has checked against their official publication, each as a link in the reader's language.
 * A note (role=note) that a screen reader reads with the download next to it; hidden when every
 * source is verified.
 */
public class UnverifiedSourcesNotice extends Div {

    public UnverifiedSourcesNotice(String id) {
        setId(id);
        getElement().setAttribute("role", "note");
        addClassNames(LumoUtility.Padding.SMALL, LumoUtility.BorderRadius.MEDIUM, LumoUtility.Background.CONTRAST_5,
                LumoUtility.FontSize.SMALL);
        getStyle().set("border-inline-start", "4px solid var(--lumo-warning-color, var(--lumo-error-color))");
        setVisible(false);
    }

    /** Shows the unverified ones of {@code citations}, once each, or hides the note when there are none. */
    /**
     * Fills the notice each time it is attached, from {@code cited}; where the user may not make the
     * document ({@link org.assemblyportal.base.LocalizedException}) the notice stays hidden: the
     * download link answers them when clicked.
     */
    public void showOnAttach(java.util.function.Supplier<List<Citation>> cited) {
        addAttachListener(attached -> {
            try {
                show(cited.get());
            } catch (org.assemblyportal.base.LocalizedException notForThisUser) {
                setVisible(false);
            }
        });
    }

    public void show(List<Citation> citations) {
        removeAll();
        var unverified = new LinkedHashMap<String, Citation>();
        citations.stream().filter(c -> !c.verified()).forEach(c -> unverified.putIfAbsent(c.text(getLocale()), c));
        setVisible(!unverified.isEmpty());
        if (unverified.isEmpty()) {
            return;
        }
        var title = new Paragraph(getTranslation("document.unverified.title"));
        title.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.Margin.NONE);
        add(title);
        add(new Paragraph(getTranslation("document.unverified.intro", unverified.size())));
        var list = new UnorderedList();
        list.addClassNames(LumoUtility.Margin.Vertical.NONE);
        unverified.forEach((text, citation) -> {
            var url = citation.url(getLocale());
            if (url == null) {
                list.add(new ListItem(text));
            } else {
                var link = new Anchor(url, text);
                link.setTarget("_blank");
                link.getElement().setAttribute("rel", "noopener");
                list.add(new ListItem(link));
            }
        });
        add(list);
    }
}
