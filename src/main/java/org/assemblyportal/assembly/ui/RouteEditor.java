package org.assemblyportal.assembly.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.assemblyportal.assembly.ApplicationData.Waypoint;
import org.assemblyportal.jurisdiction.ApplicationSpec;
import org.assemblyportal.jurisdiction.PlaceKind;
import org.assemblyportal.assembly.Addressees;
import org.assemblyportal.jurisdiction.ui.CitationView;

/**
 * The place of a static assembly, or a route as named points in walking order, each optionally
 * with coordinates; points can be added, removed and moved. Where the rule file lists designated
 * places, the place input offers them and designated routes can be taken over with one click.
 */
class RouteEditor extends Div {

    static final String ID_PLACE = "draft-place";
    static final String ID_ADD = "draft-waypoint-add";
    static final String ID_DESIGNATED_ROUTES = "draft-designated-routes";
    /** Followed by the route's code in lower case with dashes, e.g. draft-route-use-valikhanov-to-gandhi-route. */
    static final String ID_USE_ROUTE = "draft-route-use-";

    private final DraftEditing editing;
    private final Integer maxLength;
    private final Div points = new Div();

    static final String ID_ADDRESSEE = "draft-addressee";

    RouteEditor(DraftEditing editing, Integer maxLength) {
        this.editing = editing;
        this.maxLength = maxLength;
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.MEDIUM);
        Component place = editing.places().allPlaces().anyMatch(p -> p.kind() == PlaceKind.PLACE)
                ? designatedPlaceChoice() : placeField();
        var routeHelp = new Paragraph(getTranslation("draft.route.help"));
        routeHelp.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);
        points.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        var addPoint = new Button(getTranslation("draft.route.add"), VaadinIcon.PLUS.create(), click -> {
            editing.change(d -> {
                var list = new ArrayList<>(d.route());
                list.add(new Waypoint(null, null, null));
                return d.withRoute(list);
            });
            renderPoints();
        });
        addPoint.setId(ID_ADD);
        addPoint.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addresseeChoice().ifPresent(this::add);
        add(place, routeHelp);
        designatedRoutes().ifPresent(this::add);
        add(points, addPoint);
        renderPoints();
    }

    /**
     * To whom the application goes: the rule file's bodies (Kazakhstan: the akimats of the cities),
     * preselected from the designated place when the organizers have not chosen; they may change it.
     */
    private Optional<ComboBox<ApplicationSpec.Addressee>> addresseeChoice() {
        var spec = editing.jurisdiction().application();
        if (spec.addressees().size() < 2) {
            return Optional.empty();
        }
        var locale = editing.locale();
        var choice = new ComboBox<ApplicationSpec.Addressee>(getTranslation("draft.addressee"));
        choice.setId(ID_ADDRESSEE);
        choice.setWidthFull();
        choice.setItems(spec.addressees());
        choice.setItemLabelGenerator(a -> a.name(locale));
        choice.setHelperText(getTranslation("draft.addressee.help"));
        Addressees.of(editing.jurisdiction(), editing.data()).ifPresent(choice::setValue);
        choice.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                editing.change(d -> d.withAddressee(e.getValue() == null ? null : e.getValue().code()));
            }
        });
        return Optional.of(choice);
    }

    private TextField placeField() {
        var place = new TextField(getTranslation("draft.place"));
        place.setId(ID_PLACE);
        place.setHelperText(getTranslation("draft.place.help"));
        place.setWidthFull();
        place.setValue(editing.data().place() == null ? "" : editing.data().place());
        place.setValueChangeMode(ValueChangeMode.LAZY);
        place.setValueChangeTimeout(600);
        DraftStepEditors.flushOnBlur(place);
        if (maxLength != null) {
            place.setMaxLength(maxLength);
        }
        place.addValueChangeListener(e -> editing.change(d -> d.withPlace(e.getValue())));
        return place;
    }

    /**
     * Where the rule file lists designated places: they are offered in the UI language, and any
     * other place can still be typed (the checks then warn that it is not designated).
     */
    private ComboBox<String> designatedPlaceChoice() {
        var locale = editing.locale();
        var place = new ComboBox<String>(getTranslation("draft.place"));
        place.setId(ID_PLACE);
        place.setWidthFull();
        place.setAllowCustomValue(true);
        place.setClearButtonVisible(true);
        place.setItems(editing.places().allPlaces().filter(p -> p.kind() == PlaceKind.PLACE)
                .map(p -> p.name(locale)).toList());
        var current = editing.data().place();
        place.setValue(current == null || current.isBlank() ? null : current);
        help(place, place.getValue());
        place.addCustomValueSetListener(e -> place.setValue(e.getDetail()));
        place.addValueChangeListener(e -> {
            editing.change(d -> d.withPlace(e.getValue()));
            help(place, e.getValue());
        });
        return place;
    }

    /** The occupancy of a chosen designated place, or what the field is for. */
    private void help(ComboBox<String> place, String value) {
        var places = editing.places();
        var chosen = places.allPlaces().filter(p -> p.isNamedBy(value)).findFirst();
        place.setHelperText(chosen.map(p -> {
            var locality = places.localityOf(p).map(l -> l.name(editing.locale())).orElse("");
            return p.maxOccupancy() == null ? getTranslation("draft.place.designated", locality)
                    : getTranslation("draft.place.occupancy", locality, p.maxOccupancy());
        }).orElse(getTranslation("draft.place.help")));
    }

    /** Designated routes, each with a button that puts its points into the route in order. */
    private Optional<Div> designatedRoutes() {
        var locale = editing.locale();
        var routes = editing.places().allPlaces().filter(p -> p.kind() == PlaceKind.ROUTE).toList();
        if (routes.isEmpty()) {
            return Optional.empty();
        }
        var box = new Div();
        box.setId(ID_DESIGNATED_ROUTES);
        box.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.XSMALL);
        var title = new Span(getTranslation("draft.route.designated"));
        title.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.FontSize.SMALL);
        box.add(title);
        for (var route : routes) {
            var text = new Span(route.name(locale) + ": " + String.join(" → ", route.points(locale)));
            text.addClassNames(LumoUtility.FontSize.SMALL);
            var use = new Button(getTranslation("draft.route.use"), VaadinIcon.ROAD.create(), click -> {
                var waypoints = route.points(locale).stream().map(name -> new Waypoint(name, null, null)).toList();
                editing.change(d -> d.withRoute(waypoints));
                renderPoints();
            });
            use.setId(ID_USE_ROUTE + route.code().toLowerCase(Locale.ROOT).replace('_', '-'));
            use.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            var row = new Div(text, use, CitationView.brief(route.citation()));
            row.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.AlignItems.BASELINE,
                    LumoUtility.Gap.SMALL);
            box.add(row);
        }
        return Optional.of(box);
    }

    private void renderPoints() {
        points.removeAll();
        var route = editing.data().route();
        for (var i = 0; i < route.size(); i++) {
            points.add(point(i, route.get(i), route.size()));
        }
    }

    private Div point(int index, Waypoint waypoint, int count) {
        var name = new TextField(getTranslation("draft.route.point", index + 1));
        name.setId("draft-waypoint-" + index + "-name");
        name.setValue(waypoint.name() == null ? "" : waypoint.name());
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.setValueChangeTimeout(600);
        DraftStepEditors.flushOnBlur(name);
        if (maxLength != null) {
            name.setMaxLength(maxLength);
        }
        name.setWidthFull();
        name.addValueChangeListener(e -> update(index, w -> new Waypoint(e.getValue(), w.latitude(), w.longitude())));
        var latitude = coordinate("draft-waypoint-" + index + "-lat", "draft.route.latitude", waypoint.latitude(), 90);
        latitude.addValueChangeListener(e -> update(index, w -> new Waypoint(w.name(), e.getValue(), w.longitude())));
        var longitude = coordinate("draft-waypoint-" + index + "-lon", "draft.route.longitude", waypoint.longitude(), 180);
        longitude.addValueChangeListener(e -> update(index, w -> new Waypoint(w.name(), w.latitude(), e.getValue())));
        var up = iconButton(VaadinIcon.ARROW_UP, "draft.route.up", index > 0, () -> move(index, index - 1));
        var down = iconButton(VaadinIcon.ARROW_DOWN, "draft.route.down", index < count - 1, () -> move(index, index + 1));
        var remove = iconButton(VaadinIcon.TRASH, "draft.route.remove", true, () -> {
            editing.change(d -> {
                var list = new ArrayList<>(d.route());
                list.remove(index);
                return d.withRoute(list);
            });
            renderPoints();
        });
        remove.setId("draft-waypoint-" + index + "-remove");
        var row = new Div(name, latitude, longitude, up, down, remove);
        row.addClassNames("draft-card", LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.AlignItems.BASELINE,
                LumoUtility.Gap.SMALL);
        return row;
    }

    private NumberField coordinate(String id, String labelKey, Double value, double limit) {
        var field = new NumberField(getTranslation(labelKey));
        field.setId(id);
        field.setMin(-limit);
        field.setMax(limit);
        field.setStep(0.000001);
        field.setWidth("8.5rem");
        field.setValue(value);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        return field;
    }

    private Button iconButton(VaadinIcon icon, String labelKey, boolean enabled, Runnable action) {
        var button = new Button(icon.create(), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        button.setEnabled(enabled);
        return button;
    }

    private void move(int from, int to) {
        editing.change(d -> {
            var list = new ArrayList<>(d.route());
            list.add(to, list.remove(from));
            return d.withRoute(list);
        });
        renderPoints();
    }

    private void update(int index, UnaryOperator<Waypoint> change) {
        editing.change(d -> {
            List<Waypoint> list = new ArrayList<>(d.route());
            if (index < list.size()) {
                list.set(index, change.apply(list.get(index)));
            }
            return d.withRoute(list);
        });
    }
}
