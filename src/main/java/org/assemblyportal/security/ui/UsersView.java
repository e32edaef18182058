package org.assemblyportal.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.Map;
import java.util.stream.Collectors;
import org.assemblyportal.base.InvalidInputException;
import org.assemblyportal.base.ui.FieldErrors;
import org.assemblyportal.security.GlobalRole;
import org.assemblyportal.security.NewUser;
import org.assemblyportal.security.Roles;
import org.assemblyportal.security.UserService;
import org.assemblyportal.security.UserSummary;

/** Administrators open accounts, give global roles and disable accounts. */
@Route("admin/users")
@Menu(order = 100, icon = "vaadin:users", title = "menu.users")
@RolesAllowed(Roles.ADMIN)
class UsersView extends VerticalLayout implements HasDynamicTitle {

    static final String ID_GRID = "users-grid";
    static final String ID_ADD = "users-add";

    private final UserService users;
    private final Grid<UserSummary> grid = new Grid<>();

    UsersView(UserService users) {
        this.users = users;
        var add = new Button(getTranslation("users.add"), click -> openEditor(null));
        add.setId(ID_ADD);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setId(ID_GRID);
        grid.addColumn(UserSummary::username).setHeader(getTranslation("users.username")).setSortProperty("username");
        grid.addColumn(UserSummary::displayName).setHeader(getTranslation("users.display-name"))
                .setSortProperty("displayName");
        grid.addColumn(u -> u.roles().stream().sorted().map(r -> getTranslation(r.messageKey()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("users.roles"));
        grid.addColumn(u -> getTranslation(u.enabled() ? "users.enabled" : "users.disabled"))
                .setHeader(getTranslation("users.status"));
        grid.addComponentColumn(u -> new Button(getTranslation("users.edit"), click -> openEditor(u)))
                .setHeader(getTranslation("users.actions"));
        grid.setItemsPageable(pageable -> users.users(pageable).getContent());
        grid.setEmptyStateText(getTranslation("users.empty"));
        add(new H2(getTranslation("users.title")), add, grid);
        setSizeFull();
    }

    /** One dialog for a new account (user == null) and for changing an existing one's access. */
    private void openEditor(UserSummary user) {
        var dialog = new Dialog(getTranslation(user == null ? "users.add" : "users.edit"));
        var username = new TextField(getTranslation("users.username"));
        var displayName = new TextField(getTranslation("users.display-name"));
        var password = new PasswordField(getTranslation("signup.password"));
        var roles = new CheckboxGroup<GlobalRole>(getTranslation("users.roles"));
        roles.setItems(GlobalRole.values());
        roles.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        var enabled = new Checkbox(getTranslation("users.enabled"), true);
        var form = new FormLayout();
        if (user == null) {
            form.add(username, displayName, password);
        } else {
            roles.setValue(user.roles().isEmpty() ? EnumSet.noneOf(GlobalRole.class) : EnumSet.copyOf(user.roles()));
            enabled.setValue(user.enabled());
        }
        form.add(roles, enabled);
        var errors = new FieldErrors(Map.of("username", username, "displayName", displayName, "password", password,
                "roles", roles));
        var save = new Button(getTranslation("common.save"), click -> {
            try {
                if (user == null) {
                    users.createUser(new NewUser(username.getValue(), displayName.getValue(), password.getValue(),
                            roles.getValue()));
                } else {
                    users.updateAccess(user.id(), roles.getValue(), enabled.getValue());
                }
                dialog.close();
                grid.getDataProvider().refreshAll();
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title");
    }
}
