package org.assemblyportal.monitoring.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.function.Consumer;
import org.assemblyportal.assembly.CaseDetails;
import org.assemblyportal.assembly.CaseMember;
import org.assemblyportal.assembly.CaseRole;
import org.assemblyportal.base.InvalidInputException;
import org.assemblyportal.base.ui.FieldErrors;
import org.assemblyportal.monitoring.MonitoringPlanService;
import org.assemblyportal.monitoring.PlanMonitor;
import org.assemblyportal.monitoring.PlanSegmentEdit;
import org.assemblyportal.monitoring.PlanSegmentView;
import org.assemblyportal.monitoring.PlanWaypoint;

/**
 * Edits one segment of the plan as a whole: its name, line, notes, photo waypoints and the monitors
 * of the case who walk it. Saving keeps the earlier state as history. Fits a phone: one column,
 * full-width fields, large buttons.
 */
class PlanSegmentDialog extends Dialog {

    static final String ID_NAME = "plan-segment-name";
    static final String ID_GEOJSON = "plan-segment-geojson";
    static final String ID_NOTES = "plan-segment-notes";
    static final String ID_MONITORS = "plan-segment-monitors";
    static final String ID_ADD_WAYPOINT = "plan-waypoint-add";
    static final String ID_SAVE = "plan-segment-save";

    /** The fields of one waypoint. */
    private record WaypointFields(Div box, TextField name, NumberField latitude, NumberField longitude,
            TextArea angle) {

        PlanWaypoint value() {
            return new PlanWaypoint(name.getValue(), latitude.getValue(), longitude.getValue(), angle.getValue());
        }
    }

    private final List<WaypointFields> waypoints = new ArrayList<>();
    private final Div waypointList = new Div();

    PlanSegmentDialog(MonitoringPlanService plans, CaseDetails details, PlanSegmentView segment,
            Consumer<PlanSegmentView> saved) {
        setHeaderTitle(getTranslation("plan.segment.edit.title", segment.number()));
        setWidth("min(40rem, 100vw)");

        var name = new TextField(getTranslation("plan.segment.name"));
        name.setId(ID_NAME);
        name.setMaxLength(200);
        name.setWidthFull();
        name.setHelperText(getTranslation("plan.segment.name.help", segment.filedName()));
        name.setValue(segment.name().equals(segment.filedName()) ? "" : segment.name());

        var monitors = new CheckboxGroup<CaseMember>(getTranslation("plan.segment.monitors.field"));
        monitors.setId(ID_MONITORS);
        monitors.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        var ofCase = details.members().stream().filter(m -> m.role() == CaseRole.MONITOR).toList();
        monitors.setItems(ofCase);
        monitors.setItemLabelGenerator(m -> m.displayName() + " (" + m.username() + ")");
        monitors.setHelperText(getTranslation(ofCase.isEmpty() ? "plan.segment.monitors.none-in-case"
                : "plan.segment.monitors.help"));
        var assigned = segment.monitors().stream().map(PlanMonitor::userId).toList();
        monitors.setValue(ofCase.stream().filter(m -> assigned.contains(m.userId()))
                .collect(java.util.stream.Collectors.toSet()));

        var notes = new TextArea(getTranslation("plan.segment.notes"));
        notes.setId(ID_NOTES);
        notes.setMaxLength(5000);
        notes.setWidthFull();
        notes.setValue(segment.notes() == null ? "" : segment.notes());

        var geojson = new TextArea(getTranslation("plan.segment.geojson"));
        geojson.setId(ID_GEOJSON);
        geojson.setWidthFull();
        geojson.setHelperText(getTranslation("plan.segment.geojson.help"));
        geojson.setValue(segment.geojson() == null ? "" : segment.geojson());
        geojson.addClassNames(LumoUtility.FontSize.SMALL);

        var waypointsTitle = new H4(getTranslation("plan.waypoints"));
        waypointsTitle.addClassNames(LumoUtility.Margin.Bottom.NONE);
        var waypointsIntro = new Paragraph(getTranslation("plan.waypoints.intro"));
        waypointsIntro.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL,
                LumoUtility.Margin.Top.NONE);
        waypointList.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.MEDIUM);
        segment.waypoints().forEach(this::addWaypoint);
        var add = new Button(getTranslation("plan.waypoint.add"), VaadinIcon.PLUS.create(), click -> addWaypoint(null));
        add.setId(ID_ADD_WAYPOINT);

        var save = new Button(getTranslation("common.save"));
        save.setId(ID_SAVE);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            var fields = new HashMap<String, HasValidation>();
            fields.put("name", name);
            fields.put("geojson", geojson);
            fields.put("notes", notes);
            fields.put("monitors", monitors);
            for (int i = 0; i < waypoints.size(); i++) {
                var w = waypoints.get(i);
                fields.put("waypoints[" + (i + 1) + "].name", w.name());
                fields.put("waypoints[" + (i + 1) + "].latitude", w.latitude());
                fields.put("waypoints[" + (i + 1) + "].angle", w.angle());
            }
            var errors = new FieldErrors(fields);
            errors.clear();
            try {
                var result = plans.editSegment(details.id(), segment.number(), new PlanSegmentEdit(name.getValue(),
                        geojson.getValue(), notes.getValue(), waypoints.stream().map(WaypointFields::value).toList(),
                        monitors.getSelectedItems().stream().map(CaseMember::username).sorted().toList()));
                close();
                saved.accept(result);
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        var cancel = new Button(getTranslation("common.cancel"), click -> close());

        var form = new Div(name, monitors, notes, waypointsTitle, waypointsIntro, waypointList, add, geojson);
        form.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        add(form);
        getFooter().add(cancel, save);
    }

    private void addWaypoint(PlanWaypoint waypoint) {
        var index = waypoints.size() + 1;
        var legend = new H4(getTranslation("plan.waypoint.legend", index));
        legend.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.NONE);
        var name = new TextField(getTranslation("plan.waypoint.name"));
        name.setId("plan-waypoint-" + index + "-name");
        name.setMaxLength(200);
        name.setWidthFull();
        var angle = new TextArea(getTranslation("plan.waypoint.angle"));
        angle.setId("plan-waypoint-" + index + "-angle");
        angle.setMaxLength(1000);
        angle.setHelperText(getTranslation("plan.waypoint.angle.help"));
        angle.setWidthFull();
        var latitude = new NumberField(getTranslation("plan.waypoint.latitude"));
        latitude.setId("plan-waypoint-" + index + "-latitude");
        latitude.setMin(-90);
        latitude.setMax(90);
        var longitude = new NumberField(getTranslation("plan.waypoint.longitude"));
        longitude.setId("plan-waypoint-" + index + "-longitude");
        longitude.setMin(-180);
        longitude.setMax(180);
        var coordinates = new Div(latitude, longitude);
        coordinates.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL);
        if (waypoint != null) {
            name.setValue(waypoint.name());
            angle.setValue(waypoint.angle() == null ? "" : waypoint.angle());
            latitude.setValue(waypoint.latitude());
            longitude.setValue(waypoint.longitude());
        }
        var box = new Div();
        var fields = new WaypointFields(box, name, latitude, longitude, angle);
        var remove = new Button(getTranslation("plan.waypoint.remove"), VaadinIcon.TRASH.create(), click -> {
            waypoints.remove(fields);
            waypointList.remove(box);
        });
        remove.setId("plan-waypoint-" + index + "-remove");
        remove.getElement().setAttribute("aria-label", getTranslation("plan.waypoint.remove.label", index));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        box.add(legend, name, angle, coordinates, remove);
        box.addClassNames("draft-card", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.XSMALL);
        box.getElement().setAttribute("role", "group");
        box.getElement().setAttribute("aria-label", getTranslation("plan.waypoint.legend", index));
        waypoints.add(fields);
        waypointList.add(box);
    }
}
