package org.assemblyportal.authority.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.assemblyportal.authority.CommunicationDirection;
import org.assemblyportal.authority.CommunicationKind;
import org.assemblyportal.authority.CommunicationService;
import org.assemblyportal.authority.CommunicationView;
import org.assemblyportal.authority.NewCommunication;
import org.assemblyportal.base.ConflictException;
import org.assemblyportal.base.InvalidInputException;
import org.assemblyportal.base.ui.FieldErrors;
import org.assemblyportal.base.ui.LocalizedFormats;
import org.assemblyportal.jurisdiction.Jurisdiction;

/**
 * Logs a contact with the authority: what kind, when, which way, who took part on each side, what
 * was said word for word, and the files. Nothing typed or uploaded is lost when the service refuses
 * something: the dialog stays open with its values and shows the messages on the fields.
 */
class CommunicationDialog extends Dialog {

    static final String ID_KIND = "communication-kind";
    static final String ID_OCCURRED_AT = "communication-occurred-at";
    static final String ID_DIRECTION = "communication-direction";
    static final String ID_AUTHORITY_PARTICIPANTS = "communication-authority-participants";
    static final String ID_OUR_PARTICIPANTS = "communication-our-participants";
    static final String ID_SUMMARY = "communication-summary";
    static final String ID_FILES = "communication-files";
    static final String ID_FILE_LIST = "communication-file-list";
    static final String ID_SUBMIT = "communication-submit";

    /** Logs a new contact, or a correction of {@code correcting} (filled in with its values) when not null. */
    CommunicationDialog(CommunicationService communications, UUID caseId, Jurisdiction jurisdiction,
            CommunicationView correcting, Consumer<CommunicationView> recorded) {
        var locale = getLocale();
        var zone = jurisdiction.summary().zone();
        setHeaderTitle(getTranslation(correcting == null ? "communication.log" : "communication.correct.title"));
        setWidth("min(44rem, 100vw)");
        var intro = new Paragraph(getTranslation(correcting == null ? "communication.log.intro"
                : "communication.correct.intro"));
        intro.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Top.NONE);

        var kind = new Select<CommunicationKind>();
        kind.setId(ID_KIND);
        kind.setLabel(getTranslation("communication.kind"));
        kind.setItems(CommunicationKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        kind.setRequiredIndicatorVisible(true);

        var occurredAt = new DateTimePicker(getTranslation("communication.occurred-at"));
        occurredAt.setId(ID_OCCURRED_AT);
        LocalizedFormats.localize(occurredAt, locale);
        occurredAt.setStep(Duration.ofMinutes(1));
        occurredAt.setHelperText(getTranslation("communication.occurred-at.help", zone.getId()));
        occurredAt.setValue(LocalDateTime.now(zone).truncatedTo(ChronoUnit.MINUTES));
        occurredAt.setMax(LocalDateTime.now(zone).plusMinutes(1));
        occurredAt.setRequiredIndicatorVisible(true);

        var direction = new RadioButtonGroup<CommunicationDirection>(getTranslation("communication.direction"));
        direction.setId(ID_DIRECTION);
        direction.setItems(CommunicationDirection.values());
        direction.setItemLabelGenerator(d -> getTranslation(d.messageKey()));
        direction.setRequiredIndicatorVisible(true);

        var theirs = new TextArea(getTranslation("communication.authority-participants"));
        theirs.setId(ID_AUTHORITY_PARTICIPANTS);
        theirs.setMaxLength(NewCommunication.PARTICIPANTS_MAX);
        theirs.setHelperText(getTranslation("communication.authority-participants.help", NewCommunication.PARTICIPANTS_MAX));
        var ours = new TextArea(getTranslation("communication.our-participants"));
        ours.setId(ID_OUR_PARTICIPANTS);
        ours.setMaxLength(NewCommunication.PARTICIPANTS_MAX);
        ours.setHelperText(getTranslation("communication.our-participants.help", NewCommunication.PARTICIPANTS_MAX));

        var summary = new TextArea(getTranslation("communication.summary"));
        summary.setId(ID_SUMMARY);
        summary.setMaxLength(NewCommunication.SUMMARY_MAX);
        summary.setHelperText(getTranslation("communication.summary.help", NewCommunication.SUMMARY_MAX));
        summary.setMinHeight("8rem");
        summary.setRequiredIndicatorVisible(true);
        var files = new ResponseFiles(ID_FILES, ID_FILE_LIST);

        if (correcting != null) {
            kind.setValue(correcting.kind());
            occurredAt.setValue(correcting.occurredAt().withZoneSameInstant(zone).toLocalDateTime());
            direction.setValue(correcting.direction());
            theirs.setValue(orEmpty(correcting.authorityParticipants()));
            ours.setValue(orEmpty(correcting.ourParticipants()));
            summary.setValue(orEmpty(correcting.summary()));
        }

        var fields = new HashMap<String, HasValidation>();
        fields.put("kind", kind);
        fields.put("occurredAt", occurredAt);
        fields.put("direction", direction);
        fields.put("authorityParticipants", theirs);
        fields.put("ourParticipants", ours);
        fields.put("summary", summary);
        var errors = new FieldErrors(fields);
        var submit = new Button(getTranslation("communication.submit"), click -> {
            errors.clear();
            try {
                var report = new NewCommunication(kind.getValue(), occurredAt.getValue(), direction.getValue(),
                        theirs.getValue(), ours.getValue(), summary.getValue());
                var view = correcting == null ? communications.record(caseId, report, files.uploads())
                        : communications.correct(caseId, correcting.id(), report, files.uploads());
                files.discard();
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

        var form = new FormLayout(kind, occurredAt, direction, theirs, ours, summary, files);
        form.setResponsiveSteps(List.of(new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("32em", 2)));
        form.setColspan(direction, 2);
        form.setColspan(summary, 2);
        form.setColspan(files, 2);
        add(intro, form);
        getFooter().add(cancel, submit);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
