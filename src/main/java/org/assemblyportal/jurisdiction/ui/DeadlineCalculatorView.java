package org.assemblyportal.jurisdiction.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.TreeSet;
import org.assemblyportal.base.LocalizedException;
import org.assemblyportal.base.ui.LocalizedFormats;
import org.assemblyportal.jurisdiction.AssemblyForm;
import org.assemblyportal.jurisdiction.DeadlineCalculator;
import org.assemblyportal.jurisdiction.DeadlineQuery;
import org.assemblyportal.jurisdiction.DeadlineResult;
import org.assemblyportal.jurisdiction.DeadlineService;
import org.assemblyportal.jurisdiction.JurisdictionService;
import org.assemblyportal.jurisdiction.JurisdictionSummary;

/**
 * Public deadline calculator: anyone can see when to file and when the authority must answer, with
 * the count day by day. The inputs live in the address, so a result can be bookmarked or shared.
 */
@Route("deadlines")
@Menu(order = 20, icon = "vaadin:calendar-clock", title = "menu.deadlines")
@AnonymousAllowed
class DeadlineCalculatorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID_JURISDICTION = "deadline-jurisdiction";
    static final String ID_FORM = "deadline-form";
    static final String ID_DATE = "deadline-date";
    static final String ID_TIME = "deadline-time";
    static final String ID_REGISTERED = "deadline-registered";
    static final String ID_COMPUTE = "deadline-compute";
    static final String ID_RESULT = "deadline-result";
    static final String ID_ERROR = "deadline-error";
    static final String ID_LAST_DAY = "deadline-last-day";
    static final String ID_AUTHORITY_DUE = "deadline-authority-due";
    static final String ID_TOO_LATE = "deadline-too-late";

    private final JurisdictionService jurisdictions;
    private final DeadlineService deadlines;
    private final ComboBox<JurisdictionSummary> jurisdiction = new ComboBox<>();
    private final Select<AssemblyForm> form = new Select<>();
    private final DatePicker date = new DatePicker();
    private final TimePicker time = new TimePicker();
    private final DatePicker registeredOn = new DatePicker();
    private final Div result = new Div();

    DeadlineCalculatorView(JurisdictionService jurisdictions, DeadlineService deadlines) {
        this.jurisdictions = jurisdictions;
        this.deadlines = deadlines;
        setMaxWidth("72rem");
        var intro = new Paragraph(getTranslation("deadlines.intro"));
        intro.addClassNames(LumoUtility.TextColor.SECONDARY);

        jurisdiction.setLabel(getTranslation("deadlines.jurisdiction"));
        jurisdiction.setId(ID_JURISDICTION);
        jurisdiction.setItems(jurisdictions.all());
        jurisdiction.setItemLabelGenerator(j -> j.name(getLocale()) + " (" + j.code() + ")");
        jurisdiction.addValueChangeListener(e -> updateForms());
        form.setLabel(getTranslation("deadlines.form"));
        form.setId(ID_FORM);
        form.setItemLabelGenerator(f -> getTranslation(f.messageKey()));
        date.setLabel(getTranslation("deadlines.start-date"));
        date.setId(ID_DATE);
        LocalizedFormats.localize(date, getLocale());
        time.setLabel(getTranslation("deadlines.start-time"));
        time.setId(ID_TIME);
        time.setValue(LocalTime.NOON);
        time.setLocale(getLocale());
        registeredOn.setLabel(getTranslation("deadlines.registered-on"));
        registeredOn.setHelperText(getTranslation("deadlines.registered-on.help"));
        registeredOn.setId(ID_REGISTERED);
        LocalizedFormats.localize(registeredOn, getLocale());
        var compute = new Button(getTranslation("deadlines.compute"), click -> navigateToQuery());
        compute.setId(ID_COMPUTE);
        compute.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        compute.addClickShortcut(com.vaadin.flow.component.Key.ENTER);

        var inputs = new FormLayout(jurisdiction, form, date, time, registeredOn);
        inputs.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 3));
        result.setId(ID_RESULT);
        result.setWidthFull();
        add(new H2(getTranslation("deadlines.title")), intro, inputs, compute, result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        parameters.getSingleParameter("jurisdiction").flatMap(jurisdictions::find).ifPresent(jurisdiction::setValue);
        parameters.getSingleParameter("form").ifPresent(value -> {
            try {
                form.setValue(AssemblyForm.valueOf(value));
            } catch (IllegalArgumentException ignored) {
                // An address typed by hand: leave the form empty and let the user choose.
            }
        });
        parameters.getSingleParameter("start").ifPresent(value -> {
            try {
                var start = java.time.LocalDateTime.parse(value);
                date.setValue(start.toLocalDate());
                time.setValue(start.toLocalTime());
            } catch (java.time.format.DateTimeParseException ignored) {
                // As above: the date fields stay empty.
            }
        });
        parameters.getSingleParameter("registeredOn").ifPresent(value -> {
            try {
                registeredOn.setValue(LocalDate.parse(value));
            } catch (java.time.format.DateTimeParseException ignored) {
                // As above.
            }
        });
        if (jurisdiction.getValue() != null) {
            compute();
        }
    }

    private void updateForms() {
        var selected = jurisdiction.getValue();
        var previous = form.getValue();
        var forms = selected == null ? List.<AssemblyForm>of()
                : List.copyOf(new TreeSet<>(jurisdictions.jurisdiction(selected.code()).orElseThrow().forms().keySet()));
        form.setItems(forms);
        if (previous != null && forms.contains(previous)) {
            form.setValue(previous);
        }
    }

    private void navigateToQuery() {
        if (jurisdiction.getValue() == null) {
            result.removeAll();
            showProblem(new LocalizedException("deadline.jurisdiction-required"));
            return;
        }
        var parameters = new LinkedHashMap<String, String>();
        if (jurisdiction.getValue() != null) {
            parameters.put("jurisdiction", jurisdiction.getValue().code());
        }
        if (form.getValue() != null) {
            parameters.put("form", form.getValue().name());
        }
        if (date.getValue() != null) {
            parameters.put("start", date.getValue().atTime(time.getValue() == null ? LocalTime.NOON : time.getValue()).toString());
        }
        if (registeredOn.getValue() != null) {
            parameters.put("registeredOn", registeredOn.getValue().toString());
        }
        getUI().ifPresent(ui -> ui.navigate(DeadlineCalculatorView.class, QueryParameters.simple(parameters)));
    }

    private void compute() {
        result.removeAll();
        try {
            var start = date.getValue() == null ? null
                    : date.getValue().atTime(time.getValue() == null ? LocalTime.NOON : time.getValue());
            var computed = deadlines.compute(new DeadlineQuery(jurisdiction.getValue().code(), form.getValue(), start,
                    registeredOn.getValue()));
            result.add(new DeadlineResultView(computed));
        } catch (LocalizedException problem) {
            showProblem(problem);
        }
    }

    private void showProblem(LocalizedException problem) {
        var message = new Paragraph(getTranslation(problem.messageKey(), problem.messageArguments()));
        message.setId(ID_ERROR);
        message.getElement().setAttribute("role", "alert");
        message.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontWeight.SEMIBOLD);
        result.add(message);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("deadlines.title") + " · " + getTranslation("app.name");
    }

    /** The answer: key dates first, then the counts behind them, then the sources. */
    static final String ID_PROVISIONAL = "deadline-provisional";

    private static final class DeadlineResultView extends VerticalLayout {

        DeadlineResultView(DeadlineResult r) {
            setPadding(false);
            var locale = getLocale();
            var facts = new LinkedHashMap<String, Component>();
            facts.put("deadlines.regime", new Span(getTranslation(r.regime().messageKey())));
            if (r.filing() == null) {
                facts.put("deadlines.last-filing-day", new Span(getTranslation("deadlines.no-lead-time")));
            } else {
                var filing = r.filing();
                var last = filing.lastMoment() != null
                        ? DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                                .format(filing.lastMoment())
                        : LocalizedFormats.date(filing.lastDay(), locale);
                var lastDay = new Span(last + " (" + getTranslation(filing.period().unit().countKey(),
                        filing.period().amount()) + ")");
                lastDay.setId(ID_LAST_DAY);
                facts.put(filing.lastMoment() != null ? "deadlines.last-filing-moment" : "deadlines.last-filing-day", lastDay);
                if (filing.firstDay() != null) {
                    facts.put("deadlines.first-filing-day", new Span(LocalizedFormats.date(filing.firstDay(), locale)));
                }
                if (r.status().filedInTime() != null) {
                    var verdict = new Span(getTranslation(r.status().filedInTime() ? "deadlines.filed-in-time" : "deadlines.filed-late"));
                    verdict.getElement().getThemeList().add(r.status().filedInTime() ? "badge success" : "badge error");
                    facts.put("deadlines.filing-status", verdict);
                } else if (r.status().tooLate() || r.status().daysLeftToFile() != null && r.status().daysLeftToFile() < 0) {
                    var tooLate = new Span(LocalizedFormats.tooLate(this, locale, filing.lastDay(), r.status().earliestLawfulStart()));
                    tooLate.setId(ID_TOO_LATE);
                    tooLate.addClassNames(LumoUtility.TextColor.ERROR);
                    facts.put("deadlines.filing-status", tooLate);
                } else if (r.status().daysLeftToFile() != null) {
                    facts.put("deadlines.days-left", new Span(getTranslation("deadlines.days-left.value", r.status().daysLeftToFile())));
                }
            }
            Span due;
            if (r.authority() != null) {
                var moment = r.authority().dueMoment();
                due = new Span(moment != null
                        ? DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale).format(moment)
                        : LocalizedFormats.date(r.authority().dueDate(), locale));
                facts.put("deadlines.silence", new Span(getTranslation(r.authority().silence().messageKey())));
            } else {
                var hasRule = r.regime() != org.assemblyportal.jurisdiction.Regime.NONE && r.filing() != null;
                due = new Span(getTranslation(hasRule ? "deadlines.authority-due.need-registration" : "deadlines.authority-due.none"));
            }
            due.setId(ID_AUTHORITY_DUE);
            facts.put("deadlines.authority-due", due);
            var summary = new FormLayout();
            summary.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
            facts.forEach((key, value) -> summary.addFormItem(value, getTranslation(key)));
            if (r.provisional()) {
                // Before the dates: a count in a year without its decree must not read as settled.
                var provisional = new Div(VaadinIcon.WARNING.create(), new Span(getTranslation("deadline.provisional",
                        r.provisionalYears().stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")))));
                provisional.setId(ID_PROVISIONAL);
                provisional.getElement().setAttribute("role", "status");
                provisional.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL, LumoUtility.Padding.SMALL,
                        LumoUtility.Background.WARNING_10, LumoUtility.BorderRadius.MEDIUM);
                add(provisional);
            }
            add(summary);
            var rulesOn = new Span(getTranslation("deadline.rules-on", LocalizedFormats.date(r.rulesOn(), locale)));
            rulesOn.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            add(rulesOn);
            r.notes().forEach(note -> {
                var line = new Div(new Span(note.label(locale) + " — "), CitationView.of(note.citation()));
                line.addClassNames("deadline-note");
                add(line);
            });
            if (!r.exemptions().isEmpty()) {
                add(new H3(getTranslation("deadlines.exemptions")));
                r.exemptions().forEach(e -> {
                    var line = new Div(new Span(e.label(locale) + " — "), CitationView.of(e.citation()));
                    add(line);
                });
            }
            if (r.filing() != null && !r.filing().steps().isEmpty() && r.filing().lastMoment() == null) {
                add(new H3(getTranslation("deadlines.explanation.filing")), CitationView.of(r.filing().citation()),
                        new ExplanationGrid("deadline-filing-steps", r.filing().steps()));
            }
            if (r.authority() != null) {
                add(new H3(getTranslation("deadlines.explanation.authority")), CitationView.of(r.authority().citation()),
                        new ExplanationGrid("deadline-authority-steps", r.authority().steps()));
            }
            add(new H3(getTranslation("deadlines.source")));
            DeadlineCalculator.citations(r).forEach(c -> add(new Div(CitationView.of(c))));
            var rule = new Paragraph(getTranslation("deadlines.counting-rule") + ": " + getTranslation(r.countingRule()));
            rule.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            add(rule);
        }
    }

}
