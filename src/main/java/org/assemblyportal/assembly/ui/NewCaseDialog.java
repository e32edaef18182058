package org.assemblyportal.assembly.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Consumer;
import org.assemblyportal.assembly.CaseDetails;
import org.assemblyportal.assembly.CaseService;
import org.assemblyportal.assembly.NewCase;
import org.assemblyportal.base.InvalidInputException;
import org.assemblyportal.base.ui.FieldErrors;
import org.assemblyportal.base.ui.LocalizedFormats;
import org.assemblyportal.jurisdiction.JurisdictionService;
import org.assemblyportal.jurisdiction.JurisdictionSummary;

/** Opens a case: title, jurisdiction and planned date, checked by the service. */
class NewCaseDialog extends Dialog {

    static final String ID_TITLE = "new-case-title";
    static final String ID_JURISDICTION = "new-case-jurisdiction";
    static final String ID_DATE = "new-case-date";
    static final String ID_SAVE = "new-case-save";

    NewCaseDialog(CaseService cases, JurisdictionService jurisdictions, Consumer<CaseDetails> onCreated) {
        setHeaderTitle(getTranslation("cases.new"));
        setWidth("min(36rem, 100vw)");
        var title = new TextField(getTranslation("case.title"));
        title.setId(ID_TITLE);
        title.setMaxLength(200);
        title.setRequiredIndicatorVisible(true);
        title.setHelperText(getTranslation("case.title.help"));
        var jurisdiction = new ComboBox<JurisdictionSummary>(getTranslation("case.jurisdiction"));
        jurisdiction.setId(ID_JURISDICTION);
        jurisdiction.setItems(jurisdictions.all());
        jurisdiction.setItemLabelGenerator(j -> j.name(getLocale()) + " (" + j.code() + ")");
        jurisdiction.setRequiredIndicatorVisible(true);
        var date = new DatePicker(getTranslation("case.planned-date"));
        date.setId(ID_DATE);
        date.setRequiredIndicatorVisible(true);
        LocalizedFormats.localize(date, getLocale());

        var form = new FormLayout(title, jurisdiction, date);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        var errors = new FieldErrors(Map.of("title", title, "jurisdictionCode", jurisdiction, "plannedDate", date));
        var save = new Button(getTranslation("common.create"), click -> {
            try {
                var created = cases.create(new NewCase(title.getValue(),
                        jurisdiction.getValue() == null ? null : jurisdiction.getValue().code(), date.getValue()));
                close();
                onCreated.accept(created);
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        save.setId(ID_SAVE);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), save);
    }
}
