package org.assemblyportal.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.assemblyportal.base.SignedInUser;
import org.assemblyportal.base.i18n.PortalLocales;

/**
 * Lets anyone switch between Kazakh, Russian and English. The choice applies to the whole session
 * and is stored for a signed-in user; the page reloads so that every text follows.
 */
public class LanguageSelect extends Select<Locale> {

    public static final String ID = "language-select";
    static final String CHOSEN_BEFORE_LOGIN = "portal.language-chosen-before-login";

    public LanguageSelect(SignedInUser signedInUser) {
        setId(ID);
        setWidth("9.5rem");
        setAriaLabel(getTranslation("language.label"));
        setItems(PortalLocales.SUPPORTED);
        setItemLabelGenerator(LanguageSelect::autonym);
        setValue(PortalLocales.match(UI.getCurrent().getLocale()).orElse(PortalLocales.ENGLISH));
        addValueChangeListener(event -> {
            if (!event.isFromClient() || event.getValue() == null) {
                return;
            }
            var session = VaadinSession.getCurrent();
            session.setLocale(event.getValue());
            if (signedInUser.displayName().isPresent()) {
                signedInUser.rememberLocale(event.getValue());
            } else {
                session.setAttribute(CHOSEN_BEFORE_LOGIN, Boolean.TRUE);
            }
            UI.getCurrent().getPage().reload();
        });
    }

    /** Each language is named in itself, so people find their own language whatever is shown. */
    static String autonym(Locale locale) {
        var name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? locale.getLanguage() : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
