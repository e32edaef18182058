package org.assemblyportal.assembly.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.BiFunction;
import org.assemblyportal.assembly.ApplicationData;
import org.assemblyportal.assembly.ApplicationData.Equipment;
import org.assemblyportal.base.ui.LocalizedFormats;
import org.assemblyportal.jurisdiction.ApplicationField;
import org.assemblyportal.jurisdiction.AssemblyForm;
import org.assemblyportal.jurisdiction.FieldRule;

/** The input for one part of the application. Every input saves as the organizer types. */
final class DraftStepEditors {

    static final String ID_FORM = "draft-form";
    static final String ID_PURPOSE = "draft-purpose";
    static final String ID_REPRESENTATIVE = "draft-representative";
    static final String ID_START = "draft-start";
    static final String ID_END = "draft-end";
    static final String ID_PARTICIPANTS = "draft-participants";
    static final String ID_STEWARDS = "draft-stewards";
    static final String ID_CONTACTS = "draft-contacts";

    private DraftStepEditors() {
    }

    static Component editor(ApplicationField field, FieldRule rule, DraftEditing editing) {
        var maxLength = rule == null ? null : rule.maxLength();
        var editor = switch (field) {
            case FORM -> form(editing);
            case PURPOSE -> textArea(ID_PURPOSE, editing, maxLength, ApplicationData::purpose, ApplicationData::withPurpose);
            case ORGANIZER -> new OrganizersEditor(editing, maxLength);
            case REPRESENTATIVE -> textField(ID_REPRESENTATIVE, editing, maxLength, ApplicationData::representative,
                    ApplicationData::withRepresentative);
            case PLACE_OR_ROUTE -> new RouteEditor(editing, maxLength);
            case START_AND_END -> times(editing);
            case PARTICIPANTS -> participants(editing);
            case EQUIPMENT -> equipment(editing, maxLength);
            case STEWARDS -> textArea(ID_STEWARDS, editing, maxLength, ApplicationData::stewards, ApplicationData::withStewards);
            case CONTACTS -> textField(ID_CONTACTS, editing, maxLength, ApplicationData::contacts, ApplicationData::withContacts);
        };
        // A step with a single field shows the part's name as its title; screen readers get it as the field's name.
        if (rule != null && editor instanceof com.vaadin.flow.component.HasAriaLabel single
                && !(editor instanceof RadioButtonGroup<?>)) {
            single.setAriaLabel(rule.label(editing.locale()));
        }
        return editor;
    }

    private static Component form(DraftEditing editing) {
        var forms = new RadioButtonGroup<AssemblyForm>();
        forms.setId(ID_FORM);
        forms.setAriaLabel(forms.getTranslation("field.form"));
        forms.setItems(Arrays.stream(AssemblyForm.values()).filter(f -> editing.jurisdiction().form(f).isPresent()).toList());
        forms.setItemLabelGenerator(f -> forms.getTranslation(f.messageKey()) + " · "
                + forms.getTranslation(editing.jurisdiction().form(f).orElseThrow().regime().messageKey()));
        forms.addClassNames("draft-form-choice");
        forms.setValue(editing.data().form());
        forms.addValueChangeListener(e -> editing.change(d -> d.withForm(e.getValue())));
        return forms;
    }

    private static TextArea textArea(String id, DraftEditing editing, Integer maxLength,
            java.util.function.Function<ApplicationData, String> value, BiFunction<ApplicationData, String, ApplicationData> set) {
        var area = new TextArea();
        area.setId(id);
        area.setWidthFull();
        area.setMinHeight("8rem");
        limit(area, maxLength, value.apply(editing.data()));
        area.addValueChangeListener(e -> {
            editing.change(d -> set.apply(d, e.getValue()));
            counter(area, maxLength, e.getValue());
        });
        return area;
    }

    private static TextField textField(String id, DraftEditing editing, Integer maxLength,
            java.util.function.Function<ApplicationData, String> value, BiFunction<ApplicationData, String, ApplicationData> set) {
        var field = new TextField();
        field.setId(id);
        field.setWidthFull();
        limit(field, maxLength, value.apply(editing.data()));
        field.addValueChangeListener(e -> {
            editing.change(d -> set.apply(d, e.getValue()));
            counter(field, maxLength, e.getValue());
        });
        return field;
    }

    /** The rule file's limit is enforced by the field and shown as a counter, so nobody types in vain. */
    private static void limit(TextArea area, Integer maxLength, String value) {
        area.setValue(value == null ? "" : value);
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.setValueChangeTimeout(600);
        flushOnBlur(area);
        if (maxLength != null) {
            area.setMaxLength(maxLength);
        }
        counter(area, maxLength, area.getValue());
    }

    private static void limit(TextField field, Integer maxLength, String value) {
        field.setValue(value == null ? "" : value);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(600);
        flushOnBlur(field);
        if (maxLength != null) {
            field.setMaxLength(maxLength);
        }
        counter(field, maxLength, field.getValue());
    }

    /**
     * Typing is sent after a short pause; leaving the field sends it at once (Flow flushes pending
     * input before any event with a server listener), so moving on never leaves text unsaved.
     */
    static void flushOnBlur(Component field) {
        field.getElement().addEventListener("blur", ignored -> { });
    }

    private static void counter(com.vaadin.flow.component.HasHelper field, Integer maxLength, String value) {
        if (maxLength != null) {
            field.setHelperText(((Component) field).getTranslation("draft.characters", value == null ? 0 : value.length(), maxLength));
        }
    }

    private static Component times(DraftEditing editing) {
        var zone = editing.jurisdiction().summary().zone();
        var start = picker(ID_START, "draft.start", editing);
        start.setValue(editing.data().start());
        var end = picker(ID_END, "draft.end", editing);
        end.setValue(editing.data().end());
        start.addValueChangeListener(e -> {
            editing.change(d -> d.withTimes(e.getValue(), d.end()));
            if (e.getValue() != null && end.getValue() == null) {
                end.setMin(e.getValue());
            }
        });
        end.addValueChangeListener(e -> editing.change(d -> d.withTimes(d.start(), e.getValue())));
        var note = new Span(start.getTranslation("draft.times.zone", zone.getId()));
        note.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        var box = new Div(start, end, note);
        box.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        return box;
    }

    private static DateTimePicker picker(String id, String labelKey, DraftEditing editing) {
        var picker = new DateTimePicker();
        picker.setId(id);
        picker.setLabel(picker.getTranslation(labelKey));
        LocalizedFormats.localize(picker, editing.locale());
        picker.setStep(Duration.ofMinutes(15));
        return picker;
    }

    private static Component participants(DraftEditing editing) {
        var count = new IntegerField();
        count.setId(ID_PARTICIPANTS);
        count.setMin(1);
        count.setMax(10_000_000);
        count.setStepButtonsVisible(true);
        count.setValue(editing.data().participants());
        count.setValueChangeMode(ValueChangeMode.LAZY);
        count.addValueChangeListener(e -> editing.change(d -> d.withParticipants(e.getValue())));
        return count;
    }

    private static Component equipment(DraftEditing editing, Integer maxLength) {
        var current = editing.data().equipment();
        var sound = new Checkbox();
        sound.setLabel(sound.getTranslation("draft.equipment.sound"));
        sound.setValue(current.soundAmplification());
        sound.setId("draft-equipment-sound");
        var structures = new Checkbox(sound.getTranslation("draft.equipment.structures"), current.structures());
        structures.setId("draft-equipment-structures");
        var vehicles = new Checkbox(sound.getTranslation("draft.equipment.vehicles"), current.vehicles());
        vehicles.setId("draft-equipment-vehicles");
        var details = new TextArea(sound.getTranslation("draft.equipment.details"));
        details.setId("draft-equipment-details");
        details.setWidthFull();
        limit(details, maxLength, current.details());
        Runnable save = () -> editing.change(d -> d.withEquipment(new Equipment(sound.getValue(), structures.getValue(),
                vehicles.getValue(), details.getValue())));
        sound.addValueChangeListener(e -> save.run());
        structures.addValueChangeListener(e -> save.run());
        vehicles.addValueChangeListener(e -> save.run());
        details.addValueChangeListener(e -> {
            save.run();
            counter(details, maxLength, e.getValue());
        });
        var box = new Div(sound, structures, vehicles, details);
        box.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        return box;
    }
}
