package org.assemblyportal.monitoring.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.assemblyportal.base.ConflictException;
import org.assemblyportal.base.InvalidInputException;
import org.assemblyportal.base.ui.FieldErrors;
import org.assemblyportal.base.ui.LocalizedFormats;
import org.assemblyportal.monitoring.MonitoringPlanService;
import org.assemblyportal.monitoring.PlanSegmentView;
import org.assemblyportal.monitoring.PlanView;
import org.assemblyportal.monitoring.PlanWalkView;
import org.assemblyportal.monitoring.WalkToSchedule;

/** Schedules one route walk: a name, when (local time of the jurisdiction) and the segments, all by default. */
class PlanWalkDialog extends Dialog {

    static final String ID_NAME = "plan-walk-name";
    static final String ID_WHEN = "plan-walk-when";
    static final String ID_SEGMENTS = "plan-walk-segments";
    static final String ID_SAVE = "plan-walk-save";

    PlanWalkDialog(MonitoringPlanService plans, UUID caseId, PlanView plan, Consumer<PlanWalkView> scheduled) {
        setHeaderTitle(getTranslation("plan.walk.schedule"));
        setWidth("min(32rem, 100vw)");
        var name = new TextField(getTranslation("plan.walk.name"));
        name.setId(ID_NAME);
        name.setMaxLength(200);
        name.setWidthFull();
        var when = new DateTimePicker(getTranslation("plan.walk.planned-at"));
        when.setId(ID_WHEN);
        LocalizedFormats.localize(when, getLocale());
        when.setStep(Duration.ofMinutes(15));
        when.setHelperText(getTranslation("plan.walk.planned-at.help", plan.zone()));
        when.setValue(plan.filedStart());
        var segments = new CheckboxGroup<PlanSegmentView>(getTranslation("plan.walk.segments.field"));
        segments.setId(ID_SEGMENTS);
        segments.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        var onRoute = plan.segments().stream().filter(PlanSegmentView::onFiledRoute)
                .sorted(Comparator.comparingInt(PlanSegmentView::number)).toList();
        segments.setItems(onRoute);
        segments.setItemLabelGenerator(s -> getTranslation("plan.segment.title", s.number(), s.name()));
        segments.setValue(new java.util.HashSet<>(onRoute));

        var errors = new FieldErrors(Map.<String, HasValidation>of("name", name, "plannedAt", when, "segments", segments));
        var save = new Button(getTranslation("plan.walk.save"));
        save.setId(ID_SAVE);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            errors.clear();
            try {
                var walk = plans.scheduleWalk(caseId, new WalkToSchedule(name.getValue(), when.getValue(),
                        segments.getSelectedItems().stream().map(PlanSegmentView::number).toList()));
                close();
                scheduled.accept(walk);
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            } catch (ConflictException conflict) {
                Notification.show(getTranslation(conflict.messageKey(), conflict.messageArguments()), 8000,
                        Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        var cancel = new Button(getTranslation("common.cancel"), click -> close());
        var form = new Div(name, when, segments);
        form.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        add(form);
        getFooter().add(cancel, save);
    }
}
