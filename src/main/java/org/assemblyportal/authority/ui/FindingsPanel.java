package org.assemblyportal.authority.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import org.assemblyportal.authority.ComplianceFinding;
import org.assemblyportal.authority.ComplianceService.FilingFindings;
import org.assemblyportal.base.ui.LocalizedFormats;
import org.assemblyportal.jurisdiction.ui.CitationView;

/**
 * Where the authority broke its own rules, filing by filing, each finding with the dates or codes
 * it rests on and its legal source; or that nothing was found, against which due date.
 */
class FindingsPanel extends Div {

    static final String ID = "case-findings";

    FindingsPanel(List<FilingFindings> filings) {
        setId(ID);
        addClassNames("case-findings");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("compliance.title"));
        add(new H4(getTranslation("compliance.title")));
        for (var filing : filings) {
            var due = filing.dueDate() == null ? getTranslation("compliance.no-deadline")
                    : getTranslation("compliance.due", filing.filingSequence(),
                            LocalizedFormats.date(filing.registeredOn(), getLocale()),
                            LocalizedFormats.date(filing.dueDate(), getLocale()));
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
            list.addClassNames(LumoUtility.Padding.NONE, LumoUtility.Margin.Vertical.XSMALL, "finding-list");
            filing.findings().forEach(f -> list.add(item(f)));
            add(list);
        }
    }

    private ListItem item(ComplianceFinding finding) {
        var icon = VaadinIcon.WARNING.create();
        icon.setSize("1em");
        icon.getElement().setAttribute("aria-hidden", "true");
        icon.addClassNames(LumoUtility.TextColor.ERROR);
        var text = new Span(getTranslation(finding.messageKey(), finding.arguments().toArray()));
        var item = new ListItem(icon, new Span(" "), text);
        item.addClassNames("finding");
        item.getElement().setAttribute("data-kind", finding.kind().name());
        finding.citations().forEach(c -> {
            var cite = CitationView.brief(c);
            cite.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.Display.BLOCK);
            item.add(cite);
        });
        return item;
    }
}
