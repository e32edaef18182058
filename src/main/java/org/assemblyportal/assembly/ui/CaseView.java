package org.assemblyportal.assembly.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.assemblyportal.assembly.ApplicationPdfService;
import org.assemblyportal.assembly.CaseDetails;
import org.assemblyportal.assembly.CaseProgressService;
import org.assemblyportal.assembly.FilingService;
import org.assemblyportal.assembly.CaseMember;
import org.assemblyportal.assembly.CaseRole;
import org.assemblyportal.assembly.CaseSection;
import org.assemblyportal.assembly.CaseService;
import org.assemblyportal.assembly.Invitation;
import org.assemblyportal.base.InvalidInputException;
import org.assemblyportal.base.ui.FieldErrors;
import org.assemblyportal.base.ui.LocalizedFormats;
import org.assemblyportal.jurisdiction.JurisdictionService;
import org.assemblyportal.security.Roles;
import org.springframework.beans.factory.ObjectProvider;

/** One case: what it is about, who works on it, and (for those who run it) inviting more people. */
@Route("cases/:caseId")
@RolesAllowed({Roles.ORGANIZER, Roles.MONITOR, Roles.LAWYER, Roles.ADMIN})
class CaseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID_TITLE = "case-title";
    static final String ID_MEMBERS = "case-members";
    static final String ID_INVITE_USERNAME = "invite-username";
    static final String ID_INVITE_ROLE = "invite-role";
    static final String ID_INVITE = "invite-submit";
    static final String ID_OPEN_DRAFT = "case-open-draft";

    private final CaseService cases;
    private final JurisdictionService jurisdictions;
    private final CaseProgressService progress;
    private final FilingService filings;
    private final ApplicationPdfService pdfs;
    private final ObjectProvider<CaseSection> sections;
    private CaseDetails details;

    CaseView(CaseService cases, JurisdictionService jurisdictions, CaseProgressService progress, FilingService filings,
            ApplicationPdfService pdfs, ObjectProvider<CaseSection> sections) {
        this.cases = cases;
        this.jurisdictions = jurisdictions;
        this.progress = progress;
        this.filings = filings;
        this.pdfs = pdfs;
        this.sections = sections;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            var caseId = UUID.fromString(event.getRouteParameters().get("caseId").orElse(""));
            details = cases.get(caseId);
            render();
        } catch (IllegalArgumentException | org.assemblyportal.base.NotFoundException notVisible) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void render() {
        removeAll();
        var back = new RouterLink(getTranslation("case.back"), MyCasesView.class);
        var title = new H2(details.title());
        title.setId(ID_TITLE);
        add(back, title, facts());
        // The layout's scroll area keeps its position across navigation; a case page opens at its top.
        title.scrollIntoView();
        if (details.myRole().draftsApplication()) {
            jurisdictions.jurisdiction(details.jurisdictionCode()).ifPresent(j ->
                    add(new CaseProgressSection(progress, filings, pdfs, details.id(), j)));
        }
        sections.orderedStream().forEach(section -> section.create(details).ifPresent(this::add));
        add(membersSection());
    }

    private FlexLayout facts() {
        var jurisdiction = jurisdictions.find(details.jurisdictionCode()).map(j -> j.name(getLocale()))
                .orElse(details.jurisdictionCode());
        var facts = new FlexLayout(fact("case.jurisdiction", jurisdiction),
                fact("case.planned-date", LocalizedFormats.date(details.plannedDate(), getLocale())),
                fact("case.my-role", getTranslation(details.myRole().messageKey())));
        facts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        facts.addClassNames(LumoUtility.Gap.LARGE);
        return facts;
    }

    private Div fact(String labelKey, String value) {
        var label = new Span(getTranslation(labelKey));
        label.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY, LumoUtility.Display.BLOCK);
        var text = new Span(value);
        text.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        return new Div(label, text);
    }

    private VerticalLayout membersSection() {
        var grid = new Grid<CaseMember>();
        grid.setId(ID_MEMBERS);
        grid.addColumn(CaseMember::displayName).setHeader(getTranslation("case.member.name"));
        grid.addColumn(CaseMember::username).setHeader(getTranslation("users.username"));
        grid.addColumn(m -> getTranslation(m.role().messageKey())).setHeader(getTranslation("case.member.role"));
        grid.setItems(details.members());
        grid.setAllRowsVisible(true);
        var section = new VerticalLayout(new H3(getTranslation("case.members")), grid);
        section.setPadding(false);
        if (details.mayInvite()) {
            section.add(inviteForm());
        }
        return section;
    }

    private FlexLayout inviteForm() {
        var username = new TextField(getTranslation("case.invite.username"));
        username.setId(ID_INVITE_USERNAME);
        username.setWidth("20rem");
        var role = new ComboBox<CaseRole>(getTranslation("case.member.role"));
        role.setId(ID_INVITE_ROLE);
        role.setItems(Arrays.stream(CaseRole.values()).filter(r -> r != CaseRole.ORGANIZER).toList());
        role.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        var errors = new FieldErrors(Map.of("username", username, "role", role));
        var invite = new Button(getTranslation("case.invite"), click -> {
            try {
                details = cases.invite(details.id(), new Invitation(username.getValue(), role.getValue()));
                Notification.show(getTranslation("case.invite.done"), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                render();
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        invite.setId(ID_INVITE);
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FlexLayout(username, role, invite);
        form.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        form.setAlignItems(Alignment.BASELINE);
        form.addClassNames(LumoUtility.Gap.MEDIUM);
        return form;
    }

    @Override
    public String getPageTitle() {
        return details == null ? getTranslation("case.page") : details.title();
    }
}
