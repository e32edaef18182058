package org.assemblyportal.authority.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import java.util.UUID;
import org.assemblyportal.authority.ComplianceFinding;
import org.assemblyportal.authority.ComplianceService;
import org.assemblyportal.authority.ComplianceService.FilingFindings;
import org.assemblyportal.authority.DismissalEvent;
import org.assemblyportal.authority.FindingDecision;
import org.assemblyportal.authority.FindingReview;
import org.assemblyportal.base.ConflictException;
import org.assemblyportal.base.InvalidInputException;
import org.assemblyportal.base.ui.FieldErrors;
import org.assemblyportal.jurisdiction.ui.CitationView;

/**
 * Where the authority broke its own rules, filing by filing, each finding with the dates or codes
 * it rests on and its legal source; or that nothing was found, against which due date. The case's
 * lawyers may dismiss a finding with a reason and restore it: a dismissed finding stays in the list,
 * struck through with the reason, and each finding's history of dismissals can be opened.
 */
class FindingsPanel extends Div {

    static final String ID = "case-findings";
    static final String ID_DISMISS_REASON = "finding-dismiss-reason";
    static final String ID_DISMISS_SUBMIT = "finding-dismiss-submit";

    private final ComplianceService compliance;
    private final UUID caseId;
    private final boolean lawyer;
    private final ZoneId zone;

    /**
     * {@code lawyer}: whether the user is a lawyer of the case, who may dismiss and restore findings;
     * {@code zone}: the jurisdiction's, in which the history's times are shown.
     */
    FindingsPanel(ComplianceService compliance, UUID caseId, boolean lawyer, ZoneId zone) {
        this.compliance = compliance;
        this.caseId = caseId;
        this.lawyer = lawyer;
        this.zone = zone;
        setId(ID);
        addClassNames("case-findings");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("compliance.title"));
        render();
    }

    private void render() {
        removeAll();
        var title = new H4(getTranslation("compliance.title"));
        title.addClassNames(LumoUtility.Margin.Top.SMALL);
        add(title);
        for (var filing : compliance.findings(caseId)) {
            var due = filing.dueDate() == null ? getTranslation("compliance.no-deadline")
                    : getTranslation("compliance.due", filing.filingSequence(), filing.registeredOn(),
                            filing.dueDate());
            var line = new Paragraph(due);
            line.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Vertical.XSMALL);
            if (filing.dueCitation() != null) {
                line.add(new Span(" "), CitationView.brief(filing.dueCitation()));
            }
            add(line);
            if (filing.findings().isEmpty()) {
                var none = new Paragraph(getTranslation("compliance.none"));
                none.addClassNames(LumoUtility.Margin.Vertical.XSMALL);
                add(none);
                continue;
            }
            var list = new UnorderedList();
            // The warning icon is each item's marker, so the list needs no bullets of its own.
            list.addClassNames(LumoUtility.Padding.NONE, LumoUtility.Margin.Vertical.XSMALL, LumoUtility.ListStyleType.NONE,
                    LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL, "finding-list");
            filing.findings().forEach(f -> list.add(item(filing, f)));
            add(list);
        }
    }

    private ListItem item(FilingFindings filing, ComplianceFinding finding) {
        var review = filing.review(finding.kind());
        var icon = (review.dismissed() ? VaadinIcon.CHECK_CIRCLE_O : VaadinIcon.WARNING).create();
        icon.setSize("1em");
        icon.getElement().setAttribute("aria-hidden", "true");
        icon.addClassNames(review.dismissed() ? LumoUtility.TextColor.SECONDARY : LumoUtility.TextColor.ERROR);
        var text = new Span(getTranslation(finding.messageKey(), finding.arguments().toArray()));
        var item = new ListItem(icon, new Span(" "), text);
        item.addClassNames("finding");
        item.getElement().setAttribute("data-kind", finding.kind().name());
        finding.citations().forEach(c -> {
            var cite = CitationView.brief(c);
            cite.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.Display.BLOCK);
            item.add(cite);
        });
        if (review.dismissed()) {
            // Struck through, never hidden: the finding still stands in the record, with why it was set aside.
            text.addClassNames("finding-dismissed-text");
            text.addClassNames(LumoUtility.TextColor.SECONDARY);
            item.getElement().setAttribute("data-dismissed", true);
            var dismissal = review.dismissal();
            var why = new Paragraph(getTranslation("compliance.dismissed", dismissal.by(), when(dismissal),
                    dismissal.reason()));
            why.addClassNames("finding-dismissal", LumoUtility.FontSize.SMALL, LumoUtility.Margin.Vertical.XSMALL,
                    LumoUtility.Whitespace.PRE_WRAP);
            item.add(why);
        }
        var actions = new Div();
        actions.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.AlignItems.CENTER,
                LumoUtility.Gap.SMALL);
        if (lawyer) {
            var decision = new FindingDecision(filing.filingSequence(), finding.kind(), null);
            var button = review.dismissed()
                    ? new Button(getTranslation("compliance.restore"), VaadinIcon.ARROW_BACKWARD.create(),
                            click -> restore(decision))
                    : new Button(getTranslation("compliance.dismiss"), VaadinIcon.CLOSE_SMALL.create(),
                            click -> openDismissDialog(decision));
            button.setId("finding-" + filing.filingSequence() + "-" + finding.kind().name()
                    + (review.dismissed() ? "-restore" : "-dismiss"));
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            actions.add(button);
        }
        if (!review.history().isEmpty()) {
            actions.add(history(review));
        }
        if (actions.getComponentCount() > 0) {
            item.add(actions);
        }
        return item;
    }

    private Details history(FindingReview review) {
        var events = new UnorderedList();
        events.addClassNames("finding-history", LumoUtility.Margin.Vertical.NONE, LumoUtility.FontSize.SMALL);
        review.history().forEach(e -> {
            var key = e.action() == DismissalEvent.Action.DISMISSED ? "compliance.history.dismissed"
                    : e.reason() == null ? "compliance.history.restored" : "compliance.history.restored-because";
            var event = new ListItem(getTranslation(key, when(e), e.by(), e.reason()));
            event.addClassNames(LumoUtility.Whitespace.PRE_WRAP);
            event.getElement().setAttribute("data-action", e.action().name());
            events.add(event);
        });
        var details = new Details(getTranslation("compliance.history", review.history().size()), events);
        details.addClassNames("finding-history-details", LumoUtility.FontSize.SMALL);
        return details;
    }

    /** When, in the case's jurisdiction's time, as the response log shows times. */
    private String when(DismissalEvent event) {
        var shown = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale());
        return event.at().atZone(zone).format(shown);
    }

    private void openDismissDialog(FindingDecision finding) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("compliance.dismiss.title"));
        dialog.setWidth("min(32rem, 100vw)");
        var intro = new Paragraph(getTranslation("compliance.dismiss.intro"));
        intro.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Top.NONE);
        var reason = new TextArea(getTranslation("compliance.dismiss.reason"));
        reason.setId(ID_DISMISS_REASON);
        reason.setMaxLength(2000);
        reason.setRequired(true);
        reason.setWidthFull();
        reason.setMinHeight("6rem");
        var errors = new FieldErrors(Map.of("reason", reason));
        var submit = new Button(getTranslation("compliance.dismiss"), click -> {
            errors.clear();
            try {
                compliance.dismiss(caseId, new FindingDecision(finding.filingSequence(), finding.kind(), reason.getValue()));
                dialog.close();
                notify("compliance.dismissed.notice");
                render();
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            } catch (ConflictException conflict) {
                dialog.close();
                fail(conflict);
            }
        });
        submit.setId(ID_DISMISS_SUBMIT);
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Div(intro, reason));
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), submit);
        dialog.open();
    }

    private void restore(FindingDecision finding) {
        try {
            compliance.restore(caseId, finding);
            notify("compliance.restored.notice");
        } catch (ConflictException conflict) {
            fail(conflict);
        }
        render();
    }

    private void notify(String key) {
        Notification.show(getTranslation(key), 5000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void fail(ConflictException conflict) {
        Notification.show(getTranslation(conflict.messageKey(), conflict.messageArguments()), 8000,
                Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        render();
    }
}
