package org.assemblyportal.base.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Map;
import org.assemblyportal.base.InvalidInputException;

/**
 * Shows a service's validation errors on the fields they belong to (translated), and any error
 * for a field the form does not show as a notification, so that no message is lost.
 */
public class FieldErrors {

    private final Map<String, ? extends HasValidation> fieldsByName;

    public FieldErrors(Map<String, ? extends HasValidation> fieldsByName) {
        this.fieldsByName = Map.copyOf(fieldsByName);
    }

    public void clear() {
        fieldsByName.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }

    public void show(InvalidInputException invalid) {
        clear();
        var ui = UI.getCurrent();
        for (var violation : invalid.violations()) {
            var text = ui.getTranslation(violation.messageKey(), violation.arguments().toArray());
            var field = fieldsByName.get(violation.field());
            if (field == null) {
                var notification = Notification.show(text, 6000, Notification.Position.MIDDLE);
                notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            } else {
                field.setErrorMessage(text);
                field.setInvalid(true);
            }
        }
    }
}
