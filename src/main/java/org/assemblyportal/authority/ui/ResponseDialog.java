package org.assemblyportal.authority.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.assemblyportal.assembly.FilingView;
import org.assemblyportal.authority.NewResponse;
import org.assemblyportal.authority.ResponseService;
import org.assemblyportal.authority.ResponseView;
import org.assemblyportal.base.ConflictException;
import org.assemblyportal.base.InvalidInputException;
import org.assemblyportal.base.ui.FieldErrors;
import org.assemblyportal.base.ui.LocalizedFormats;
import org.assemblyportal.jurisdiction.Jurisdiction;
import org.assemblyportal.jurisdiction.LabeledRule;

/**
 * Logs a response as it reached the user: when and how, the authority's document number, date and
 * signatory, the outcome and grounds from the rule file, conditions, the reason word for word, and
 * the files. Nothing typed or uploaded is lost when the service refuses something.
 */
class ResponseDialog extends Dialog {

    static final String ID_FILING = "response-filing";
    static final String ID_RECEIVED_AT = "response-received-at";
    static final String ID_DECISION_DATE = "response-decision-date";
    static final String ID_CHANNEL = "response-channel";
    static final String ID_OUTCOME = "response-outcome";
    static final String ID_GROUNDS = "response-grounds";
    static final String ID_CONDITION_CODES = "response-condition-codes";
    static final String ID_NUMBER = "response-number";
    static final String ID_SIGNATORY = "response-signatory";
    static final String ID_CONDITIONS = "response-conditions";
    static final String ID_REASON = "response-reason";
    static final String ID_SUBMIT = "response-submit";

    /** Logs a new response, or a correction of {@code correcting} (filled in with its values) when not null. */
    ResponseDialog(ResponseService responses, UUID caseId, Jurisdiction jurisdiction, List<FilingView> filings,
            ResponseView correcting, Consumer<ResponseView> recorded) {
        var locale = getLocale();
        var zone = jurisdiction.summary().zone();
        setHeaderTitle(getTranslation(correcting == null ? "response.log" : "response.correct.title"));
        setWidth("min(44rem, 100vw)");
        var intro = new Paragraph(getTranslation(correcting == null ? "response.log.intro" : "response.correct.intro"));
        intro.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Top.NONE);

        var shown = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
        var filing = new Select<FilingView>();
        filing.setId(ID_FILING);
        filing.setLabel(getTranslation("response.filing"));
        filing.setItems(filings);
        filing.setItemLabelGenerator(f -> getTranslation("response.filing.option", f.sequence(),
                f.registeredAt().withZoneSameInstant(zone).format(shown)));
        filing.setValue(filings.get(filings.size() - 1));
        filing.setWidthFull();
        filing.setVisible(correcting == null && filings.size() > 1);

        var receivedAt = new DateTimePicker(getTranslation("response.received-at"));
        receivedAt.setId(ID_RECEIVED_AT);
        LocalizedFormats.localize(receivedAt, locale);
        receivedAt.setStep(Duration.ofMinutes(1));
        receivedAt.setHelperText(getTranslation("response.received-at.help", zone.getId()));
        receivedAt.setValue(LocalDateTime.now(zone).truncatedTo(ChronoUnit.MINUTES));
        receivedAt.setMax(LocalDateTime.now(zone).plusMinutes(1));
        var channel = new Select<String>();
        channel.setId(ID_CHANNEL);
        channel.setLabel(getTranslation("response.channel"));
        channel.setItems(ResponseService.channelCodes(jurisdiction));
        channel.setItemLabelGenerator(code -> ResponseLabels.channel(this, locale, jurisdiction, code));
        channel.setWidthFull();

        var outcome = new Select<LabeledRule>();
        outcome.setId(ID_OUTCOME);
        outcome.setLabel(getTranslation("response.outcome"));
        outcome.setItems(jurisdiction.outcomes());
        outcome.setItemLabelGenerator(rule -> rule.label(locale));
        outcome.setWidthFull();
        var grounds = new MultiSelectComboBox<LabeledRule>(getTranslation("response.grounds"));
        grounds.setId(ID_GROUNDS);
        var notInLaw = ResponseLabels.groundNotInLaw(this);
        var groundChoices = new java.util.ArrayList<>(jurisdiction.refusalGrounds());
        groundChoices.add(notInLaw);
        grounds.setItems(groundChoices);
        grounds.setItemLabelGenerator(rule -> rule.citation() == null ? rule.label(locale)
                : rule.label(locale) + " (" + rule.citation().article() + ")");
        grounds.setHelperText(getTranslation("response.grounds.help"));
        grounds.setWidthFull();
        grounds.setVisible(!jurisdiction.refusalGrounds().isEmpty());
        // The conditions imposed, in the rule file's codes, for any answer that is not a refusal.
        var conditionCodes = new MultiSelectComboBox<LabeledRule>(getTranslation("response.condition-codes"));
        conditionCodes.setId(ID_CONDITION_CODES);
        var conditionChoices = ResponseLabels.conditionChoices(this, jurisdiction);
        conditionCodes.setItems(conditionChoices);
        conditionCodes.setItemLabelGenerator(rule -> rule.citation() == null ? rule.label(locale)
                : rule.label(locale) + " (" + rule.citation().article() + ")");
        conditionCodes.setHelperText(getTranslation("response.condition-codes.help"));
        conditionCodes.setWidthFull();
        var lawListsConditions = !jurisdiction.compliance().permittedConditions().isEmpty();
        Runnable showConditions = () -> conditionCodes.setVisible(lawListsConditions && outcome.getValue() != null
                && !jurisdiction.compliance().isRefusal(outcome.getValue().code()));
        outcome.addValueChangeListener(change -> showConditions.run());
        showConditions.run();

        var number = new TextField(getTranslation("response.document-number"));
        number.setId(ID_NUMBER);
        number.setMaxLength(100);
        var decisionDate = new DatePicker(getTranslation("response.decision-date"));
        decisionDate.setId(ID_DECISION_DATE);
        LocalizedFormats.localize(decisionDate, locale);
        var signatory = new TextField(getTranslation("response.signatory"));
        signatory.setId(ID_SIGNATORY);
        signatory.setMaxLength(200);
        signatory.setWidthFull();
        var documentRow = new Div(number, decisionDate);
        documentRow.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM);

        var conditions = new TextArea(getTranslation("response.conditions"));
        conditions.setId(ID_CONDITIONS);
        conditions.setMaxLength(5000);
        conditions.setWidthFull();
        var reason = new TextArea(getTranslation("response.reason"));
        reason.setId(ID_REASON);
        reason.setMaxLength(20000);
        reason.setHelperText(getTranslation("response.reason.help"));
        reason.setWidthFull();
        reason.setMinHeight("8rem");
        var files = new ResponseFiles();

        if (correcting != null) {
            receivedAt.setValue(correcting.receivedAt().withZoneSameInstant(zone).toLocalDateTime());
            decisionDate.setValue(correcting.decisionDate());
            channel.setValue(correcting.channel());
            ResponseLabels.rule(jurisdiction.outcomes(), correcting.outcome()).ifPresent(outcome::setValue);
            grounds.setValue(groundChoices.stream().filter(g -> correcting.grounds().contains(g.code()))
                    .collect(Collectors.toSet()));
            conditionCodes.setValue(conditionChoices.stream().filter(c -> correcting.conditionCodes().contains(c.code()))
                    .collect(Collectors.toSet()));
            number.setValue(orEmpty(correcting.documentNumber()));
            signatory.setValue(orEmpty(correcting.signatory()));
            conditions.setValue(orEmpty(correcting.conditions()));
            reason.setValue(orEmpty(correcting.reasonText()));
        }

        var fields = new HashMap<String, HasValidation>();
        fields.put("filingSequence", filing);
        fields.put("receivedAt", receivedAt);
        fields.put("decisionDate", decisionDate);
        fields.put("channel", channel);
        fields.put("outcome", outcome);
        fields.put("grounds", grounds);
        fields.put("conditionCodes", conditionCodes);
        fields.put("documentNumber", number);
        fields.put("signatory", signatory);
        fields.put("conditions", conditions);
        fields.put("reasonText", reason);
        var errors = new FieldErrors(fields);
        var submit = new Button(getTranslation("response.submit"), click -> {
            errors.clear();
            try {
                var report = new NewResponse(filing.getValue().sequence(), receivedAt.getValue(),
                        decisionDate.getValue(), channel.getValue(), number.getValue(), signatory.getValue(),
                        outcome.getValue() == null ? null : outcome.getValue().code(),
                        grounds.getSelectedItems().stream().map(LabeledRule::code).sorted().toList(),
                        conditions.getValue(), reason.getValue(),
                        conditionCodes.isVisible() ? conditionChoices.stream()
                                .filter(conditionCodes.getSelectedItems()::contains).map(LabeledRule::code).toList()
                                : List.of());
                var view = correcting == null ? responses.record(caseId, report, files.uploads())
                        : responses.correct(caseId, correcting.id(), report, files.uploads());
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

        var form = new Div(intro, filing, receivedAt, channel, outcome, grounds, conditionCodes, documentRow, signatory,
                conditions, reason, files);
        form.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        add(form);
        getFooter().add(cancel, submit);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
