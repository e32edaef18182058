package org.assemblyportal.assembly.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.assemblyportal.assembly.FilingChannel;
import org.assemblyportal.assembly.FilingService;
import org.assemblyportal.assembly.FilingView;
import org.assemblyportal.assembly.NewFiling;
import org.assemblyportal.assembly.ProofKind;
import org.assemblyportal.base.ConflictException;
import org.assemblyportal.base.InvalidInputException;
import org.assemblyportal.base.ui.FieldErrors;
import org.assemblyportal.base.ui.LocalizedFormats;

/**
 * Records that the application was handed in: how, when (the time on the stamp or receipt, local to
 * the jurisdiction), the registration number, and photos or scans as proof. The draft as it stands
 * is frozen with the filing. Nothing typed or uploaded is lost when the service refuses something.
 */
class FilingDialog extends Dialog {

    static final String ID_CHANNEL = "filing-channel";
    static final String ID_NUMBER = "filing-number";
    static final String ID_REGISTERED_AT = "filing-registered-at";
    static final String ID_SUBMIT = "filing-submit";

    FilingDialog(FilingService filings, UUID caseId, ZoneId zone, Consumer<FilingView> recorded) {
        setHeaderTitle(getTranslation("filing.record"));
        setWidth("min(40rem, 100vw)");
        var intro = new Paragraph(getTranslation("filing.record.intro"));
        intro.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Top.NONE);

        var channel = new Select<FilingChannel>();
        channel.setId(ID_CHANNEL);
        channel.setLabel(getTranslation("filing.channel"));
        channel.setItems(FilingChannel.values());
        channel.setItemLabelGenerator(c -> getTranslation(c.messageKey()));
        channel.setWidthFull();
        var number = new TextField(getTranslation("filing.registration-number"));
        number.setId(ID_NUMBER);
        number.setHelperText(getTranslation("filing.registration-number.help"));
        number.setMaxLength(100);
        number.setWidthFull();
        var registeredAt = new DateTimePicker(getTranslation("filing.registered-at"));
        registeredAt.setId(ID_REGISTERED_AT);
        LocalizedFormats.localize(registeredAt, getLocale());
        registeredAt.setStep(Duration.ofMinutes(1));
        registeredAt.setHelperText(getTranslation("filing.registered-at.help", zone.getId()));
        registeredAt.setValue(LocalDateTime.now(zone).truncatedTo(ChronoUnit.MINUTES));
        registeredAt.setMax(LocalDateTime.now(zone).plusMinutes(1));

        var proofs = new ProofUploads(() -> channel.getValue() == FilingChannel.REGISTERED_POST ? ProofKind.POSTAL_RECEIPT
                : channel.getValue() == FilingChannel.E_GOVERNMENT ? ProofKind.E_GOV_RECEIPT : ProofKind.STAMPED_COPY);

        var errors = new FieldErrors(Map.of("channel", channel, "registrationNumber", number, "registeredAt", registeredAt));
        var submit = new Button(getTranslation("filing.record.submit"), click -> {
            errors.clear();
            try {
                var view = filings.record(caseId, new NewFiling(channel.getValue(), number.getValue(), registeredAt.getValue()),
                        proofs.uploads());
                proofs.discard();
                close();
                recorded.accept(view);
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            } catch (ConflictException conflict) {
                Notification.show(getTranslation(conflict.messageKey(), conflict.messageArguments()), 8000,
                        Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        submit.setId(ID_SUBMIT);
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> submit.setEnabled(true));
        var cancel = new Button(getTranslation("common.cancel"), click -> close());

        var form = new Div(intro, channel, number, registeredAt, proofs);
        form.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        add(form);
        getFooter().add(cancel, submit);
    }
}
