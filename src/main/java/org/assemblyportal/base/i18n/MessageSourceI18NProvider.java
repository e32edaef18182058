package org.assemblyportal.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * Gives Vaadin the same translations that the REST API uses (Spring's MessageSource over
 * {@code vaadin-i18n/translations*.properties}), so the UI and the API never disagree.
 */
@Component
class MessageSourceI18NProvider implements I18NProvider {

    private final MessageSource messages;

    MessageSourceI18NProvider(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return PortalLocales.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            var supported = PortalLocales.match(locale).orElse(PortalLocales.ENGLISH);
            var resolved = MessageKey.resolve(params, nested -> messages.getMessage(nested, null, nested, supported), supported);
            return messages.getMessage(key, resolved, supported);
        } catch (NoSuchMessageException missing) {
            // Show the key rather than fail: a missing key is a bug that I18nKeysTest should catch.
            return "!" + key;
        }
    }
}
