package org.assemblyportal.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.assemblyportal.base.LocalizedException;
import org.assemblyportal.base.SignedInUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Sets up every Vaadin session: a global error handler that shows a translated message (with an
 * incident id for unexpected failures, never a stack trace) and the user's chosen language.
 */
@Component
class ShellInitializer implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ShellInitializer.class);

    private final SignedInUser signedInUser;

    ShellInitializer(SignedInUser signedInUser) {
        this.signedInUser = signedInUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            var ui = UI.getCurrent();
            var message = messageFor(error.getThrowable(), ui);
            if (ui != null) {
                ui.access(() -> showError(message));
            }
        }));
        event.getSource().addUIInitListener(init -> applyLanguage(init.getUI()));
    }

    private String messageFor(Throwable throwable, UI ui) {
        for (var cause = throwable; cause != null; cause = cause.getCause()) {
            if (cause instanceof LocalizedException localized) {
                return ui == null ? localized.messageKey()
                        : ui.getTranslation(localized.messageKey(), localized.messageArguments());
            }
            if (cause instanceof AccessDeniedException) {
                return ui == null ? "error.forbidden" : ui.getTranslation("error.forbidden");
            }
        }
        var incident = Incidents.newId();
        log.error("Incident {}: unexpected error in the UI", incident, throwable);
        return ui == null ? incident : ui.getTranslation("error.unexpected", incident);
    }

    private static void showError(String message) {
        var notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setId("error-notification");
    }

    /**
     * A language picked before signing in is stored for the user on the first page after it; else
     * the user's stored language wins over the browser's.
     */
    private void applyLanguage(UI ui) {
        var session = ui.getSession();
        if (Boolean.TRUE.equals(session.getAttribute(LanguageSelect.CHOSEN_BEFORE_LOGIN))
                && signedInUser.displayName().isPresent()) {
            signedInUser.rememberLocale(session.getLocale());
            session.setAttribute(LanguageSelect.CHOSEN_BEFORE_LOGIN, null);
        } else {
            signedInUser.preferredLocale().ifPresent(locale -> useLocale(session, ui, locale));
        }
    }

    private static void useLocale(VaadinSession session, UI ui, java.util.Locale locale) {
        session.setLocale(locale);
        ui.setLocale(locale);
    }
}
