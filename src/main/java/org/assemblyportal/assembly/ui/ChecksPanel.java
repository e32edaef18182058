package org.assemblyportal.assembly.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Locale;
import java.util.function.Consumer;
import org.assemblyportal.assembly.Completeness;
import org.assemblyportal.assembly.Completeness.Problem;
import org.assemblyportal.assembly.Completeness.Severity;
import org.assemblyportal.base.ui.LocalizedFormats;
import org.assemblyportal.jurisdiction.ApplicationField;
import org.assemblyportal.jurisdiction.ui.CitationView;

/**
 * The live check of a draft: whether the date can still be met and what is missing or wrong, each
 * with the article that asks for it. A finding takes the organizer to the step that fixes it.
 */
class ChecksPanel extends Div {

    static final String ID = "draft-checks";
    static final String ID_DEADLINE = "draft-deadline";
    static final String ID_STATUS = "draft-complete";

    private final Consumer<ApplicationField> goTo;

    ChecksPanel(Consumer<ApplicationField> goTo) {
        this.goTo = goTo;
        setId(ID);
        addClassNames("draft-checks");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-live", "polite");
    }

    void show(Completeness check) {
        removeAll();
        var locale = getLocale();
        add(new H3(getTranslation("draft.checks")));
        add(deadline(check.deadline(), locale));
        var status = new Paragraph(getTranslation(check.complete() ? "draft.checks.complete" : "draft.checks.incomplete",
                check.problems().stream().filter(p -> p.severity() != Severity.WARNING).count()));
        status.setId(ID_STATUS);
        status.getElement().setAttribute("data-complete", String.valueOf(check.complete()));
        status.addClassNames(LumoUtility.FontWeight.SEMIBOLD,
                check.complete() ? LumoUtility.TextColor.SUCCESS : LumoUtility.TextColor.ERROR);
        add(status);
        if (!check.problems().isEmpty()) {
            var list = new UnorderedList();
            list.addClassNames(LumoUtility.Padding.NONE, LumoUtility.Margin.NONE, "draft-problem-list");
            check.problems().forEach(p -> list.add(item(p, locale)));
            add(list);
        }
    }

    private Div deadline(Completeness.Deadline deadline, Locale locale) {
        var box = new Div();
        box.setId(ID_DEADLINE);
        box.addClassNames("draft-deadline");
        if (deadline == null) {
            box.add(new Span(getTranslation("draft.deadline.unknown")));
            return box;
        }
        if (deadline.tooLate() || deadline.daysLeft() != null && deadline.daysLeft() < 0) {
            box.addClassNames("too-late");
            box.add(new Paragraph(LocalizedFormats.tooLate(this, locale, deadline.lastFilingDay(), deadline.earliestLawfulStart())));
        } else {
            box.add(new Paragraph(getTranslation("draft.deadline.last-day",
                    LocalizedFormats.date(deadline.lastFilingDay(), locale))));
            if (deadline.daysLeft() != null) {
                var left = new Paragraph(getTranslation("draft.deadline.days-left", deadline.daysLeft()));
                left.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.FontWeight.BOLD);
                box.add(left);
            }
        }
        if (deadline.citation() != null) {
            box.add(CitationView.of(deadline.citation()));
        }
        return box;
    }

    private ListItem item(Problem problem, Locale locale) {
        var icon = (problem.severity() == Severity.WARNING ? VaadinIcon.WARNING : VaadinIcon.EXCLAMATION_CIRCLE).create();
        icon.setSize("1em");
        icon.getElement().setAttribute("aria-hidden", "true");
        icon.addClassNames(problem.severity() == Severity.WARNING ? LumoUtility.TextColor.WARNING : LumoUtility.TextColor.ERROR);
        var where = new Button(getTranslation(problem.field().messageKey()), click -> goTo.accept(problem.field()));
        where.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        where.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        var text = new Span(getTranslation(problem.messageKey(), LocalizedFormats.inSentence(problem.arguments(), locale)));
        var item = new ListItem(icon, where, new Span(": "), text);
        item.addClassNames("draft-problem");
        item.getElement().setAttribute("data-field", problem.field().name());
        item.getElement().setAttribute("data-code", problem.messageKey());
        item.getElement().setAttribute("data-severity", problem.severity().name());
        if (problem.citation() != null) {
            var cite = CitationView.brief(problem.citation());
            cite.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.Display.BLOCK);
            item.add(cite);
        }
        return item;
    }
}
