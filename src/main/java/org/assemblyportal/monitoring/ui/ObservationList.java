package org.assemblyportal.monitoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;
import org.assemblyportal.base.ConflictException;
import org.assemblyportal.base.InvalidInputException;
import org.assemblyportal.base.ui.FieldErrors;
import org.assemblyportal.monitoring.ObservationMediaService;
import org.assemblyportal.monitoring.ObservationService;
import org.assemblyportal.monitoring.ObservationView;

/**
 * The observations on the case page: the latest version of each, what was seen kept apart from what
 * the monitor made of it, corrected and retracted ones marked in words, every version a disclosure
 * away. Monitors ({@code mayRecord}) open the form from here, and correct or retract an entry.
 */
class ObservationList extends Div {

    static final String ID_SECTION = "case-observations";
    static final String ID_OBSERVE = "observation-observe";
    static final String ID_LIST = "observation-list";
    static final String ID_RETRACT_REASON = "observation-retract-reason";
    static final String ID_RETRACT_CONFIRM = "observation-retract-confirm";

    private final ObservationService observations;
    private final ObservationMediaService media;
    private final UUID caseId;
    private final boolean mayRecord;

    ObservationList(ObservationService observations, ObservationMediaService media, UUID caseId, boolean mayRecord) {
        this.observations = observations;
        this.media = media;
        this.caseId = caseId;
        this.mayRecord = mayRecord;
        setId(ID_SECTION);
        render();
    }

    /** When the phone says it was seen, in the phone's own offset, so that it reads as the monitor noted it. */
    static String deviceTime(ObservationView observation, Locale locale) {
        return observation.deviceTime().format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)) + " (UTC" + observation.deviceTime().getOffset().getId().replace("Z", "+00:00") + ")";
    }

    /** The first 12 hex digits of a SHA-256 and an ellipsis: enough to tell files apart; the full hash goes in a title. */
    static String shortHash(String sha256) {
        return sha256.substring(0, 12) + "…";
    }

    private void render() {
        removeAll();
        add(new H3(getTranslation("observation.section")));
        var intro = new Paragraph(getTranslation("observation.section.intro"));
        intro.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Top.NONE);
        add(intro);
        if (mayRecord) {
            var observe = new Anchor("cases/" + caseId + "/observe", getTranslation("observation.observe"));
            observe.getElement().setAttribute("router-link", "");
            observe.setId(ID_OBSERVE);
            observe.addClassNames("observe-link", LumoUtility.Display.INLINE_FLEX, LumoUtility.AlignItems.CENTER,
                    LumoUtility.Padding.Horizontal.MEDIUM, LumoUtility.Padding.Vertical.SMALL,
                    LumoUtility.BorderRadius.MEDIUM, LumoUtility.Background.PRIMARY,
                    LumoUtility.TextColor.PRIMARY_CONTRAST, LumoUtility.FontWeight.SEMIBOLD);
            observe.getStyle().set("min-height", "44px");
            add(observe);
        }
        var current = observations.current(caseId);
        if (current.isEmpty()) {
            var none = new Paragraph(getTranslation(mayRecord ? "observation.none.monitor" : "observation.none"));
            none.addClassNames(LumoUtility.TextColor.SECONDARY);
            none.setId(ID_LIST);
            add(none);
            return;
        }
        var items = new UnorderedList();
        items.setId(ID_LIST);
        items.addClassNames(LumoUtility.Padding.NONE, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.SMALL);
        current.forEach(o -> items.add(item(o)));
        add(items);
    }

    private ListItem item(ObservationView o) {
        var category = new H4(getTranslation(o.category().messageKey()));
        category.addClassNames(LumoUtility.Margin.NONE);
        var headline = new Div(category);
        headline.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.AlignItems.BASELINE,
                LumoUtility.Gap.SMALL);
        if (o.retracted()) {
            headline.add(badge(getTranslation("observation.retracted-mark"), "badge error"));
        } else if (o.version() > 1) {
            headline.add(badge(getTranslation("observation.corrected-mark", o.version()), "badge contrast"));
        }
        var item = new ListItem(headline);
        item.setId("observation-" + o.id());
        item.addClassNames("draft-card", "observation-card", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.XSMALL);
        item.getElement().setAttribute("data-category", o.category().name());
        item.getElement().setAttribute("data-version", String.valueOf(o.version()));
        if (o.retracted()) {
            item.getElement().setAttribute("data-retracted", true);
        }
        item.add(content(o));
        if (!o.media().isEmpty()) {
            item.add(mediaList(o));
        }
        if (o.retracted()) {
            var reason = new Paragraph(getTranslation("observation.retraction-reason", o.retractionReason()));
            reason.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.Margin.Vertical.XSMALL);
            item.add(reason);
        }
        var by = new Span(getTranslation("observation.recorded-by", o.recordedBy()));
        by.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        var footer = new Div(by);
        footer.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.AlignItems.CENTER,
                LumoUtility.Gap.MEDIUM);
        if (mayRecord && !o.retracted()) {
            var correct = new Anchor("cases/" + caseId + "/observe?corrects=" + o.id(), getTranslation("observation.correct"));
            correct.getElement().setAttribute("router-link", "");
            correct.setId("observation-" + o.id() + "-correct");
            correct.getStyle().set("min-height", "44px").set("display", "inline-flex").set("align-items", "center");
            var retract = new Button(getTranslation("observation.retract"), VaadinIcon.BAN.create(), click -> retract(o));
            retract.setId("observation-" + o.id() + "-retract");
            retract.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            footer.add(correct, retract);
        }
        item.add(footer);
        if (o.version() > 1) {
            item.add(history(o));
        }
        return item;
    }

    private Div content(ObservationView o) {
        var content = new Div();
        content.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.XSMALL);
        var when = new Span(getTranslation(o.segment() == null ? "observation.when" : "observation.when-where",
                deviceTime(o, getLocale()), o.segment() == null ? "" : o.segment(),
                o.segmentName() == null ? "" : o.segmentName()));
        when.addClassNames(LumoUtility.FontSize.SMALL);
        content.add(when);
        if (o.location() != null) {
            content.add(small(getTranslation("observation.location", String.format(Locale.ROOT, "%.6f", o.location().latitude()),
                    String.format(Locale.ROOT, "%.6f", o.location().longitude()),
                    Math.round(o.location().accuracyMetres()))));
        } else if (o.landmark() != null) {
            content.add(small(getTranslation("observation.landmark.shown", o.landmark())));
        }
        var facts = new Paragraph(o.facts());
        facts.addClassNames(LumoUtility.Whitespace.PRE_WRAP, LumoUtility.Margin.Vertical.XSMALL);
        content.add(facts);
        if (o.assessment() != null) {
            var assessment = new Paragraph(getTranslation("observation.assessment.shown", o.assessment()));
            assessment.addClassNames(LumoUtility.Whitespace.PRE_WRAP, LumoUtility.TextColor.SECONDARY,
                    LumoUtility.Margin.Vertical.XSMALL);
            content.add(assessment);
        }
        if (o.obstacle() != null && o.obstacle().type() != null) {
            content.add(small(getTranslation("observation.obstacle.shown", getTranslation(o.obstacle().type().messageKey()),
                    o.obstacle().lengthMetres() == null ? "?" : o.obstacle().lengthMetres(),
                    o.obstacle().carriagewayBlockedPercent() == null ? "?" : o.obstacle().carriagewayBlockedPercent(),
                    yesNo(o.obstacle().passable()), yesNo(o.obstacle().workersPresent()),
                    yesNo(o.obstacle().workInProgress()))));
        }
        if (o.claimTest() != null) {
            content.add(small(getTranslation("observation.claim-test.shown",
                    getTranslation(o.claimTest().assessment().messageKey()),
                    getTranslation(o.claimTest().confidence().messageKey()))));
        }
        return content;
    }

    /** The observation's files: a preview (or an icon saying what kind of file), the original, its hash, where and when. */
    private Div mediaList(ObservationView o) {
        var title = new Span(getTranslation("observation.media.list", o.media().size()));
        title.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.FontSize.SMALL);
        var list = new UnorderedList();
        list.addClassNames(LumoUtility.Padding.NONE, LumoUtility.Margin.Vertical.XSMALL, LumoUtility.Display.FLEX,
                LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        list.getStyle().set("list-style", "none");
        o.media().forEach(m -> list.add(mediaItem(o, m)));
        var block = new Div(title, list);
        block.setId("observation-" + o.id() + "-media");
        return block;
    }

    private ListItem mediaItem(ObservationView o, ObservationView.Media m) {
        com.vaadin.flow.component.Component preview;
        if (m.thumbnailSha256() != null) {
            var image = new Image(DownloadHandler.fromInputStream(event -> {
                var file = media.thumbnail(o.id(), m.sha256());
                return new DownloadResponse(file.content(), file.name(), file.mediaType(), file.size());
            }), getTranslation("observation.media.alt", getTranslation(o.category().messageKey()), m.name()));
            image.addClassNames(LumoUtility.BorderRadius.SMALL);
            image.getStyle().set("max-width", "96px").set("max-height", "96px").set("object-fit", "contain");
            preview = image;
        } else {
            var kind = kind(m.mediaType());
            var icon = (kind.equals("video") ? VaadinIcon.FILM : kind.equals("audio") ? VaadinIcon.MICROPHONE
                    : VaadinIcon.FILE_PICTURE).create();
            icon.setSize("48px");
            icon.getElement().setAttribute("role", "img");
            icon.getElement().setAttribute("aria-label", getTranslation("observation.media.kind." + kind));
            icon.getElement().setAttribute("title", getTranslation("evidence.thumbnail-none"));
            icon.addClassNames(LumoUtility.TextColor.SECONDARY);
            preview = icon;
        }
        var original = new Anchor(DownloadHandler.fromInputStream(event -> {
            var file = media.original(o.id(), m.sha256());
            return new DownloadResponse(file.content(), file.name(), file.mediaType(), file.size());
        }), m.name());
        original.getElement().setAttribute("download", true);
        original.setId("observation-media-" + m.sha256().substring(0, 16));
        var hash = small(getTranslation("observation.media.sha256", shortHash(m.sha256())));
        hash.getElement().setAttribute("title", m.sha256());
        hash.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.XSMALL);
        var text = new Div(original, hash);
        text.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.XSMALL);
        text.getStyle().set("min-width", "0").set("overflow-wrap", "anywhere");
        if (m.capturedAt() != null) {
            var when = m.capturedAtWithOffset()
                    .map(t -> t.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                            .withLocale(getLocale())) + " (UTC" + t.getOffset().getId().replace("Z", "+00:00") + ")")
                    .orElseGet(() -> m.capturedAt().format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
                            FormatStyle.SHORT).withLocale(getLocale())));
            text.add(small(getTranslation("observation.media.captured", when)));
        }
        if (m.hasLocation()) {
            text.add(small(getTranslation("observation.media.captured-place",
                    String.format(Locale.ROOT, "%.6f", m.latitude()), String.format(Locale.ROOT, "%.6f", m.longitude()))));
        }
        if (m.device() != null) {
            text.add(small(getTranslation("observation.media.device", m.device())));
        }
        var item = new ListItem(preview, text);
        item.addClassNames(LumoUtility.Display.FLEX, LumoUtility.AlignItems.START, LumoUtility.Gap.MEDIUM);
        item.getElement().setAttribute("data-sha256", m.sha256());
        return item;
    }

    /** "image", "video" or "audio", from the media type read from the file's content. */
    private static String kind(String mediaType) {
        return mediaType.startsWith("video/") ? "video" : mediaType.startsWith("audio/") ? "audio" : "image";
    }

    private Details history(ObservationView o) {
        var versions = new OrderedList();
        versions.addClassNames(LumoUtility.Margin.Vertical.NONE);
        var details = new Details(getTranslation("observation.history", o.version()), versions);
        details.setId("observation-" + o.id() + "-history");
        details.addOpenedChangeListener(opened -> {
            if (opened.isOpened() && versions.getChildren().findAny().isEmpty()) {
                observations.history(caseId, o.id()).forEach(v -> {
                    var entry = new ListItem();
                    var label = new Span(getTranslation(v.retracted() ? "observation.history.retraction"
                            : "observation.history.version", v.version(), v.recordedBy(),
                            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                                    .format(v.receivedAt().atZone(java.time.ZoneOffset.UTC))));
                    label.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.FontSize.SMALL);
                    entry.add(label, content(v));
                    versions.add(entry);
                });
            }
        });
        return details;
    }

    private void retract(ObservationView o) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("observation.retract.title"));
        var reason = new TextArea(getTranslation("observation.retract.reason"));
        reason.setId(ID_RETRACT_REASON);
        reason.setHelperText(getTranslation("observation.retract.help"));
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        dialog.add(reason);
        var errors = new FieldErrors(java.util.Map.of("reason", reason));
        var cancel = new Button(getTranslation("observation.cancel"), click -> dialog.close());
        var confirm = new Button(getTranslation("observation.retract"), click -> {
            try {
                observations.retract(caseId, o.id(), reason.getValue());
                dialog.close();
                Notification.show(getTranslation("observation.retract.done"), 5000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                render();
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            } catch (ConflictException conflict) {
                Notification.show(getTranslation(conflict.messageKey(), conflict.messageArguments()), 8000,
                        Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        confirm.setId(ID_RETRACT_CONFIRM);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    private String yesNo(Boolean value) {
        return getTranslation(value == null ? "observation.not-noted" : value ? "observation.yes" : "observation.no");
    }

    private static Span badge(String text, String theme) {
        var badge = new Span(text);
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    private static Span small(String text) {
        var span = new Span(text);
        span.addClassNames(LumoUtility.FontSize.SMALL);
        return span;
    }
}
