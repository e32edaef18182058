package org.assemblyportal.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import org.assemblyportal.base.InvalidInputException;
import org.assemblyportal.base.SignedInUser;
import org.assemblyportal.base.ui.FieldErrors;
import org.assemblyportal.base.ui.LanguageSelect;
import org.assemblyportal.security.SignUp;
import org.assemblyportal.security.UserService;

/** Opens an organizer account. Monitors and lawyers get their accounts from an administrator. */
@Route(value = "signup", autoLayout = false)
@AnonymousAllowed
public class SignUpView extends VerticalLayout implements HasDynamicTitle {

    public static final String ID_USERNAME = "signup-username";
    public static final String ID_DISPLAY_NAME = "signup-display-name";
    public static final String ID_PASSWORD = "signup-password";
    public static final String ID_SUBMIT = "signup-submit";

    SignUpView(UserService users, SignedInUser signedInUser) {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setMaxWidth("32rem");
        getStyle().set("margin", "0 auto");

        var username = new TextField(getTranslation("signup.username"));
        username.setId(ID_USERNAME);
        username.setHelperText(getTranslation("signup.username.help"));
        username.setRequiredIndicatorVisible(true);
        username.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.USERNAME);
        var displayName = new TextField(getTranslation("signup.display-name"));
        displayName.setId(ID_DISPLAY_NAME);
        displayName.setHelperText(getTranslation("signup.display-name.help"));
        displayName.setRequiredIndicatorVisible(true);
        var password = new PasswordField(getTranslation("signup.password"));
        password.setId(ID_PASSWORD);
        password.setHelperText(getTranslation("signup.password.help"));
        password.setRequiredIndicatorVisible(true);
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);

        var fields = new FieldErrors(Map.of("username", username, "displayName", displayName, "password", password));
        var submit = new Button(getTranslation("signup.submit"), click -> {
            fields.clear();
            try {
                users.signUp(new SignUp(username.getValue(), displayName.getValue(), password.getValue()));
                getUI().ifPresent(ui -> ui.getPage().setLocation("login?signed-up"));
            } catch (InvalidInputException invalid) {
                fields.show(invalid);
            }
        });
        submit.setId(ID_SUBMIT);
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(com.vaadin.flow.component.Key.ENTER);

        var form = new FormLayout(username, displayName, password);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new LanguageSelect(signedInUser), new H1(getTranslation("signup.title")),
                new Paragraph(getTranslation("signup.intro")), form, submit,
                new Anchor("login", getTranslation("signup.have-account")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signup.title") + " · " + getTranslation("app.name");
    }
}
