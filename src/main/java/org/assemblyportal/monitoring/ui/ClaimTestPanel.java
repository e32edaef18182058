package org.assemblyportal.monitoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.UUID;
import org.assemblyportal.base.ForbiddenException;
import org.assemblyportal.base.InvalidInputException;
import org.assemblyportal.monitoring.ClaimTestResult.SegmentResult;
import org.assemblyportal.monitoring.ClaimTestService;
import org.assemblyportal.monitoring.ClaimTestView;
import org.assemblyportal.monitoring.ClaimVerdict;

/**
 * Each stated claim tested against the observations: the verdict in words, how much of the claim's
 * ground was observed, per segment what was seen and by how many monitors, and the lawyers' word on it.
 */
class ClaimTestPanel extends Div {

    static final String ID_SECTION = "case-claim-tests";

    private final ClaimTestService tests;
    private final UUID caseId;
    private final ZoneId zone;
    private final boolean lawyer;

    ClaimTestPanel(ClaimTestService tests, UUID caseId, ZoneId zone, boolean lawyer) {
        this.tests = tests;
        this.caseId = caseId;
        this.zone = zone;
        this.lawyer = lawyer;
        setId(ID_SECTION);
        render();
    }

    private void render() {
        removeAll();
        add(new H3(getTranslation("claim-test.section")));
        var list = tests.tests(caseId);
        if (list.isEmpty()) {
            var none = new Paragraph(getTranslation("claim-test.none"));
            none.addClassNames(LumoUtility.TextColor.SECONDARY);
            add(none);
            return;
        }
        list.forEach(test -> add(card(test)));
    }

    private Div card(ClaimTestView test) {
        var claim = test.claim();
        var title = new H4(getTranslation(claim.type().messageKey()));
        title.addClassNames(LumoUtility.Margin.NONE);
        var verdict = badge(test.verdict());
        verdict.setId("claim-test-" + claim.id() + "-verdict");
        var headline = new Div(title, verdict);
        headline.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.AlignItems.BASELINE,
                LumoUtility.Gap.SMALL);
        var card = new Div(headline);
        card.addClassNames("draft-card", "claim-test", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.XSMALL, LumoUtility.Margin.Bottom.SMALL);
        card.getElement().setAttribute("data-claim-id", claim.id().toString());
        card.getElement().setAttribute("data-verdict", test.verdict().name());
        if (!test.reviews().isEmpty()) {
            var computed = new Span(getTranslation("claim-test.computed", getTranslation(test.computed().verdict().messageKey())));
            computed.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            card.add(computed);
        }

        var segments = test.computed().segments();
        var covered = test.computed().coveredSegments();
        var meter = new ProgressBar(0, Math.max(1, segments.size()), covered);
        meter.setId("claim-test-" + claim.id() + "-coverage");
        var meterLabel = new Span(getTranslation("claim-test.coverage", covered, segments.size()));
        meterLabel.addClassNames(LumoUtility.FontSize.SMALL);
        meter.getElement().setAttribute("aria-label", meterLabel.getText());
        card.add(meterLabel, meter);

        var rows = new UnorderedList();
        rows.addClassNames(LumoUtility.Padding.NONE, LumoUtility.ListStyleType.NONE, LumoUtility.Display.FLEX,
                LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.XSMALL, "claim-test-segments");
        segments.forEach(s -> rows.add(segmentRow(s)));
        card.add(rows);
        if (lawyer) {
            card.add(reviewForm(test));
        }
        if (!test.reviews().isEmpty()) {
            var history = new UnorderedList();
            test.reviews().forEach(r -> history.add(new ListItem(getTranslation(
                    r.overridden() ? "claim-test.review.overridden" : "claim-test.review.confirmed",
                    getTranslation(r.verdict().messageKey()), r.recordedBy(), when(r.recordedAt()), r.reason()))));
            card.add(new Details(getTranslation("claim-test.reviews", test.reviews().size()), history));
        }
        return card;
    }

    private ListItem segmentRow(SegmentResult segment) {
        var name = segment.segment() == ClaimTestService.PLACE ? getTranslation("claim-test.place", segment.name())
                : getTranslation("claim.segment", segment.segment(), segment.name());
        var text = new Span(name + " ");
        var row = new ListItem(text, badge(segment.verdict()));
        if (segment.verdict() != ClaimVerdict.NOT_COVERED) {
            var seen = new Span(" " + getTranslation("claim-test.seen", segment.observations().size(), segment.monitors(),
                    when(segment.firstSeen()), when(segment.lastSeen())));
            seen.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            row.add(seen);
        }
        row.getElement().setAttribute("data-segment", String.valueOf(segment.segment()));
        row.getElement().setAttribute("data-verdict", segment.verdict().name());
        return row;
    }

    /** The verdict in words, with a colour that only repeats what the words say. */
    private Span badge(ClaimVerdict verdict) {
        var badge = new Span(getTranslation(verdict.messageKey()));
        var theme = switch (verdict) {
            case CONTRADICTED -> "badge success";
            case SUPPORTED -> "badge error";
            case PARTIALLY_SUPPORTED -> "badge";
            case NOT_COVERED -> "badge contrast";
        };
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    private Div reviewForm(ClaimTestView test) {
        var claimId = test.claim().id();
        var verdict = new Select<ClaimVerdict>();
        verdict.setLabel(getTranslation("claim-test.review.verdict"));
        verdict.setItems(ClaimVerdict.values());
        verdict.setItemLabelGenerator(v -> getTranslation(v.messageKey()));
        verdict.setValue(test.computed().verdict());
        verdict.setId("claim-test-" + claimId + "-review-verdict");
        var reason = new TextArea(getTranslation("claim-test.review.reason"));
        reason.setMaxLength(2000);
        reason.setWidthFull();
        reason.setId("claim-test-" + claimId + "-review-reason");
        var save = new Button(getTranslation("claim-test.review.save"), click -> {
            try {
                tests.review(caseId, claimId, verdict.getValue(), reason.getValue());
                Notification.show(getTranslation("claim-test.review.saved"), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                render();
            } catch (InvalidInputException invalid) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("claim-test.review.reason-required"));
            } catch (ForbiddenException forbidden) {
                Notification.show(getTranslation(forbidden.messageKey()), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.setId("claim-test-" + claimId + "-review-save");
        var form = new Div(verdict, reason, save);
        form.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.XSMALL);
        var details = new Details(getTranslation("claim-test.review"), form);
        details.setId("claim-test-" + claimId + "-review");
        return new Div(details);
    }

    private String when(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).format(instant.atZone(zone));
    }
}
