package org.assemblyportal.assembly.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.function.Consumer;
import org.assemblyportal.assembly.ApplicationData;
import org.assemblyportal.assembly.Completeness;
import org.assemblyportal.jurisdiction.ApplicationField;
import org.assemblyportal.jurisdiction.Jurisdiction;

/** Everything the application will say, part by part, each with a way back to change it. */
class DraftReview extends Div {

    static final String ID = "draft-review";

    DraftReview(List<ApplicationField> steps, Jurisdiction jurisdiction, ApplicationData data, Completeness check,
            Consumer<ApplicationField> goTo) {
        setId(ID);
        var intro = new Paragraph(getTranslation(check != null && check.complete() ? "draft.review.ready" : "draft.review.not-ready"));
        add(intro);
        var list = new DescriptionList();
        list.addClassNames("draft-review-list");
        for (var field : steps) {
            var label = jurisdiction.application().field(field).map(r -> r.label(getLocale()))
                    .orElseGet(() -> getTranslation(field.messageKey()));
            var value = DraftSummary.of(field, data, this, getLocale());
            var shown = new Div();
            shown.setText(value.isBlank() ? getTranslation("draft.review.empty") : value);
            shown.getElement().setAttribute("data-field", field.name());
            if (value.isBlank()) {
                shown.addClassNames(LumoUtility.TextColor.SECONDARY);
            }
            var edit = new Button(getTranslation("draft.review.edit"), click -> goTo.accept(field));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            edit.setAriaLabel(getTranslation("draft.review.edit-part", label));
            list.add(new DescriptionList.Term(label), new DescriptionList.Description(shown, edit));
        }
        add(list);
    }
}
