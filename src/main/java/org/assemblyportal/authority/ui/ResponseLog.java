package org.assemblyportal.authority.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.assemblyportal.assembly.FilingService;
import org.assemblyportal.assembly.FilingView;
import org.assemblyportal.authority.AppealService;
import org.assemblyportal.authority.ComplianceService;
import org.assemblyportal.authority.ResponseFile;
import org.assemblyportal.authority.ResponseService;
import org.assemblyportal.authority.ResponseView;
import org.assemblyportal.base.ui.LocalizedFormats;
import org.assemblyportal.jurisdiction.Jurisdiction;
import org.assemblyportal.jurisdiction.ui.CitationView;

/**
 * The response log on the case page: every response as received, oldest first, with outcome and
 * grounds in the user's language and their legal sources, the reason word for word and the files.
 */
class ResponseLog extends Div {

    static final String ID_SECTION = "case-responses";
    static final String ID_LOG = "response-log";
    static final String ID_LIST = "response-list";

    private final ResponseService responses;
    private final FilingService filings;
    private final ComplianceService compliance;
    private final UUID caseId;
    private final Jurisdiction jurisdiction;
    private final boolean lawyer;
    private final AppealService appeals;

    /** {@code lawyer}: whether the user is a lawyer of the case, who may dismiss and restore findings. */
    ResponseLog(ResponseService responses, FilingService filings, ComplianceService compliance, UUID caseId,
            Jurisdiction jurisdiction, boolean lawyer, AppealService appeals) {
        this.lawyer = lawyer;
        this.appeals = appeals;
        this.compliance = compliance;
        this.responses = responses;
        this.filings = filings;
        this.caseId = caseId;
        this.jurisdiction = jurisdiction;
        setId(ID_SECTION);
        addClassNames("case-responses");
        render();
    }

    private void render() {
        removeAll();
        add(new H3(getTranslation("response.section")));
        var filed = filings.filings(caseId);
        if (!filed.isEmpty()) {
            add(new FindingsPanel(compliance, caseId, lawyer, jurisdiction.summary().zone()));
        }
        if (!filed.isEmpty()) {
            var log = new Button(getTranslation("response.log"), VaadinIcon.ENVELOPE_OPEN_O.create(),
                    click -> openDialog(filed, null));
            log.setId(ID_LOG);
            add(log);
        }
        var list = responses.responses(caseId);
        if (list.isEmpty()) {
            var none = new Paragraph(getTranslation("response.none"));
            none.addClassNames(LumoUtility.TextColor.SECONDARY);
            none.setId(ID_LIST);
            add(none);
            return;
        }
        var items = new UnorderedList();
        items.setId(ID_LIST);
        items.addClassNames(LumoUtility.Padding.NONE, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.SMALL, "case-response-list");
        var corrected = list.stream().map(ResponseView::corrects).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        var byId = list.stream().collect(Collectors.toMap(ResponseView::id, r -> r));
        list.forEach(r -> items.add(item(r, corrected.contains(r.id()), byId.get(r.corrects()), filed)));
        add(items);
        add(new AppealDownload(appeals, caseId, jurisdiction.summary().documentLanguages()));
    }

    private void openDialog(List<FilingView> filed, ResponseView correcting) {
        new ResponseDialog(responses, caseId, jurisdiction, filed, correcting, recorded -> {
            Notification.show(getTranslation("response.recorded"), 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            render();
            getUI().ifPresent(ui -> ComponentUtil.fireEvent(ui, new ResponseLogged(ui)));
        }).open();
    }

    private ListItem item(ResponseView response, boolean corrected, ResponseView correctedOne,
            List<FilingView> filed) {
        var locale = getLocale();
        var outcomeRule = ResponseLabels.rule(jurisdiction.outcomes(), response.outcome());
        var outcome = new H4(outcomeRule.map(r -> r.label(locale)).orElse(response.outcome()));
        outcome.addClassNames(LumoUtility.Margin.NONE);
        var headline = new Div(outcome);
        outcomeRule.ifPresent(r -> headline.add(CitationView.brief(r.citation())));
        headline.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.AlignItems.BASELINE,
                LumoUtility.Gap.SMALL);

        var received = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
        var facts = new ArrayList<String>();
        facts.add(getTranslation("response.received", response.receivedAt().format(received),
                ResponseLabels.channel(this, locale, jurisdiction, response.channel())));
        if (response.documentNumber() != null) {
            facts.add(getTranslation("response.document", response.documentNumber()));
        }
        if (response.decisionDate() != null) {
            facts.add(getTranslation("response.dated", LocalizedFormats.date(response.decisionDate(), locale)));
        }
        if (response.signatory() != null) {
            facts.add(getTranslation("response.signed-by", response.signatory()));
        }
        var item = new ListItem(headline, new Paragraph(String.join(" · ", facts)));
        item.addClassNames("draft-card", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.XSMALL);
        item.getElement().setAttribute("data-outcome", response.outcome());

        if (!response.grounds().isEmpty()) {
            var grounds = new UnorderedList();
            grounds.addClassNames("response-grounds", LumoUtility.Margin.Vertical.NONE);
            response.grounds().forEach(code -> {
                var rule = ResponseService.GROUND_NOT_IN_LAW.equals(code) ? Optional.of(ResponseLabels.groundNotInLaw(this))
                        : ResponseLabels.rule(jurisdiction.refusalGrounds(), code);
                var ground = new ListItem(new Span(rule.map(r -> r.label(locale)).orElse(code) + " "));
                rule.filter(r -> r.citation() != null).ifPresent(r -> ground.add(CitationView.brief(r.citation())));
                ground.getElement().setAttribute("data-ground", code);
                grounds.add(ground);
            });
            item.add(new Span(getTranslation("response.grounds")), grounds);
        }
        if (!response.conditionCodes().isEmpty()) {
            var conditions = new UnorderedList();
            conditions.addClassNames("response-condition-codes", LumoUtility.Margin.Vertical.NONE);
            var choices = ResponseLabels.conditionChoices(this, jurisdiction);
            response.conditionCodes().forEach(code -> {
                var rule = ResponseLabels.rule(choices, code);
                var condition = new ListItem(new Span(rule.map(r -> r.label(locale)).orElse(code) + " "));
                rule.filter(r -> r.citation() != null).ifPresent(r -> condition.add(CitationView.brief(r.citation())));
                condition.getElement().setAttribute("data-condition", code);
                conditions.add(condition);
            });
            item.add(new Span(getTranslation("response.condition-codes")), conditions);
        }
        if (response.conditions() != null) {
            item.add(labelled("response.conditions", response.conditions()));
        }
        if (response.reasonText() != null) {
            item.add(labelled("response.reason", response.reasonText()));
        }
        if (!response.files().isEmpty()) {
            var files = new Div();
            files.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM);
            response.files().forEach(f -> files.add(fileLink(f)));
            item.add(files);
        }
        if (correctedOne != null) {
            var corrects = new Span(getTranslation("response.corrects", correctedOne.receivedAt().format(received)));
            corrects.addClassNames(LumoUtility.FontSize.SMALL);
            item.addComponentAsFirst(corrects);
        }
        if (corrected) {
            var badge = new Span(getTranslation("response.corrected"));
            badge.getElement().getThemeList().add("badge contrast");
            headline.add(badge);
            item.getElement().setAttribute("data-corrected", true);
        }
        var by = new Span(getTranslation("response.recorded-by", response.recordedBy()));
        by.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        var footer = new Div(by);
        footer.addClassNames(LumoUtility.Display.FLEX, LumoUtility.AlignItems.CENTER, LumoUtility.Gap.MEDIUM);
        if (!corrected) {
            var correct = new Button(getTranslation("response.correct"), VaadinIcon.EDIT.create(),
                    click -> openDialog(filed, response));
            correct.setId("response-" + response.id() + "-correct");
            correct.addClassNames("response-correct");
            correct.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            footer.add(correct);
        }
        item.add(footer);
        return item;
    }

    /** Text as the authority wrote it: a quote block, shown literally with its line breaks. */
    private Div labelled(String labelKey, String text) {
        var label = new Span(getTranslation(labelKey));
        label.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        var quote = new Quote(text);
        quote.addClassNames("response-quote", LumoUtility.Whitespace.PRE_WRAP, LumoUtility.TextColor.BODY, LumoUtility.Margin.Vertical.XSMALL,
                LumoUtility.Margin.Horizontal.NONE, LumoUtility.Padding.Left.MEDIUM, LumoUtility.Border.LEFT,
                LumoUtility.BorderColor.CONTRAST_30);
        return new Div(label, quote);
    }

    private Anchor fileLink(ResponseFile file) {
        var link = new Anchor(DownloadHandler.fromInputStream(event -> {
            var download = responses.attachment(caseId, file.sha256());
            return new DownloadResponse(download.content(), file.name(), file.mediaType(), file.size());
        }), file.name());
        link.getElement().setAttribute("download", true);
        link.getElement().setAttribute("title", "SHA-256 " + file.sha256());
        link.addClassNames("response-file-link");
        return link;
    }
}
