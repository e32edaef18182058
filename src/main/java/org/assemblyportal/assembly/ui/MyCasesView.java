package org.assemblyportal.assembly.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.assemblyportal.assembly.CaseService;
import org.assemblyportal.assembly.CaseSummary;
import org.assemblyportal.base.ui.LocalizedFormats;
import org.assemblyportal.jurisdiction.JurisdictionService;
import org.assemblyportal.security.Roles;

/** The signed-in user's cases, newest assembly first, loaded page by page. */
@Route("cases")
@RouteAlias("")
@Menu(order = 10, icon = "vaadin:folder-open", title = "menu.cases")
@RolesAllowed({Roles.ORGANIZER, Roles.MONITOR, Roles.LAWYER, Roles.ADMIN})
class MyCasesView extends VerticalLayout implements HasDynamicTitle {

    static final String ID_GRID = "cases-grid";
    static final String ID_NEW = "case-new";

    MyCasesView(CaseService cases, JurisdictionService jurisdictions, AuthenticationContext authentication) {
        setSizeFull();
        var grid = new Grid<CaseSummary>();
        grid.setId(ID_GRID);
        grid.addColumn(CaseSummary::title).setHeader(getTranslation("case.title")).setSortProperty("title")
                .setFlexGrow(3);
        grid.addColumn(c -> jurisdictions.find(c.jurisdictionCode()).map(j -> j.name(getLocale()))
                .orElse(c.jurisdictionCode())).setHeader(getTranslation("case.jurisdiction"))
                .setSortProperty("jurisdictionCode");
        grid.addColumn(c -> LocalizedFormats.date(c.plannedDate(), getLocale()))
                .setHeader(getTranslation("case.planned-date")).setSortProperty("plannedDate");
        grid.addColumn(c -> getTranslation(c.myRole().messageKey())).setHeader(getTranslation("case.my-role"));
        grid.setItemsPageable(pageable -> cases.myCases(pageable).getContent());
        grid.setEmptyStateText(getTranslation("cases.empty"));
        grid.addItemClickListener(click -> CaseNavigation.openCase(click.getItem().id()));
        grid.setSizeFull();

        var title = new H2(getTranslation("cases.title"));
        var header = new HorizontalLayout(title);
        header.setWidthFull();
        header.setAlignItems(Alignment.CENTER);
        var spacer = new Span();
        header.add(spacer);
        header.setFlexGrow(1, spacer);
        if (authentication.hasAnyRole(Roles.ORGANIZER, Roles.LAWYER)) {
            var create = new Button(getTranslation("cases.new"), VaadinIcon.PLUS.create(),
                    click -> new NewCaseDialog(cases, jurisdictions, created -> CaseNavigation.openCase(created.id()))
                            .open());
            create.setId(ID_NEW);
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(create);
        }
        add(header, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cases.title");
    }
}
