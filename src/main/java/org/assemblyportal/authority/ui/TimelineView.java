package org.assemblyportal.authority.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.assemblyportal.assembly.CaseDetails;
import org.assemblyportal.assembly.CaseService;
import org.assemblyportal.authority.TimelineEntry;
import org.assemblyportal.authority.TimelineEntry.Kind;
import org.assemblyportal.authority.TimelineService;
import org.assemblyportal.base.ForbiddenException;
import org.assemblyportal.base.ui.LocalizedFormats;
import org.assemblyportal.jurisdiction.ui.CitationView;
import org.assemblyportal.security.Roles;

/**
 * A case in one chronological view, grouped by day: filings, answers, deadlines and findings, each
 * marked past or coming in words (not by colour alone) and with its legal source. Filterable by
 * kind and printable: the print style leaves out the navigation, the filter and the buttons.
 */
@Route("cases/:caseId/timeline")
@RolesAllowed({Roles.ORGANIZER, Roles.LAWYER, Roles.ADMIN})
class TimelineView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ID_KINDS = "timeline-kinds";
    public static final String ID_PRINT = "timeline-print";
    public static final String ID_LIST = "timeline-list";
    public static final String ID_EMPTY = "timeline-empty";
    public static final String ID_BACK = "timeline-back";

    private final TimelineService timeline;
    private final CaseService cases;
    private final Clock clock;
    private final CheckboxGroup<Kind> kinds = new CheckboxGroup<>();
    private final Div list = new Div();
    private CaseDetails details;
    private List<TimelineEntry> entries = List.of();

    TimelineView(TimelineService timeline, CaseService cases, Clock clock) {
        this.timeline = timeline;
        this.cases = cases;
        this.clock = clock;
        addClassNames("case-timeline");
        setMaxWidth("56rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            var caseId = UUID.fromString(event.getRouteParameters().get("caseId").orElse(""));
            details = cases.get(caseId);
            entries = timeline.timeline(caseId);
        } catch (IllegalArgumentException | org.assemblyportal.base.NotFoundException | ForbiddenException notVisible) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        var back = new Anchor("cases/" + details.id(), getTranslation("timeline.back"));
        back.getElement().setAttribute("router-link", "");
        back.setId(ID_BACK);
        back.addClassNames("timeline-noprint");
        var title = new H2(getTranslation("timeline.title") + ": " + details.title());
        var zone = entries.isEmpty() ? null : entries.get(0).zone();
        var intro = new Paragraph(getTranslation("timeline.intro", zone == null ? details.jurisdictionCode() : zone.getId()));
        intro.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Vertical.XSMALL);

        kinds.setId(ID_KINDS);
        kinds.setLabel(getTranslation("timeline.filter"));
        kinds.setItems(timeline.kinds());
        kinds.setItemLabelGenerator(kind -> getTranslation(kind.messageKey()));
        kinds.setValue(java.util.Set.copyOf(timeline.kinds()));
        kinds.addValueChangeListener(change -> showEntries());
        var print = new Button(getTranslation("timeline.print"), VaadinIcon.PRINT.create(),
                click -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.setId(ID_PRINT);
        var tools = new FlexLayout(kinds, print);
        tools.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        tools.setAlignItems(Alignment.END);
        tools.addClassNames(LumoUtility.Gap.MEDIUM, "timeline-noprint");

        list.setId(ID_LIST);
        list.addClassNames("timeline-list");
        list.setWidthFull();
        add(back, title, intro, tools, list);
        showEntries();
    }

    private void showEntries() {
        list.removeAll();
        var shown = entries.stream().filter(e -> kinds.getValue().contains(e.kind())).toList();
        if (shown.isEmpty()) {
            var empty = new Paragraph(getTranslation(entries.isEmpty() ? "timeline.empty" : "timeline.empty.filtered"));
            empty.setId(ID_EMPTY);
            list.add(empty);
            return;
        }
        var byDay = new LinkedHashMap<LocalDate, List<TimelineEntry>>();
        shown.forEach(e -> byDay.computeIfAbsent(e.date(), day -> new java.util.ArrayList<>()).add(e));
        var today = LocalDate.now(clock.withZone(shown.get(0).zone()));
        var todayMarked = false;
        for (var day : byDay.entrySet()) {
            if (!todayMarked && !day.getKey().isBefore(today)) {
                list.add(todayMarker(today));
                todayMarked = true;
            }
            list.add(dayGroup(day.getKey(), day.getValue()));
        }
        if (!todayMarked) {
            list.add(todayMarker(today));
        }
    }

    private Div todayMarker(LocalDate today) {
        var marker = new Div(new Span(getTranslation("timeline.today", LocalizedFormats.date(today, getLocale()))));
        marker.addClassNames("timeline-today");
        return marker;
    }

    private Section dayGroup(LocalDate day, List<TimelineEntry> dayEntries) {
        var heading = new H3(day.getDayOfWeek().getDisplayName(TextStyle.FULL, getLocale()) + ", "
                + LocalizedFormats.date(day, getLocale()));
        heading.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.Bottom.XSMALL);
        var items = new UnorderedList();
        items.addClassNames("timeline-entries", LumoUtility.Padding.NONE, LumoUtility.Margin.NONE);
        dayEntries.forEach(e -> items.add(item(e)));
        var group = new Section(heading, items);
        group.addClassNames("timeline-day");
        return group;
    }

    private ListItem item(TimelineEntry entry) {
        var time = new Span(entry.allDay() ? getTranslation("timeline.all-day")
                : entry.localAt().toLocalTime().format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                        .withLocale(getLocale())));
        time.addClassNames("timeline-time", LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        var icon = (entry.past() ? VaadinIcon.CHECK : VaadinIcon.CLOCK).create();
        icon.setSize("0.9em");
        icon.getElement().setAttribute("aria-hidden", "true");
        var status = new Span(icon, new Span(getTranslation(entry.past() ? "timeline.past" : "timeline.coming")));
        status.getElement().getThemeList().add(entry.past() ? "badge contrast small" : "badge small");
        status.addClassNames("timeline-status");
        var kind = new Span(getTranslation(entry.kind().messageKey()));
        kind.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        var head = new Div(time, status, kind);
        head.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL,
                LumoUtility.AlignItems.BASELINE);
        var title = new Paragraph(getTranslation(entry.titleKey(), entry.titleArguments().toArray()));
        title.addClassNames("timeline-title", LumoUtility.Margin.Vertical.XSMALL);
        var item = new ListItem(head, title);
        if (entry.detail() != null) {
            var detail = entry.kind() == Kind.RESPONSE ? new Quote(entry.detail()) : new Span(entry.detail());
            detail.addClassName("timeline-detail");
            item.add(detail);
        }
        if (entry.citation() != null) {
            var cite = CitationView.of(entry.citation());
            cite.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.Display.BLOCK);
            item.add(cite);
        }
        item.addClassNames("timeline-entry", entry.past() ? "past" : "coming");
        item.getElement().setAttribute("data-kind", entry.kind().name());
        item.getElement().setAttribute("data-past", String.valueOf(entry.past()));
        return item;
    }

    @Override
    public String getPageTitle() {
        return details == null ? getTranslation("timeline.title")
                : getTranslation("timeline.title") + ": " + details.title();
    }
}
