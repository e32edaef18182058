package org.assemblyportal.monitoring.ui;

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
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.stream.Collectors;
import org.assemblyportal.assembly.CaseDetails;
import org.assemblyportal.base.ConflictException;
import org.assemblyportal.base.InvalidInputException;
import org.assemblyportal.monitoring.MonitoringPlanService;
import org.assemblyportal.monitoring.PlanSegmentView;
import org.assemblyportal.monitoring.PlanView;
import org.assemblyportal.monitoring.PlanWalkView;
import org.assemblyportal.monitoring.WalkToSchedule;

/**
 * The monitoring plan on the case page: each segment of the filed route with its monitors (warned
 * when fewer than two) and photo waypoints, then the walk schedule. Editors change segments and
 * schedule walks here, one at a time or the usual three (a week before, the day before, the day).
 */
class PlanPanel extends Div {

    static final String ID_SECTION = "case-plan";
    static final String ID_SEGMENTS = "plan-segments";
    static final String ID_WALKS = "plan-walks";
    static final String ID_SCHEDULE = "plan-walk-schedule";
    static final String ID_STANDARD = "plan-walk-standard";
    static final String ID_EMPTY = "plan-empty";

    private final MonitoringPlanService plans;
    private final CaseDetails details;

    PlanPanel(MonitoringPlanService plans, CaseDetails details) {
        this.plans = plans;
        this.details = details;
        setId(ID_SECTION);
        render();
    }

    private void render() {
        removeAll();
        add(new H3(getTranslation("plan.section")));
        var intro = new Paragraph(getTranslation("plan.section.intro"));
        intro.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Top.NONE);
        add(intro);
        var plan = plans.plan(details.id());
        if (!plan.filed() || plan.segments().isEmpty()) {
            var empty = new Paragraph(getTranslation(plan.filed() ? "plan.no-segments" : "plan.not-filed"));
            empty.setId(ID_EMPTY);
            empty.addClassNames(LumoUtility.TextColor.SECONDARY);
            add(empty);
            return;
        }
        var segments = new UnorderedList();
        segments.setId(ID_SEGMENTS);
        segments.addClassNames(LumoUtility.Padding.NONE, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.SMALL);
        plan.segments().forEach(s -> segments.add(segment(plan, s)));
        add(segments);
        walks(plan);
    }

    private ListItem segment(PlanView plan, PlanSegmentView segment) {
        var title = new H4(getTranslation("plan.segment.title", segment.number(), segment.name()));
        title.addClassNames(LumoUtility.Margin.NONE);
        var item = new ListItem(title);
        item.setId("plan-segment-" + segment.number());
        item.addClassNames("draft-card", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.XSMALL);
        item.getElement().setAttribute("data-segment", String.valueOf(segment.number()));
        if (segment.filedName() != null && !segment.filedName().equals(segment.name())) {
            var filed = new Span(getTranslation("plan.segment.filed-name", segment.filedName()));
            filed.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            item.add(filed);
        }
        if (!segment.onFiledRoute()) {
            var badge = new Span(getTranslation("plan.segment.not-on-route"));
            badge.getElement().getThemeList().add("badge contrast");
            item.add(badge);
        }
        item.add(new Div(segment.monitors().isEmpty() ? getTranslation("plan.segment.no-monitors")
                : getTranslation("plan.segment.monitors", segment.monitors().stream()
                        .map(m -> m.displayName()).collect(Collectors.joining(", ")))));
        if (segment.needsPair()) {
            var warning = new Div(VaadinIcon.WARNING.create(), new Span(getTranslation("plan.segment.needs-pair")));
            warning.addClassNames("plan-needs-pair", LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL,
                    LumoUtility.AlignItems.CENTER, LumoUtility.TextColor.WARNING_CONTRAST, LumoUtility.FontSize.SMALL);
            warning.getElement().setAttribute("data-needs-pair", true);
            item.add(warning);
        }
        if (segment.notes() != null) {
            var notes = new Paragraph(segment.notes());
            notes.addClassNames(LumoUtility.Whitespace.PRE_WRAP, LumoUtility.Margin.Vertical.XSMALL);
            item.add(notes);
        }
        if (segment.geojson() != null) {
            var line = new Span(getTranslation("plan.segment.has-line"));
            line.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            item.add(line);
        }
        item.add(PlanTexts.waypoints(this, segment.waypoints()));
        if (plan.editable() && segment.onFiledRoute()) {
            var edit = new Button(getTranslation("plan.segment.edit"), VaadinIcon.EDIT.create(),
                    click -> new PlanSegmentDialog(plans, details, segment, saved -> {
                        notify("plan.segment.saved");
                        render();
                    }).open());
            edit.setId("plan-segment-" + segment.number() + "-edit");
            edit.getElement().setAttribute("aria-label",
                    getTranslation("plan.segment.edit.title", segment.number()));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            item.add(edit);
        }
        return item;
    }

    private void walks(PlanView plan) {
        add(new H4(getTranslation("plan.walks")));
        if (plan.editable()) {
            var schedule = new Button(getTranslation("plan.walk.schedule"), VaadinIcon.CALENDAR_CLOCK.create(),
                    click -> new PlanWalkDialog(plans, details.id(), plan, scheduled -> {
                        notify("plan.walk.scheduled");
                        render();
                    }).open());
            schedule.setId(ID_SCHEDULE);
            var buttons = new Div(schedule);
            buttons.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL);
            if (plan.filedStart() != null) {
                var standard = new Button(getTranslation("plan.walk.standard"), VaadinIcon.CALENDAR.create(),
                        click -> scheduleStandard(plan));
                standard.setId(ID_STANDARD);
                buttons.add(standard);
            }
            add(buttons);
        }
        if (plan.walks().isEmpty()) {
            var none = new Paragraph(getTranslation("plan.walks.none"));
            none.setId(ID_WALKS);
            none.addClassNames(LumoUtility.TextColor.SECONDARY);
            add(none);
            return;
        }
        var list = new UnorderedList();
        list.setId(ID_WALKS);
        list.addClassNames(LumoUtility.Padding.NONE, LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.SMALL);
        plan.walks().forEach(w -> list.add(walk(plan, w)));
        add(list);
    }

    private ListItem walk(PlanView plan, PlanWalkView walk) {
        var name = new Span(walk.name());
        name.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        var headline = new Div(name);
        headline.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL,
                LumoUtility.AlignItems.BASELINE);
        if (walk.cancelled()) {
            headline.add(badge("plan.walk.cancelled"));
        } else if (walk.past()) {
            headline.add(badge("plan.walk.past"));
        }
        var item = new ListItem(headline);
        item.setId("plan-walk-" + walk.id());
        item.addClassNames("draft-card", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.XSMALL);
        if (walk.cancelled()) {
            name.addClassNames("plan-walk-cancelled");
            name.getStyle().set("text-decoration", "line-through");
        }
        item.add(new Div(PlanTexts.when(walk.plannedAt(), getLocale())));
        item.add(new Div(getTranslation("plan.walk.segments", walk.segments().stream().map(String::valueOf)
                .collect(Collectors.joining(", ")))));
        if (plan.editable() && !walk.cancelled() && !walk.past()) {
            var cancel = new Button(getTranslation("plan.walk.cancel"), click -> {
                try {
                    plans.cancelWalk(details.id(), walk.id());
                    notify("plan.walk.cancel.done");
                } catch (ConflictException conflict) {
                    error(getTranslation(conflict.messageKey(), conflict.messageArguments()));
                }
                render();
            });
            cancel.setId("plan-walk-" + walk.id() + "-cancel");
            cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            item.add(cancel);
        }
        return item;
    }

    /** A week before, the day before and the day itself, at the filed start, over every segment of the route. */
    private void scheduleStandard(PlanView plan) {
        var start = plan.filedStart();
        var all = plan.segments().stream().filter(PlanSegmentView::onFiledRoute).map(PlanSegmentView::number).toList();
        try {
            plans.scheduleWalks(details.id(), List.of(
                    new WalkToSchedule(getTranslation("plan.walk.standard.week"), start.minusDays(7), all),
                    new WalkToSchedule(getTranslation("plan.walk.standard.day-before"), start.minusDays(1), all),
                    new WalkToSchedule(getTranslation("plan.walk.standard.day-of"), start, all)));
            notify("plan.walk.scheduled");
        } catch (InvalidInputException | ConflictException refused) {
            error(getTranslation(refused.messageKey(), refused.messageArguments()));
        }
        render();
    }

    private Span badge(String key) {
        var badge = new Span(getTranslation(key));
        badge.getElement().getThemeList().add("badge contrast");
        return badge;
    }

    private void notify(String key) {
        Notification.show(getTranslation(key), 5000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void error(String text) {
        Notification.show(text, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
