package org.assemblyportal.jurisdiction.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import org.assemblyportal.base.InvalidInputException;
import org.assemblyportal.base.ui.FieldErrors;
import org.assemblyportal.base.ui.LocalizedFormats;
import org.assemblyportal.jurisdiction.CalendarAdjustmentService;
import org.assemblyportal.jurisdiction.JurisdictionService;
import org.assemblyportal.jurisdiction.JurisdictionSummary;
import org.assemblyportal.jurisdiction.NewAdjustment;
import org.assemblyportal.jurisdiction.RecordedAdjustment;
import org.assemblyportal.security.Roles;

/** Administrators record decreed moves of working days, and confirm how far calendar data is complete. */
@Route("admin/calendar")
@Menu(order = 110, icon = "vaadin:calendar", title = "menu.calendar")
@RolesAllowed(Roles.ADMIN)
class CalendarDecreesView extends VerticalLayout implements HasDynamicTitle {

    static final String ID_JURISDICTION = "decree-jurisdiction";
    static final String ID_DATE = "decree-date";
    static final String ID_LABEL_EN = "decree-label-en";
    static final String ID_ACT = "decree-act";
    static final String ID_ADD = "decree-add";
    static final String ID_GRID = "decree-grid";

    private final CalendarAdjustmentService decrees;
    private final JurisdictionService jurisdictions;
    private final Select<JurisdictionSummary> jurisdiction = new Select<>();
    private final Grid<RecordedAdjustment> grid = new Grid<>();
    private final IntegerField coveredThrough = new IntegerField();

    CalendarDecreesView(CalendarAdjustmentService decrees, JurisdictionService jurisdictions) {
        this.decrees = decrees;
        this.jurisdictions = jurisdictions;
        setMaxWidth("72rem");
        jurisdiction.setId(ID_JURISDICTION);
        jurisdiction.setLabel(getTranslation("calendar.jurisdiction"));
        jurisdiction.setItems(jurisdictions.all());
        jurisdiction.setItemLabelGenerator(j -> j.name(getLocale()) + " (" + j.code() + ")");
        jurisdiction.addValueChangeListener(e -> refresh());

        var formatter = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale());
        grid.setId(ID_GRID);
        grid.addColumn(r -> LocalizedFormats.date(r.adjustment().date(), getLocale())).setHeader(getTranslation("calendar.date"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> getTranslation(r.adjustment().workingDay() ? "calendar.kind.working-day" : "calendar.kind.day-off"))
                .setHeader(getTranslation("calendar.kind")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.adjustment().label().getOrDefault(getLocale().getLanguage(), r.adjustment().label().get("en")))
                .setHeader(getTranslation("calendar.label-en").replaceAll(" \\(.*\\)", "")).setFlexGrow(2);
        grid.addComponentColumn(r -> CitationView.of(r.adjustment().citation())).setHeader(getTranslation("deadlines.source"))
                .setFlexGrow(2);
        grid.addColumn(r -> formatter.format(r.createdAt().atZone(ZoneId.of("UTC")))).setHeader(getTranslation("calendar.recorded-at"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::statusOrWithdraw).setHeader(getTranslation("calendar.status")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("calendar.empty"));
        grid.setAllRowsVisible(true);
        grid.addThemeNames("wrap-cell-content");

        coveredThrough.setLabel(getTranslation("calendar.coverage"));
        coveredThrough.setStepButtonsVisible(true);
        var confirm = new Button(getTranslation("calendar.coverage.confirm"), click -> confirmCoverage());
        var coverageRow = new HorizontalLayout(coveredThrough, confirm);
        coverageRow.setAlignItems(Alignment.BASELINE);

        add(new H2(getTranslation("calendar.title")), new Paragraph(getTranslation("calendar.intro")), jurisdiction,
                coverageRow, new H3(getTranslation("calendar.add")), form(), new H3(getTranslation("calendar.recorded")), grid);
        jurisdictions.find("KZ").ifPresent(jurisdiction::setValue);
    }

    private FormLayout form() {
        var date = new DatePicker(getTranslation("calendar.date"));
        date.setId(ID_DATE);
        LocalizedFormats.localize(date, getLocale());
        var kind = new RadioButtonGroup<Boolean>(getTranslation("calendar.kind"));
        kind.setItems(false, true);
        kind.setItemLabelGenerator(working -> getTranslation(working ? "calendar.kind.working-day" : "calendar.kind.day-off"));
        kind.setValue(false);
        var labelEn = new TextField(getTranslation("calendar.label-en"));
        labelEn.setId(ID_LABEL_EN);
        var labelRu = new TextField(getTranslation("calendar.label-ru"));
        var labelKk = new TextField(getTranslation("calendar.label-kk"));
        var act = new TextField(getTranslation("calendar.act"));
        act.setId(ID_ACT);
        var article = new TextField(getTranslation("calendar.article"));
        var url = new TextField(getTranslation("calendar.url"));
        var verified = new Checkbox(getTranslation("calendar.verified"));
        var errors = new FieldErrors(Map.of("date", date, "labelEn", labelEn, "labelRu", labelRu, "labelKk", labelKk,
                "act", act, "article", article, "url", url));
        var add = new Button(getTranslation("calendar.add"), click -> {
            if (jurisdiction.getValue() == null) {
                return;
            }
            try {
                decrees.record(jurisdiction.getValue().code(), new NewAdjustment(date.getValue(), kind.getValue(),
                        labelEn.getValue(), labelRu.getValue(), labelKk.getValue(), act.getValue(), article.getValue(),
                        url.getValue(), verified.getValue()));
                errors.clear();
                date.clear();
                labelEn.clear();
                labelRu.clear();
                labelKk.clear();
                Notification.show(getTranslation("calendar.added"), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        add.setId(ID_ADD);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(date, kind, labelEn, labelRu, labelKk, act, article, url, verified, add);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        return form;
    }

    private com.vaadin.flow.component.Component statusOrWithdraw(RecordedAdjustment recorded) {
        if (!recorded.active()) {
            var withdrawn = new Span(getTranslation("calendar.withdrawn"));
            withdrawn.getElement().getThemeList().add("badge contrast");
            return withdrawn;
        }
        var withdraw = new Button(getTranslation("calendar.withdraw"), click -> {
            decrees.withdraw(recorded.jurisdiction(), recorded.id());
            refresh();
        });
        withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return withdraw;
    }

    private void confirmCoverage() {
        if (jurisdiction.getValue() == null || coveredThrough.getValue() == null) {
            return;
        }
        try {
            decrees.confirmThrough(jurisdiction.getValue().code(), coveredThrough.getValue());
            Notification.show(getTranslation("calendar.coverage.done", String.valueOf(coveredThrough.getValue())));
        } catch (InvalidInputException invalid) {
            new FieldErrors(Map.of("lastYear", coveredThrough)).show(invalid);
        }
    }

    private void refresh() {
        var selected = jurisdiction.getValue();
        if (selected == null) {
            return;
        }
        grid.setItems(decrees.recorded(selected.code()));
        coveredThrough.setValue(jurisdictions.jurisdiction(selected.code()).orElseThrow().calendar().lastYear());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calendar.title");
    }
}
