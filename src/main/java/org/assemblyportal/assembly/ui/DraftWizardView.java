package org.assemblyportal.assembly.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.assemblyportal.assembly.ApplicationData;
import org.assemblyportal.assembly.ApplicationPdfService;
import org.assemblyportal.assembly.FilingService;
import org.assemblyportal.assembly.CaseDetails;
import org.assemblyportal.assembly.CaseService;
import org.assemblyportal.assembly.Completeness;
import org.assemblyportal.assembly.DraftMerge;
import org.assemblyportal.assembly.DraftService;
import org.assemblyportal.assembly.DraftView;
import org.assemblyportal.base.ConflictException;
import org.assemblyportal.base.ForbiddenException;
import org.assemblyportal.base.InvalidInputException;
import org.assemblyportal.base.ui.LocalizedFormats;
import org.assemblyportal.jurisdiction.ApplicationField;
import org.assemblyportal.jurisdiction.FieldRule;
import org.assemblyportal.jurisdiction.Jurisdiction;
import org.assemblyportal.jurisdiction.JurisdictionService;
import org.assemblyportal.jurisdiction.ui.CitationView;
import org.assemblyportal.security.Roles;

/**
 * The drafting wizard: one step per part of the application, in the order and with the citations of
 * the jurisdiction's rule file, then a review. Every change is saved at once (no save button), so a
 * closed tab loses nothing; the step is in the address, so a reload comes back to it. Co-organizers'
 * changes to other parts are merged in; changes to the same part are settled by a person.
 */
@Route("cases/:caseId/draft")
@RolesAllowed({Roles.ORGANIZER, Roles.LAWYER, Roles.ADMIN})
class DraftWizardView extends Div implements BeforeEnterObserver, HasDynamicTitle, DraftEditing {

    static final String ID_STEP_TITLE = "draft-step-title";
    static final String ID_NEXT = "draft-next";
    static final String ID_BACK = "draft-back";
    static final String ID_SAVE_STATUS = "draft-save-status";
    static final String ID_STEP_SELECT = "draft-step-select";
    static final String ID_HISTORY = "draft-history";
    static final String ID_CONFLICT = "draft-conflict";
    static final String ID_RECORD_FILING = "draft-record-filing";
    static final String REVIEW = "review";
    private static final int POLL_MILLIS = 15_000;
    /** Findings an editor already shows next to its own input, as the organizer types. */
    private static final java.util.Set<String> SHOWN_ON_THE_FIELD = java.util.Set.of("draft.id-invalid");

    private final DraftService drafts;
    private final CaseService cases;
    private final JurisdictionService jurisdictions;
    private final ApplicationPdfService pdfs;
    private final FilingService filings;

    private CaseDetails details;
    private Jurisdiction jurisdiction;
    private List<ApplicationField> steps;
    private int step;

    /** What the server has (and its version): the base of a merge. */
    private ApplicationData saved;
    private long version;
    /** What this user sees and types; equal to {@link #saved} except while a conflict is open. */
    private ApplicationData current;
    private DraftMerge.Result openConflict;
    private DraftView theirs;

    private final Span saveStatus = new Span();
    private final Div stepNav = new Div();
    private final List<Button> navItems = new ArrayList<>();
    private final Select<Integer> stepSelect = new Select<>();
    private final Div stepBody = new Div();
    private final Div conflictBar = new Div();
    private final ChecksPanel checks = new ChecksPanel(this::goTo);
    private Completeness lastCheck;
    private DraftView lastSaved;
    private Registration poll;

    DraftWizardView(DraftService drafts, CaseService cases, JurisdictionService jurisdictions, ApplicationPdfService pdfs,
            FilingService filings) {
        this.drafts = drafts;
        this.cases = cases;
        this.jurisdictions = jurisdictions;
        this.pdfs = pdfs;
        this.filings = filings;
        addClassNames("draft-wizard");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            var caseId = UUID.fromString(event.getRouteParameters().get("caseId").orElse(""));
            details = cases.get(caseId);
            var view = drafts.draft(caseId);
            jurisdiction = jurisdictions.jurisdiction(view.jurisdictionCode()).orElseThrow();
            accept(view);
        } catch (IllegalArgumentException | org.assemblyportal.base.NotFoundException | ForbiddenException notVisible) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        steps = stepsOf(jurisdiction);
        var requested = event.getLocation().getQueryParameters().getSingleParameter("step").orElse(null);
        step = indexOf(requested);
        render();
    }

    /** The form first (it decides the deadlines), then the rule file's parts in its order. */
    private static List<ApplicationField> stepsOf(Jurisdiction jurisdiction) {
        var list = new ArrayList<ApplicationField>();
        list.add(ApplicationField.FORM);
        jurisdiction.application().fields().stream().map(FieldRule::field)
                .filter(f -> f != ApplicationField.FORM).forEach(list::add);
        return List.copyOf(list);
    }

    private int indexOf(String requested) {
        if (REVIEW.equals(requested)) {
            return steps.size();
        }
        for (var i = 0; i < steps.size(); i++) {
            if (steps.get(i).name().equals(requested)) {
                return i;
            }
        }
        return 0;
    }

    private void render() {
        removeAll();
        var back = new RouterLink(getTranslation("draft.back-to-case"), CaseView.class,
                new RouteParameters("caseId", details.id().toString()));
        var title = new H2(getTranslation("draft.title", details.title()));
        title.addClassNames(LumoUtility.Margin.Vertical.SMALL);
        saveStatus.setId(ID_SAVE_STATUS);
        saveStatus.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        saveStatus.getElement().setAttribute("role", "status");
        var history = new Button(getTranslation("draft.history"), VaadinIcon.CLOCK.create(),
                click -> new DraftHistoryDialog(drafts.history(details.id()), getLocale(),
                        jurisdiction.summary().zone()).open());
        history.setId(ID_HISTORY);
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var header = new Div(back, title, new Div(saveStatus, history));
        header.addClassNames("draft-header");
        conflictBar.setId(ID_CONFLICT);
        conflictBar.addClassNames("draft-conflict");
        conflictBar.setVisible(openConflict != null);

        stepNav.addClassNames("draft-steps");
        stepNav.getElement().setAttribute("role", "navigation");
        stepNav.getElement().setAttribute("aria-label", getTranslation("draft.steps"));
        stepSelect.setId(ID_STEP_SELECT);
        stepSelect.addClassNames("draft-step-select");
        stepSelect.setAriaLabel(getTranslation("draft.steps"));
        var indices = new ArrayList<Integer>();
        for (var i = 0; i <= steps.size(); i++) {
            indices.add(i);
        }
        stepSelect.setItems(indices);
        stepSelect.setItemLabelGenerator(i -> getTranslation("draft.step-of", i + 1, steps.size() + 1, shortLabel(i)));
        stepSelect.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                show(e.getValue());
            }
        });
        stepBody.addClassNames("draft-step");
        buildNav();
        var columns = new Div(stepNav, stepBody, checks);
        columns.addClassNames("draft-columns");
        add(header, conflictBar, stepSelect, columns);
        Shortcuts.addShortcutListener(this, () -> show(Math.min(step + 1, steps.size())), Key.ARROW_RIGHT, KeyModifier.ALT);
        Shortcuts.addShortcutListener(this, () -> show(Math.max(step - 1, 0)), Key.ARROW_LEFT, KeyModifier.ALT);
        refreshChecks();
        showSaved();
        show(step);
    }

    private void show(int index) {
        step = index;
        stepSelect.setValue(index);
        refreshNav();
        stepBody.removeAll();
        var heading = new H3(stepLabel(index));
        heading.setId(ID_STEP_TITLE);
        heading.getElement().setAttribute("tabindex", "-1");
        stepBody.add(heading);
        if (index == steps.size()) {
            stepBody.add(new DraftReview(steps, jurisdiction, current, lastCheck, this::goTo));
            stepBody.add(reviewActions());
        } else {
            var field = steps.get(index);
            var rule = jurisdiction.application().field(field).orElse(null);
            stepBody.add(citationLine(field, rule));
            stepBody.add(DraftStepEditors.editor(field, rule, this));
            stepBody.add(fieldProblems(field));
        }
        stepBody.add(navigationButtons(index));
        heading.getElement().callJsFunction("focus");
        var parameter = index == steps.size() ? REVIEW : steps.get(index).name();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                "cases/" + details.id() + "/draft?" + QueryParameters.of("step", parameter).getQueryString()));
    }

    /** Print it, sign it, hand it in, then record the filing (which freezes this version). */
    private Div reviewActions() {
        var download = new ApplicationDownload(pdfs, details.id(), jurisdiction.summary().documentLanguages());
        var record = new Button(getTranslation("filing.record"), VaadinIcon.CHECK_SQUARE_O.create(),
                click -> new FilingDialog(filings, details.id(), jurisdiction.summary().zone(), filed -> {
                    Notification.show(getTranslation("filing.recorded", filed.sequence()), 5000,
                            Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    getUI().ifPresent(ui -> ui.navigate(CaseView.class, new RouteParameters("caseId", details.id().toString())));
                }).open());
        record.setId(ID_RECORD_FILING);
        var actions = new Div(download, record);
        actions.addClassNames("draft-review-actions", LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP,
                LumoUtility.AlignItems.END, LumoUtility.Gap.MEDIUM);
        return actions;
    }

    private void goTo(ApplicationField field) {
        var index = steps.indexOf(field);
        show(index < 0 ? 0 : index);
    }

    private Component citationLine(ApplicationField field, FieldRule rule) {
        var line = new Div();
        line.addClassNames("draft-citation", LumoUtility.FontSize.SMALL);
        if (rule != null) {
            line.add(new Span(getTranslation(rule.required() ? "draft.required" : "draft.optional") + " · "));
            line.add(CitationView.of(rule.citation()));
        } else if (field == ApplicationField.FORM && current.form() != null) {
            jurisdiction.form(current.form()).ifPresent(f -> line.add(CitationView.of(f.regimeCitation())));
        }
        return line;
    }

    private Div fieldProblems(ApplicationField field) {
        var box = new Div();
        box.addClassNames("draft-field-problems");
        box.getElement().setAttribute("aria-live", "polite");
        if (lastCheck != null) {
            // What is merely missing is listed in the checks; here only what is wrong in what was typed.
            lastCheck.problems().stream().filter(p -> p.field() == field && p.severity() != Completeness.Severity.MISSING
                            && !SHOWN_ON_THE_FIELD.contains(p.messageKey()))
                    .forEach(p -> {
                var text = new Span(getTranslation(p.messageKey(), LocalizedFormats.inSentence(p.arguments(), getLocale())));
                text.addClassNames(LumoUtility.Display.BLOCK,
                        p.severity() == Completeness.Severity.WARNING ? LumoUtility.TextColor.WARNING : LumoUtility.TextColor.ERROR);
                box.add(text);
            });
        }
        return box;
    }

    private Div navigationButtons(int index) {
        var back = new Button(getTranslation("draft.previous"), VaadinIcon.ARROW_LEFT.create(), click -> show(index - 1));
        back.setId(ID_BACK);
        back.setEnabled(index > 0);
        back.setTooltipText("Alt+←");
        var next = new Button(getTranslation(index == steps.size() - 1 ? "draft.to-review" : "draft.next"),
                VaadinIcon.ARROW_RIGHT.create(), click -> show(index + 1));
        next.setId(ID_NEXT);
        next.setIconAfterText(true);
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.setVisible(index < steps.size());
        next.setTooltipText("Alt+→");
        var buttons = new Div(back, next);
        buttons.addClassNames("draft-buttons");
        return buttons;
    }

    /** Built once per page; saves only update the icons, so a click never lands on a replaced button. */
    private void buildNav() {
        stepNav.removeAll();
        navItems.clear();
        for (var i = 0; i <= steps.size(); i++) {
            var index = i;
            var item = new Button(shortLabel(i), click -> show(index));
            item.setId("draft-step-" + (i == steps.size() ? REVIEW : steps.get(i).name()));
            item.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            item.addClassNames("draft-step-link");
            navItems.add(item);
            stepNav.add(item);
        }
    }

    private void refreshNav() {
        for (var i = 0; i < navItems.size(); i++) {
            var item = navItems.get(i);
            item.setIcon(stepIcon(i));
            item.setClassName("current", i == step);
            if (i == step) {
                item.getElement().setAttribute("aria-current", "step");
            } else {
                item.getElement().removeAttribute("aria-current");
            }
        }
    }

    private Component stepIcon(int index) {
        if (index == steps.size()) {
            return VaadinIcon.CLIPBOARD_CHECK.create();
        }
        var field = steps.get(index);
        var hasProblem = lastCheck != null && lastCheck.problems().stream()
                .anyMatch(p -> p.field() == field && p.severity() != Completeness.Severity.WARNING);
        var done = !hasProblem && current.has(field);
        var icon = (hasProblem ? VaadinIcon.EXCLAMATION_CIRCLE_O : done ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.CIRCLE_THIN).create();
        icon.addClassNames(hasProblem ? LumoUtility.TextColor.ERROR : done ? LumoUtility.TextColor.SUCCESS : LumoUtility.TextColor.SECONDARY);
        icon.getElement().setAttribute("role", "img");
        icon.getElement().setAttribute("aria-label",
                getTranslation(hasProblem ? "draft.step.problem" : done ? "draft.step.done" : "draft.step.open"));
        return icon;
    }

    /** The nav and the step picker use the portal's short names; the step itself shows the rule file's words. */
    private String shortLabel(int index) {
        return index == steps.size() ? getTranslation("draft.review") : getTranslation(steps.get(index).messageKey());
    }

    private String stepLabel(int index) {
        if (index == steps.size()) {
            return getTranslation("draft.review");
        }
        var field = steps.get(index);
        return jurisdiction.application().field(field).map(r -> r.label(getLocale()))
                .orElseGet(() -> getTranslation(field.messageKey()));
    }

    // Editing and saving

    @Override
    public ApplicationData data() {
        return current;
    }

    @Override
    public void change(UnaryOperator<ApplicationData> change) {
        current = change.apply(current);
        if (openConflict != null) {
            saveStatus.setText(getTranslation("draft.status.conflict-open"));
            return;
        }
        save(current, version);
    }

    @Override
    public Jurisdiction jurisdiction() {
        return jurisdiction;
    }

    @Override
    public Locale locale() {
        return getLocale();
    }

    private void save(ApplicationData data, long expectedVersion) {
        try {
            accept(drafts.save(details.id(), data, expectedVersion));
            showSaved();
            refreshChecks();
        } catch (ConflictException conflict) {
            merge();
        } catch (InvalidInputException invalid) {
            var text = invalid.violations().stream()
                    .map(v -> getTranslation(v.messageKey(), v.arguments().toArray())).distinct().toList();
            saveStatus.setText(getTranslation("draft.status.not-saved", String.join(" ", text)));
            Notification.show(String.join(" ", text), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** Someone saved meanwhile: keep both where they touched different parts, ask where they did not. */
    private void merge() {
        theirs = drafts.draft(details.id());
        var result = DraftMerge.merge(saved, current, theirs.data());
        if (result.clean()) {
            var mine = current;
            accept(drafts.save(details.id(), result.merged(), theirs.version()));
            Notification.show(getTranslation("draft.merged", theirs.updatedBy()), 4000, Notification.Position.BOTTOM_START);
            showSaved();
            refreshChecks();
            rerenderIfShownPartChanged(mine);
            return;
        }
        openConflict = result;
        conflictBar.removeAll();
        var parts = result.conflicts().stream().map(f -> jurisdiction.application().field(f)
                .map(r -> r.label(getLocale())).orElseGet(() -> getTranslation(f.messageKey()))).toList();
        var message = new Span(getTranslation("draft.conflict.same-part", theirs.updatedBy(), String.join(", ", parts)));
        var keepMine = new Button(getTranslation("draft.conflict.keep-mine"), click -> resolve(true));
        keepMine.setId("draft-conflict-keep-mine");
        keepMine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var takeTheirs = new Button(getTranslation("draft.conflict.take-theirs", theirs.updatedBy()), click -> resolve(false));
        takeTheirs.setId("draft-conflict-take-theirs");
        conflictBar.add(message, keepMine, takeTheirs);
        conflictBar.setVisible(true);
        conflictBar.getElement().setAttribute("role", "alert");
        saveStatus.setText(getTranslation("draft.status.conflict-open"));
    }

    private void resolve(boolean keepMine) {
        var merged = keepMine ? DraftMerge.keepMine(openConflict, current) : openConflict.merged();
        var base = theirs.version();
        openConflict = null;
        conflictBar.setVisible(false);
        current = merged;
        save(merged, base);
        show(step);
    }

    private void accept(DraftView view) {
        saved = view.data();
        current = view.data();
        version = view.version();
        lastSaved = view;
    }

    private void showSaved() {
        if (lastSaved == null || lastSaved.updatedAt() == null) {
            saveStatus.setText(getTranslation("draft.status.new"));
            return;
        }
        var zone = jurisdiction.summary().zone();
        var time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale())
                .format(lastSaved.updatedAt().atZone(zone));
        saveStatus.setText(getTranslation("draft.status.saved", time, lastSaved.revision(), lastSaved.updatedBy()));
    }

    private void refreshChecks() {
        lastCheck = drafts.completeness(details.id());
        checks.show(lastCheck);
        if (steps != null) {
            refreshNav();
            if (step < steps.size() && stepBody.getChildren().count() > 2) {
                var old = stepBody.getChildren().filter(c -> c.getClassNames().contains("draft-field-problems")).findFirst();
                old.ifPresent(o -> stepBody.replace(o, fieldProblems(steps.get(step))));
            }
        }
    }

    /** Co-organizers' saves show up within seconds, unless this user is in the middle of a conflict. */
    private void pollForOthers() {
        if (openConflict != null) {
            return;
        }
        var latest = drafts.draft(details.id());
        if (latest.version() == version) {
            return;
        }
        var before = current;
        accept(latest);
        showSaved();
        refreshChecks();
        Notification.show(getTranslation("draft.updated-by", latest.updatedBy()), 4000, Notification.Position.BOTTOM_START);
        rerenderIfShownPartChanged(before);
    }

    /** Re-rendering takes the focus away, so it happens only when the step on screen shows other data. */
    private void rerenderIfShownPartChanged(ApplicationData before) {
        var changed = DraftMerge.changedParts(before, current);
        if (step == steps.size() ? !changed.isEmpty() : changed.contains(steps.get(step))) {
            show(step);
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(POLL_MILLIS);
        poll = event.getUI().addPollListener(e -> pollForOthers());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (poll != null) {
            poll.remove();
        }
    }

    @Override
    public String getPageTitle() {
        return details == null ? getTranslation("draft.page") : getTranslation("draft.title", details.title());
    }
}
