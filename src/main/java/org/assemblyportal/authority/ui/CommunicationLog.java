package org.assemblyportal.authority.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
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
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.assemblyportal.authority.CommunicationService;
import org.assemblyportal.authority.CommunicationView;
import org.assemblyportal.authority.ResponseFile;
import org.assemblyportal.jurisdiction.Jurisdiction;

/**
 * The communications log on the case page: every contact with the authority besides its responses,
 * in the order they happened, with what was said word for word and the files with their SHA-256.
 */
class CommunicationLog extends Div {

    static final String ID_SECTION = "case-communications";
    static final String ID_LOG = "communication-log";
    static final String ID_LIST = "communication-list";
    static final String ID_NONE = "communication-none";
    private static final int SHOWN_HASH_DIGITS = 12;

    private final CommunicationService communications;
    private final UUID caseId;
    private final Jurisdiction jurisdiction;

    CommunicationLog(CommunicationService communications, UUID caseId, Jurisdiction jurisdiction) {
        this.communications = communications;
        this.caseId = caseId;
        this.jurisdiction = jurisdiction;
        setId(ID_SECTION);
        addClassNames("case-communications");
        render();
    }

    private void render() {
        removeAll();
        add(new H3(getTranslation("communication.section")));
        var log = new Button(getTranslation("communication.log"), VaadinIcon.COMMENTS_O.create(),
                click -> openDialog(null));
        log.setId(ID_LOG);
        var list = communications.communications(caseId);
        if (list.isEmpty()) {
            var none = new Paragraph(getTranslation("communication.none"));
            none.addClassNames(LumoUtility.TextColor.SECONDARY);
            none.setId(ID_NONE);
            add(none, log);
            return;
        }
        var items = new UnorderedList();
        items.setId(ID_LIST);
        items.addClassNames(LumoUtility.Padding.NONE, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.SMALL, "case-communication-list");
        var corrected = list.stream().map(CommunicationView::corrects).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        var byId = list.stream().collect(Collectors.toMap(CommunicationView::id, c -> c));
        list.forEach(c -> items.add(item(c, corrected.contains(c.id()), byId.get(c.corrects()))));
        add(items, log);
    }

    private void openDialog(CommunicationView correcting) {
        new CommunicationDialog(communications, caseId, jurisdiction, correcting, recorded -> {
            Notification.show(getTranslation("communication.recorded"), 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            render();
        }).open();
    }

    private ListItem item(CommunicationView communication, boolean corrected, CommunicationView correctedOne) {
        var shown = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale());
        var kind = new Span(getTranslation(communication.kind().messageKey()));
        kind.getElement().getThemeList().add("badge");
        kind.addClassNames("communication-kind");
        var when = new Span(communication.occurredAt().format(shown));
        when.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        var direction = new Span(getTranslation(communication.direction().messageKey()));
        direction.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        var headline = new Div(kind, when, direction);
        headline.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.AlignItems.BASELINE,
                LumoUtility.Gap.SMALL);

        var item = new ListItem(headline);
        item.addClassNames("draft-card", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.XSMALL);
        item.setId("communication-" + communication.id());
        item.getElement().setAttribute("data-kind", communication.kind().name());

        var people = new ArrayList<String>();
        if (communication.authorityParticipants() != null) {
            people.add(getTranslation("communication.authority-side", communication.authorityParticipants()));
        }
        if (communication.ourParticipants() != null) {
            people.add(getTranslation("communication.our-side", communication.ourParticipants()));
        }
        if (!people.isEmpty()) {
            var participants = new Paragraph(String.join(" · ", people));
            participants.addClassNames(LumoUtility.Margin.Vertical.NONE, LumoUtility.Whitespace.PRE_WRAP);
            item.add(participants);
        }
        item.add(quote(communication.summary()));
        if (!communication.files().isEmpty()) {
            var files = new Div();
            files.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM);
            communication.files().forEach(f -> files.add(fileLink(communication.id(), f)));
            item.add(files);
        }
        if (correctedOne != null) {
            var corrects = new Span(getTranslation("communication.corrects", correctedOne.occurredAt().format(shown)));
            corrects.addClassNames(LumoUtility.FontSize.SMALL);
            item.addComponentAsFirst(corrects);
        }
        if (corrected) {
            var badge = new Span(getTranslation("communication.corrected"));
            badge.getElement().getThemeList().add("badge contrast");
            headline.add(badge);
            item.getElement().setAttribute("data-corrected", true);
        }
        var by = new Span(getTranslation("communication.recorded-by", communication.recordedBy()));
        by.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        var footer = new Div(by);
        footer.addClassNames(LumoUtility.Display.FLEX, LumoUtility.AlignItems.CENTER, LumoUtility.Gap.MEDIUM);
        if (!corrected) {
            var correct = new Button(getTranslation("communication.correct"), VaadinIcon.EDIT.create(),
                    click -> openDialog(communication));
            correct.setId("communication-" + communication.id() + "-correct");
            correct.addClassNames("communication-correct");
            correct.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            footer.add(correct);
        }
        item.add(footer);
        return item;
    }

    /** What was said, as typed: a quote block, shown literally with its line breaks. */
    private static Quote quote(String text) {
        var quote = new Quote(text);
        quote.addClassNames("communication-quote", LumoUtility.Whitespace.PRE_WRAP, LumoUtility.TextColor.BODY,
                LumoUtility.Margin.Vertical.XSMALL, LumoUtility.Margin.Horizontal.NONE, LumoUtility.Padding.Left.MEDIUM,
                LumoUtility.Border.LEFT, LumoUtility.BorderColor.CONTRAST_30);
        return quote;
    }

    /** The file's name to download it, and the start of its SHA-256 (the whole in the tooltip). */
    private Span fileLink(UUID communicationId, ResponseFile file) {
        var link = new Anchor(DownloadHandler.fromInputStream(event -> {
            var download = communications.attachment(caseId, communicationId, file.sha256());
            return new DownloadResponse(download.content(), file.name(), file.mediaType(), file.size());
        }), file.name());
        link.getElement().setAttribute("download", true);
        link.addClassNames("communication-file-link");
        var hash = new Span("SHA-256 " + file.sha256().substring(0, SHOWN_HASH_DIGITS) + "…");
        hash.getElement().setAttribute("title", "SHA-256 " + file.sha256());
        hash.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY, "communication-file-hash");
        var shown = new Span(link, new Span(" "), hash);
        shown.getElement().setAttribute("data-sha256", file.sha256());
        return shown;
    }
}
