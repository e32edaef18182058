package org.assemblyportal.assembly.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.assemblyportal.assembly.ApplicationData.Organizer;
import org.assemblyportal.base.i18n.MessageKey;
import org.assemblyportal.jurisdiction.IdScheme;

/**
 * One card per organizer (person or legal entity): name, ID number checked as it is typed where the
 * jurisdiction has a checkable scheme, and address.
 */
class OrganizersEditor extends Div {

    static final String ID_ADD = "draft-organizer-add";

    private final DraftEditing editing;
    private final Integer maxLength;

    OrganizersEditor(DraftEditing editing, Integer maxLength) {
        this.editing = editing;
        this.maxLength = maxLength;
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.MEDIUM);
        render();
    }

    private void render() {
        removeAll();
        var organizers = editing.data().organizers();
        if (organizers.isEmpty()) {
            // An empty card to start with; it becomes an organizer when something is typed into it.
            organizers = List.of(blank());
        }
        for (var i = 0; i < organizers.size(); i++) {
            add(card(i, organizers.get(i), organizers.size() > 1));
        }
        var addOne = new Button(getTranslation("draft.organizer.add"), VaadinIcon.PLUS.create(), click -> {
            editing.change(d -> d.withOrganizers(append(d.organizers().isEmpty() ? List.of(blank()) : d.organizers(), blank())));
            render();
        });
        addOne.setId(ID_ADD);
        addOne.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(addOne);
    }

    private Div card(int index, Organizer organizer, boolean removable) {
        var card = new Div();
        card.addClassNames("draft-card", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
        var kind = new RadioButtonGroup<Organizer.Kind>(getTranslation("draft.organizer.kind"));
        kind.setId("draft-organizer-" + index + "-kind");
        kind.setItems(Organizer.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("draft.organizer.kind." + k.name().toLowerCase()));
        kind.setValue(organizer.kind() == null ? Organizer.Kind.INDIVIDUAL : organizer.kind());

        var name = text("draft-organizer-" + index + "-name", "draft.organizer.name", organizer.name());
        var idNumber = text("draft-organizer-" + index + "-id", "draft.organizer.id", organizer.idNumber());
        idNumber.setMaxLength(40);
        var address = text("draft-organizer-" + index + "-address", "draft.organizer.address", organizer.address());
        describeId(idNumber, kind.getValue());

        kind.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                update(index, o -> new Organizer(e.getValue(), o.name(), o.idNumber(), o.address()));
                name.setLabel(getTranslation(e.getValue() == Organizer.Kind.ENTITY ? "draft.organizer.entity-name" : "draft.organizer.name"));
                describeId(idNumber, e.getValue());
                checkId(idNumber, e.getValue());
            }
        });
        if (kind.getValue() == Organizer.Kind.ENTITY) {
            name.setLabel(getTranslation("draft.organizer.entity-name"));
        }
        name.addValueChangeListener(e -> update(index, o -> new Organizer(o.kind(), e.getValue(), o.idNumber(), o.address())));
        idNumber.addValueChangeListener(e -> {
            update(index, o -> new Organizer(o.kind(), o.name(), e.getValue(), o.address()));
            checkId(idNumber, kind.getValue());
        });
        address.addValueChangeListener(e -> update(index, o -> new Organizer(o.kind(), o.name(), o.idNumber(), e.getValue())));
        checkId(idNumber, kind.getValue());
        card.add(kind, name, idNumber, address);
        if (removable) {
            var remove = new Button(getTranslation("draft.organizer.remove"), VaadinIcon.TRASH.create(), click -> {
                editing.change(d -> {
                    var list = new ArrayList<>(d.organizers());
                    list.remove(index);
                    return d.withOrganizers(list);
                });
                render();
            });
            remove.setId("draft-organizer-" + index + "-remove");
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            card.add(remove);
        }
        return card;
    }

    private TextField text(String id, String labelKey, String value) {
        var field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setWidthFull();
        field.setValue(value == null ? "" : value);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(600);
        DraftStepEditors.flushOnBlur(field);
        if (maxLength != null) {
            field.setMaxLength(maxLength);
        }
        return field;
    }

    private IdScheme scheme(Organizer.Kind kind) {
        var spec = editing.jurisdiction().application();
        return kind == Organizer.Kind.ENTITY ? spec.entityId() : spec.individualId();
    }

    private void describeId(TextField field, Organizer.Kind kind) {
        var scheme = scheme(kind);
        field.setLabel(scheme == null ? getTranslation("draft.organizer.id") : getTranslation(scheme.messageKey()));
        field.setHelperText(scheme == null ? getTranslation("draft.organizer.id.help") : getTranslation("draft.organizer.id.digits"));
    }

    /** Says at once when a number cannot be valid, so the organizer fixes it before the akimat notices. */
    private void checkId(TextField field, Organizer.Kind kind) {
        var scheme = scheme(kind);
        var value = field.getValue().strip();
        var invalid = scheme != null && !value.isEmpty() && !scheme.isValid(value);
        field.setInvalid(invalid);
        field.setErrorMessage(invalid ? getTranslation("draft.id-invalid", new MessageKey(scheme.messageKey()), value) : null);
    }

    private void update(int index, UnaryOperator<Organizer> change) {
        editing.change(d -> {
            var list = new ArrayList<>(d.organizers());
            if (index < list.size()) {
                list.set(index, change.apply(list.get(index)));
            } else if (index == list.size()) {
                list.add(change.apply(blank()));
            }
            return d.withOrganizers(list);
        });
    }

    private static Organizer blank() {
        return new Organizer(Organizer.Kind.INDIVIDUAL, null, null, null);
    }

    private static List<Organizer> append(List<Organizer> list, Organizer organizer) {
        var copy = new ArrayList<>(list);
        copy.add(organizer);
        return copy;
    }
}
