package org.assemblyportal.authority.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.assemblyportal.authority.ClaimService;
import org.assemblyportal.authority.ClaimView;
import org.assemblyportal.authority.ResponseService;
import org.assemblyportal.authority.ResponseView;
import org.assemblyportal.jurisdiction.Jurisdiction;

/**
 * The stated claims on the case page: each factual reason of the authority as what, where and when,
 * with its words. Those who record responses ({@code responses} not null) also record claims here.
 */
class ClaimList extends Div {

    static final String ID_SECTION = "case-claims";
    static final String ID_RECORD = "claim-record";
    static final String ID_LIST = "claim-list";

    private final ClaimService claims;
    private final ResponseService responses;
    private final UUID caseId;
    private final Jurisdiction jurisdiction;
    private Registration responsesLogged;

    ClaimList(ClaimService claims, ResponseService responses, UUID caseId, Jurisdiction jurisdiction) {
        this.claims = claims;
        this.responses = responses;
        this.caseId = caseId;
        this.jurisdiction = jurisdiction;
        setId(ID_SECTION);
        render();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        var ui = attach.getUI();
        responsesLogged = ComponentUtil.addListener(ui, ResponseLogged.class, logged -> render());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (responsesLogged != null) {
            responsesLogged.remove();
        }
    }

    private void render() {
        removeAll();
        add(new H3(getTranslation("claim.section")));
        var intro = new Paragraph(getTranslation("claim.section.intro"));
        intro.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Top.NONE);
        add(intro);
        var logged = responses == null ? List.<ResponseView>of() : responses.responses(caseId);
        if (!logged.isEmpty()) {
            var record = new Button(getTranslation("claim.record"), VaadinIcon.CLIPBOARD_CHECK.create(),
                    click -> openDialog(logged, null));
            record.setId(ID_RECORD);
            add(record);
        }
        var list = claims.claims(caseId);
        if (list.isEmpty()) {
            var none = new Paragraph(getTranslation(responses != null && logged.isEmpty() ? "claim.none.no-response"
                    : "claim.none"));
            none.addClassNames(LumoUtility.TextColor.SECONDARY);
            none.setId(ID_LIST);
            add(none);
            return;
        }
        var corrected = list.stream().map(ClaimView::corrects).filter(Objects::nonNull).collect(Collectors.toSet());
        var items = new UnorderedList();
        items.setId(ID_LIST);
        items.addClassNames(LumoUtility.Padding.NONE, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.SMALL);
        list.forEach(c -> items.add(item(c, corrected.contains(c.id()), logged)));
        add(items);
    }

    private void openDialog(List<ResponseView> logged, ClaimView correcting) {
        new ClaimDialog(claims, caseId, jurisdiction, logged, correcting, recorded -> {
            Notification.show(getTranslation("claim.recorded"), 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            render();
        }).open();
    }

    private ListItem item(ClaimView claim, boolean corrected, List<ResponseView> logged) {
        var locale = getLocale();
        var zone = jurisdiction.summary().zone();
        var type = new H4(getTranslation(claim.type().messageKey()));
        type.addClassNames(LumoUtility.Margin.NONE);
        var headline = new Div(type);
        headline.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.AlignItems.BASELINE,
                LumoUtility.Gap.SMALL);
        var item = new ListItem(headline);
        item.addClassNames("draft-card", "claim-card", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.XSMALL);
        item.getElement().setAttribute("data-claim-type", claim.type().name());
        item.getElement().setAttribute("data-segments",
                claim.segments().stream().map(s -> String.valueOf(s.number())).collect(Collectors.joining(",")));

        var where = new UnorderedList();
        where.addClassNames("claim-where", LumoUtility.Margin.Vertical.NONE);
        if (claim.place() != null) {
            where.add(new ListItem(getTranslation("claim.at-place", claim.place())));
        }
        claim.segments().forEach(s -> where.add(new ListItem(getTranslation("claim.segment", s.number(), s.name()))));
        item.add(where);
        var shown = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
        item.add(new Paragraph(getTranslation("claim.when", claim.windowStart().withZoneSameInstant(zone).format(shown),
                claim.windowEnd().withZoneSameInstant(zone).format(shown))));
        var quote = new Quote(claim.quote());
        quote.addClassNames(LumoUtility.Whitespace.PRE_WRAP, LumoUtility.TextColor.BODY, LumoUtility.Margin.Vertical.XSMALL,
                LumoUtility.Margin.Horizontal.NONE, LumoUtility.Padding.Left.MEDIUM, LumoUtility.Border.LEFT,
                LumoUtility.BorderColor.CONTRAST_30);
        item.add(quote);
        if (claim.corrects() != null) {
            var corrects = new Span(getTranslation("claim.corrects"));
            corrects.addClassNames(LumoUtility.FontSize.SMALL);
            item.addComponentAsFirst(corrects);
        }
        if (corrected) {
            var badge = new Span(getTranslation("claim.corrected"));
            badge.getElement().getThemeList().add("badge contrast");
            headline.add(badge);
            item.getElement().setAttribute("data-corrected", true);
        }
        var by = new Span(getTranslation("claim.recorded-by", claim.recordedBy()));
        by.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        var footer = new Div(by);
        footer.addClassNames(LumoUtility.Display.FLEX, LumoUtility.AlignItems.CENTER, LumoUtility.Gap.MEDIUM);
        if (!corrected && !logged.isEmpty()) {
            var correct = new Button(getTranslation("claim.correct"), VaadinIcon.EDIT.create(),
                    click -> openDialog(logged, claim));
            correct.setId("claim-" + claim.id() + "-correct");
            correct.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            footer.add(correct);
        }
        item.add(footer);
        return item;
    }
}
