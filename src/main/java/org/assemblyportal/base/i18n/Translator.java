package org.assemblyportal.base.i18n;

import java.util.Locale;
import org.assemblyportal.base.InvalidInputException.FieldViolation;
import org.assemblyportal.base.LocalizedException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns translation keys into text for a locale, outside Vaadin components (API, PDFs, mails). */
@Component
public class Translator {

    private final MessageSource messages;

    Translator(MessageSource messages) {
        this.messages = messages;
    }

    public String translate(Locale locale, String key, Object... arguments) {
        var supported = PortalLocales.match(locale).orElse(PortalLocales.ENGLISH);
        var resolved = MessageKey.resolve(arguments, nested -> messages.getMessage(nested, null, nested, supported), supported);
        return messages.getMessage(key, resolved, key, supported);
    }

    public String translate(Locale locale, LocalizedException exception) {
        return translate(locale, exception.messageKey(), exception.messageArguments());
    }

    public String translate(Locale locale, FieldViolation violation) {
        return translate(locale, violation.messageKey(), violation.arguments().toArray());
    }
}
