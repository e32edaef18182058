package org.assemblyportal.monitoring.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.assemblyportal.monitoring.MonitoringPlanService;
import org.assemblyportal.monitoring.WalkTask;
import org.assemblyportal.security.Roles;

/**
 * "My tasks": the signed-in monitor's route walks across their cases, coming ones first, each with
 * the segments they walk and the views to photograph, and a link to the case. Past walks follow,
 * marked past. Made for a phone held in one hand: one column, no table.
 */
@Route("tasks")
@Menu(order = 15, icon = "vaadin:clipboard-check", title = "menu.tasks")
@RolesAllowed(Roles.MONITOR)
class TasksView extends VerticalLayout implements HasDynamicTitle {

    static final String ID_COMING = "tasks-coming";
    static final String ID_PAST = "tasks-past";
    static final String ID_EMPTY = "tasks-empty";

    TasksView(MonitoringPlanService plans) {
        setMaxWidth("48rem");
        add(new H2(getTranslation("tasks.title")));
        var intro = new Paragraph(getTranslation("tasks.intro"));
        intro.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Top.NONE);
        add(intro);
        var tasks = plans.myTasks();
        if (tasks.isEmpty()) {
            var empty = new Paragraph(getTranslation("tasks.empty"));
            empty.setId(ID_EMPTY);
            add(empty);
            return;
        }
        var coming = tasks.stream().filter(t -> !t.past()).toList();
        // The latest past walk first.
        var past = new java.util.ArrayList<>(tasks.stream().filter(WalkTask::past).toList());
        java.util.Collections.reverse(past);
        add(new H3(getTranslation("tasks.coming")));
        add(coming.isEmpty() ? empty(ID_COMING, "tasks.coming.none") : list(ID_COMING, coming));
        if (!past.isEmpty()) {
            add(new H3(getTranslation("tasks.past")));
            add(list(ID_PAST, past));
        }
    }

    private Paragraph empty(String id, String key) {
        var none = new Paragraph(getTranslation(key));
        none.setId(id);
        none.addClassNames(LumoUtility.TextColor.SECONDARY);
        return none;
    }

    private UnorderedList list(String id, List<WalkTask> tasks) {
        var list = new UnorderedList();
        list.setId(id);
        list.setWidthFull();
        list.addClassNames(LumoUtility.Padding.NONE, LumoUtility.Margin.NONE, LumoUtility.Display.FLEX,
                LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.MEDIUM);
        tasks.forEach(t -> list.add(task(t)));
        return list;
    }

    private ListItem task(WalkTask task) {
        var name = new H4(task.walkName());
        name.addClassNames(LumoUtility.Margin.NONE);
        var headline = new Div(name);
        headline.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL,
                LumoUtility.AlignItems.BASELINE);
        if (task.past()) {
            var badge = new Span(getTranslation("plan.walk.past"));
            badge.getElement().getThemeList().add("badge contrast");
            headline.add(badge);
        }
        var item = new ListItem(headline);
        item.setId("task-" + task.walkId());
        item.addClassNames("draft-card", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.XSMALL);
        var when = new Div(PlanTexts.when(task.plannedAt(), getLocale()));
        when.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        item.add(when, new Div(getTranslation("tasks.case", task.caseTitle())));
        task.segments().forEach(segment -> {
            var title = new Div(getTranslation("plan.segment.title", segment.number(), segment.name()));
            title.addClassNames(LumoUtility.Margin.Top.SMALL);
            var observe = new Anchor("cases/" + task.caseId() + "/observe?segment=" + segment.number(),
                    getTranslation("tasks.observe", segment.number()));
            observe.getElement().setAttribute("router-link", "");
            observe.setId("task-" + task.walkId() + "-observe-" + segment.number());
            observe.setMinHeight("44px");
            observe.getStyle().set("display", "inline-flex").set("align-items", "center");
            item.add(title, PlanTexts.waypoints(this, segment.waypoints()), observe);
        });
        var open = new Anchor("cases/" + task.caseId(), getTranslation("tasks.open-case"));
        open.getElement().setAttribute("router-link", "");
        open.setId("task-" + task.walkId() + "-case");
        open.addClassNames(LumoUtility.Padding.Vertical.SMALL, "plan-task-link");
        open.setMinHeight("44px");
        open.getStyle().set("display", "inline-flex").set("align-items", "center");
        item.add(open);
        return item;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tasks.title");
    }
}
