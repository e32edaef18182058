package org.assemblyportal.jurisdiction.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.TreeMap;
import org.assemblyportal.base.ui.LocalizedFormats;
import org.assemblyportal.jurisdiction.DayInfo;
import org.assemblyportal.jurisdiction.DeadlineService;
import org.assemblyportal.jurisdiction.FormRule;
import org.assemblyportal.jurisdiction.Jurisdiction;
import org.assemblyportal.jurisdiction.JurisdictionService;
import org.assemblyportal.jurisdiction.JurisdictionSummary;
import org.assemblyportal.jurisdiction.LabeledRule;
import org.assemblyportal.jurisdiction.PeriodRule;
import org.assemblyportal.jurisdiction.PlaceKind;

/** Every rule of a jurisdiction with its source, so that nobody has to take the portal's word for it. */
@Route("rules/:code?")
@Menu(order = 30, icon = "vaadin:book", title = "menu.rules")
@AnonymousAllowed
class RulesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID_SELECT = "rules-jurisdiction";
    static final String ID_FORMS = "rules-forms";
    static final String ID_PLACES = "rules-places";

    private final JurisdictionService jurisdictions;
    private final DeadlineService deadlines;
    private final Select<JurisdictionSummary> choice = new Select<>();
    private final Div content = new Div();
    private Jurisdiction shown;

    RulesView(JurisdictionService jurisdictions, DeadlineService deadlines) {
        this.jurisdictions = jurisdictions;
        this.deadlines = deadlines;
        setMaxWidth("72rem");
        choice.setId(ID_SELECT);
        choice.setLabel(getTranslation("rules.choose"));
        choice.setItems(jurisdictions.all());
        choice.setItemLabelGenerator(j -> j.name(getLocale()) + " (" + j.code() + ")");
        choice.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(RulesView.class, new RouteParameters("code", e.getValue().code())));
            }
        });
        content.setWidthFull();
        add(choice, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var code = event.getRouteParameters().get("code").orElse("KZ");
        shown = jurisdictions.jurisdiction(code).orElse(null);
        if (shown == null) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        choice.setValue(shown.summary());
        render();
    }

    private void render() {
        content.removeAll();
        var locale = getLocale();
        var summary = shown.summary();
        content.add(new H2(getTranslation("rules.title", summary.name(locale))),
                new Paragraph(getTranslation("rules.time-zone") + ": " + summary.zone().getId() + " · "
                        + getTranslation("rules.document-languages") + ": " + String.join(", ", summary.documentLanguages())));
        content.add(new H3(getTranslation("rules.forms")), formsGrid());
        section("rules.outcomes", shown.outcomes());
        section("rules.refusal-grounds", shown.refusalGrounds());
        section("rules.delivery-channels", shown.deliveryChannels());
        section("rules.required-fields", shown.requiredFields());
        section("rules.principles", shown.principles());
        places();
        calendar();
        sources();
    }

    /** Each act once, in full, since the tables cite only articles. */
    private void sources() {
        var citations = new java.util.ArrayList<org.assemblyportal.jurisdiction.Citation>();
        shown.forms().values().forEach(f -> {
            citations.add(f.regimeCitation());
            if (f.leadTime() != null) {
                citations.add(f.leadTime().citation());
            }
            if (f.response() != null) {
                citations.add(f.response().citation());
            }
        });
        java.util.stream.Stream.of(shown.outcomes(), shown.refusalGrounds(), shown.deliveryChannels(),
                shown.requiredFields(), shown.principles()).flatMap(List::stream).forEach(r -> citations.add(r.citation()));
        var places = shown.places();
        java.util.stream.Stream.of(places.basis(), places.overCapacity()).filter(java.util.Objects::nonNull)
                .forEach(r -> citations.add(r.citation()));
        places.allPlaces().forEach(p -> {
            citations.add(p.citation());
            citations.add(p.occupancyCitation());
        });
        places.localities().forEach(l -> l.restrictions().forEach(r -> citations.add(r.citation())));
        var acts = new java.util.TreeMap<String, String>();
        citations.stream().filter(java.util.Objects::nonNull).forEach(c -> acts.putIfAbsent(c.act(), c.url()));
        content.add(new H3(getTranslation("deadlines.source")));
        var list = new com.vaadin.flow.component.html.UnorderedList();
        acts.forEach((act, url) -> {
            var anchor = new com.vaadin.flow.component.html.Anchor(url == null ? "" : url, act);
            anchor.setTarget("_blank");
            list.add(new com.vaadin.flow.component.html.ListItem(anchor));
        });
        content.add(list);
    }

    private Grid<FormRule> formsGrid() {
        var grid = new Grid<FormRule>();
        grid.setId(ID_FORMS);
        grid.addColumn(f -> getTranslation(f.form().messageKey())).setHeader(getTranslation("deadlines.form")).setAutoWidth(true);
        grid.addComponentColumn(f -> new Div(new Span(getTranslation(f.regime().messageKey()) + " "), CitationView.brief(f.regimeCitation())))
                .setHeader(getTranslation("deadlines.regime"));
        grid.addComponentColumn(f -> period(f.leadTime())).setHeader(getTranslation("rules.lead-time"));
        grid.addComponentColumn(f -> period(f.maxAdvance())).setHeader(getTranslation("rules.max-advance"));
        grid.addComponentColumn(f -> f.response() == null ? new Span(getTranslation("rules.none"))
                : new Div(new Span(getTranslation(f.response().period().unit().countKey(), f.response().period().amount())
                        + " " + getTranslation(f.response().countFrom().messageKey()) + ". "
                        + getTranslation(f.response().silence().messageKey()) + " "), CitationView.brief(f.response().citation())))
                .setHeader(getTranslation("rules.response")).setFlexGrow(2);
        grid.setItems(new TreeMap<>(shown.forms()).values().stream().toList());
        grid.setAllRowsVisible(true);
        grid.addThemeNames("wrap-cell-content", "compact");
        return grid;
    }

    private Div period(PeriodRule rule) {
        if (rule == null) {
            return new Div(new Span(getTranslation("rules.none")));
        }
        return new Div(new Span(getTranslation(rule.period().unit().countKey(), rule.period().amount()) + " "),
                CitationView.brief(rule.citation()));
    }

    private void section(String titleKey, List<LabeledRule> rules) {
        if (rules.isEmpty()) {
            return;
        }
        content.add(new H3(getTranslation(titleKey)));
        var list = new com.vaadin.flow.component.html.UnorderedList();
        rules.forEach(rule -> list.add(new com.vaadin.flow.component.html.ListItem(
                new Span(rule.label(getLocale()) + " "), CitationView.brief(rule.citation()))));
        content.add(list);
    }

    /** Designated places and routes per locality, with their occupancy and the zones banned for some forms. */
    private void places() {
        var places = shown.places();
        if (!places.listsAny()) {
            return;
        }
        var locale = getLocale();
        var box = new Div();
        box.setId(ID_PLACES);
        box.add(new H3(getTranslation("rules.places")));
        var general = new UnorderedList();
        java.util.stream.Stream.of(places.basis(), places.overCapacity()).filter(java.util.Objects::nonNull)
                .forEach(rule -> general.add(new ListItem(new Span(rule.label(locale) + " "), CitationView.brief(rule.citation()))));
        box.add(general);
        if (!places.note(locale).isBlank()) {
            box.add(secondary(places.note(locale)));
        }
        for (var locality : places.localities()) {
            box.add(new H4(locality.name(locale)));
            if (!locality.note(locale).isBlank()) {
                box.add(secondary(locality.note(locale)));
            }
            var list = new UnorderedList();
            for (var place : locality.places()) {
                var item = new ListItem();
                item.getElement().setAttribute("data-code", place.code());
                item.add(new Span(place.kind() == PlaceKind.ROUTE ? getTranslation("rules.places.route") + ": " : ""),
                        new Span(place.name(locale) + " "), CitationView.brief(place.citation()));
                if (place.kind() == PlaceKind.ROUTE) {
                    item.add(new Div(new Span(String.join(" → ", place.points(locale)))));
                }
                if (place.maxOccupancy() != null) {
                    item.add(new Div(new Span(getTranslation("rules.places.occupancy", place.maxOccupancy()) + " "),
                            CitationView.brief(place.occupancyCitation())));
                }
                list.add(item);
            }
            box.add(list);
            if (!locality.restrictions().isEmpty()) {
                box.add(new H4(getTranslation("rules.restrictions") + " · " + locality.name(locale)));
                var zones = new UnorderedList();
                for (var restriction : locality.restrictions()) {
                    var forms = restriction.forms().stream().sorted().map(f -> getTranslation(f.messageKey()))
                            .collect(java.util.stream.Collectors.joining(", "));
                    var item = new ListItem(new Span(restriction.description(locale) + " "), CitationView.brief(restriction.citation()),
                            new Div(new Span(getTranslation("rules.restrictions.forms", forms))));
                    item.getElement().setAttribute("data-code", restriction.code());
                    zones.add(item);
                }
                box.add(zones);
            }
        }
        content.add(box);
    }

    private static Paragraph secondary(String text) {
        var paragraph = new Paragraph(text);
        paragraph.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        return paragraph;
    }

    private void calendar() {
        var calendar = shown.calendar();
        content.add(new H3(getTranslation("rules.calendar")));
        var years = new Paragraph(getTranslation("rules.calendar.years", String.valueOf(calendar.firstYear()),
                String.valueOf(calendar.lastYear())));
        years.addClassNames(LumoUtility.TextColor.SECONDARY);
        content.add(years);
        var grid = new Grid<DayInfo>();
        grid.setId("rules-calendar");
        grid.addColumn(d -> LocalizedFormats.date(d.date(), getLocale())).setHeader(getTranslation("deadlines.column.date"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(d -> getTranslation(d.kind().messageKey()) + (d.label(getLocale()).isBlank() ? "" : ": " + d.label(getLocale())))
                .setHeader(getTranslation("deadlines.column.reason")).setFlexGrow(2);
        grid.addComponentColumn(d -> d.citation() == null ? new Span() : CitationView.brief(d.citation()))
                .setHeader(getTranslation("deadlines.column.source")).setFlexGrow(2);
        var thisYear = deadlines.today(shown).getYear();
        var from = Math.max(calendar.firstYear(), thisYear - 1);
        var to = Math.min(calendar.lastYear(), thisYear + 1);
        grid.setItems(java.util.stream.IntStream.rangeClosed(from, to).boxed()
                .flatMap(year -> calendar.specialDays(year).stream()).toList());
        grid.setAllRowsVisible(true);
        grid.addThemeNames("wrap-cell-content", "compact");
        content.add(grid);
    }

    @Override
    public String getPageTitle() {
        return shown == null ? getTranslation("menu.rules") : getTranslation("rules.title", shown.summary().name(getLocale()));
    }
}
