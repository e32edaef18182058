package org.assemblyportal.authority.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.assemblyportal.assembly.FiledRoute;
import org.assemblyportal.authority.ClaimService;
import org.assemblyportal.authority.ClaimType;
import org.assemblyportal.authority.ClaimView;
import org.assemblyportal.authority.NewClaim;
import org.assemblyportal.authority.ResponseView;
import org.assemblyportal.base.ConflictException;
import org.assemblyportal.base.InvalidInputException;
import org.assemblyportal.base.ui.FieldErrors;
import org.assemblyportal.base.ui.LocalizedFormats;
import org.assemblyportal.jurisdiction.Jurisdiction;

/**
 * Records one factual reason of a response as a claim: what, where on the filed place or route,
 * when (the assembly's time as filed unless the authority said otherwise), and its own words. The
 * response's reason is shown above the quote field so the words can be copied from it.
 */
class ClaimDialog extends Dialog {

    static final String ID_RESPONSE = "claim-response";
    static final String ID_TYPE = "claim-type";
    static final String ID_WHERE = "claim-where";
    static final String ID_START = "claim-start";
    static final String ID_END = "claim-end";
    static final String ID_QUOTE = "claim-quote";
    static final String ID_SUBMIT = "claim-submit";

    /** An option of "where": the place (segment null) or one route segment. */
    private record WhereOption(String label, Integer segment) {
    }

    ClaimDialog(ClaimService claims, UUID caseId, Jurisdiction jurisdiction, List<ResponseView> responses,
            ClaimView correcting, Consumer<ClaimView> recorded) {
        var locale = getLocale();
        var zone = jurisdiction.summary().zone();
        setHeaderTitle(getTranslation(correcting == null ? "claim.record" : "claim.correct.title"));
        setWidth("min(44rem, 100vw)");
        var intro = new Paragraph(getTranslation("claim.record.intro"));
        intro.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Top.NONE);

        var shown = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
        var response = new Select<ResponseView>();
        response.setId(ID_RESPONSE);
        response.setLabel(getTranslation("claim.response"));
        response.setItems(responses);
        response.setItemLabelGenerator(r -> getTranslation("claim.response.option",
                r.receivedAt().withZoneSameInstant(zone).format(shown),
                ResponseLabels.rule(jurisdiction.outcomes(), r.outcome()).map(o -> o.label(locale)).orElse(r.outcome())));
        response.setWidthFull();
        response.setVisible(correcting == null && responses.size() > 1);

        var type = new Select<ClaimType>();
        type.setId(ID_TYPE);
        type.setLabel(getTranslation("claim.type"));
        type.setItems(ClaimType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        type.setWidthFull();

        var where = new CheckboxGroup<WhereOption>(getTranslation("claim.where"));
        where.setId(ID_WHERE);
        where.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        var start = new DateTimePicker(getTranslation("claim.window-start"));
        start.setId(ID_START);
        LocalizedFormats.localize(start, locale);
        start.setStep(Duration.ofMinutes(15));
        start.setHelperText(getTranslation("claim.window.help", zone.getId()));
        var end = new DateTimePicker(getTranslation("claim.window-end"));
        end.setId(ID_END);
        LocalizedFormats.localize(end, locale);
        end.setStep(Duration.ofMinutes(15));
        var window = new Div(start, end);
        window.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM);

        var reason = new Div();
        var quote = new TextArea(getTranslation("claim.quote"));
        quote.setId(ID_QUOTE);
        quote.setMaxLength(5000);
        quote.setHelperText(getTranslation("claim.quote.help"));
        quote.setWidthFull();
        quote.setMinHeight("6rem");

        response.addValueChangeListener(change -> {
            var chosen = change.getValue();
            reason.removeAll();
            if (chosen == null) {
                return;
            }
            if (chosen.reasonText() != null) {
                var text = new Quote(chosen.reasonText());
                text.addClassNames(LumoUtility.Whitespace.PRE_WRAP, LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE,
                        LumoUtility.Padding.Left.MEDIUM, LumoUtility.Border.LEFT, LumoUtility.BorderColor.CONTRAST_30);
                reason.add(new Paragraph(getTranslation("response.reason")), text);
            }
            var filed = claims.whereOf(caseId, chosen.filingSequence());
            var options = options(filed);
            where.setItems(options);
            where.setItemLabelGenerator(WhereOption::label);
            if (correcting == null) {
                start.setValue(filed.start());
                end.setValue(filed.end());
            } else {
                where.setValue(options.stream().filter(o -> o.segment() == null ? correcting.place() != null
                        : correcting.segments().stream().anyMatch(s -> s.number() == o.segment()))
                        .collect(Collectors.toSet()));
            }
        });
        var initial = correcting == null ? defaultResponse(responses, jurisdiction)
                : responses.stream().filter(r -> r.id().equals(correcting.responseId())).findFirst().orElse(null);
        response.setValue(initial);
        if (correcting != null) {
            type.setValue(correcting.type());
            start.setValue(correcting.windowStart().withZoneSameInstant(zone).toLocalDateTime());
            end.setValue(correcting.windowEnd().withZoneSameInstant(zone).toLocalDateTime());
            quote.setValue(correcting.quote());
        }

        var fields = new HashMap<String, HasValidation>();
        fields.put("responseId", response);
        fields.put("type", type);
        fields.put("atPlace", where);
        fields.put("segments", where);
        fields.put("windowStart", start);
        fields.put("windowEnd", end);
        fields.put("quote", quote);
        var errors = new FieldErrors(fields);
        var submit = new Button(getTranslation("claim.submit"), click -> {
            errors.clear();
            try {
                var chosen = where.getSelectedItems();
                var claim = new NewClaim(response.getValue() == null ? null : response.getValue().id(), type.getValue(),
                        chosen.stream().map(WhereOption::segment).filter(Objects::nonNull).toList(),
                        chosen.stream().anyMatch(o -> o.segment() == null), start.getValue(), end.getValue(),
                        quote.getValue());
                var view = correcting == null ? claims.record(caseId, claim) : claims.correct(caseId, correcting.id(), claim);
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

        var form = new Div(intro, response, type, where, window, reason, quote);
        form.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        add(form);
        getFooter().add(cancel, submit);
    }

    private List<WhereOption> options(FiledRoute where) {
        var options = new ArrayList<WhereOption>();
        if (where.place() != null) {
            options.add(new WhereOption(getTranslation("claim.at-place", where.place()), null));
        }
        where.segments().forEach(s -> options.add(new WhereOption(getTranslation("claim.segment", s.number(), s.name()),
                s.number())));
        return options;
    }

    /** The latest refusal, else the latest response: claims mostly come from refusals. */
    private static ResponseView defaultResponse(List<ResponseView> responses, Jurisdiction jurisdiction) {
        var refusals = responses.stream().filter(r -> jurisdiction.compliance().isRefusal(r.outcome())).toList();
        var from = refusals.isEmpty() ? responses : refusals;
        return from.isEmpty() ? null : from.get(from.size() - 1);
    }
}
