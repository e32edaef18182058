package org.assemblyportal.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.assemblyportal.base.SignedInUser;
import org.assemblyportal.base.ui.LanguageSelect;
import org.assemblyportal.security.LoginThrottledException;
import org.springframework.security.web.WebAttributes;

/** Sign-in page. Offers the language choice and the way to open an organizer account. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ID_FORM = "login-form";
    public static final String ID_SIGN_UP = "sign-up-link";
    public static final String ID_SIGNED_UP = "signed-up-notice";

    private final LoginForm form = new LoginForm();

    LoginView(SignedInUser signedInUser) {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        addClassName("login-view");

        var language = new LanguageSelect(signedInUser);
        var title = new H1(getTranslation("app.name"));
        title.addClassNames(LumoUtility.FontSize.XXLARGE);
        var tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.TextAlignment.CENTER);

        form.setId(ID_FORM);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n(null));

        var signUp = new Anchor("signup", getTranslation("login.sign-up"));
        signUp.setId(ID_SIGN_UP);
        add(language, title, tagline, form, signUp);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("error")) {
            form.setI18n(i18n(lastFailure()));
            form.setError(true);
        }
        if (parameters.containsKey("signed-up")) {
            var notice = new Paragraph(getTranslation("signup.done"));
            notice.setId(ID_SIGNED_UP);
            notice.addClassNames(LumoUtility.TextColor.SUCCESS);
            addComponentAtIndex(3, notice);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }

    private static Object lastFailure() {
        var session = VaadinSession.getCurrent();
        return session == null ? null : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    /** The error message never says whether the name or the password was wrong. */
    private LoginI18n i18n(Object failure) {
        var i18n = LoginI18n.createDefault();
        var formText = i18n.getForm();
        formText.setTitle(getTranslation("login.title"));
        formText.setUsername(getTranslation("login.username"));
        formText.setPassword(getTranslation("login.password"));
        formText.setSubmit(getTranslation("login.submit"));
        formText.setForgotPassword("");
        var error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(failure instanceof LoginThrottledException throttled
                ? getTranslation("login.throttled", throttled.waitSeconds())
                : getTranslation("login.error.message"));
        error.setUsername(getTranslation("validation.required"));
        error.setPassword(getTranslation("validation.required"));
        return i18n;
    }
}
