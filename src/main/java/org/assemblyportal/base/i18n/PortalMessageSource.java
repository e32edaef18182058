package org.assemblyportal.base.i18n;

import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.ObjectUtils;

/**
 * The portal's translations with plural forms by each language's rules (decision 019). A message
 * whose pattern uses ICU's {@code plural}, {@code selectordinal} or {@code select} is formatted by
 * ICU4J's MessageFormat ("{0, plural, one {# день} few {# дня} many {# дней} other {# дня}}"); every
 * other message stays with Spring's {@link java.text.MessageFormat}, as before. Either way, a
 * {@code LocalDate} argument is written out ({@link LegalDates#longDate}), and a value that ends with
 * a full stop ("г.") closes its sentence without a second one.
 */
public class PortalMessageSource extends ResourceBundleMessageSource {

    private static final Pattern ICU_ONLY = Pattern.compile("\\{\\s*\\w+\\s*,\\s*(plural|selectordinal|select)\\s*,");

    /** The portal's translation files, as the application and the tests read them. */
    public static PortalMessageSource translations() {
        var source = new PortalMessageSource();
        source.setBasename("vaadin-i18n/translations");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    /** A {@link java.time.LocalDate} argument is the day written out in the message's language. */
    @Override
    protected Object[] resolveArguments(Object[] args, Locale locale) {
        var resolved = super.resolveArguments(args, locale);
        for (var i = 0; i < resolved.length; i++) {
            if (resolved[i] instanceof java.time.LocalDate date) {
                resolved[i] = LegalDates.longDate(date, locale);
            }
        }
        return resolved;
    }

    @Override
    protected String getMessageInternal(String code, Object[] args, Locale locale) {
        if (code == null) {
            return null;
        }
        var language = locale == null ? Locale.getDefault() : locale;
        if (!ObjectUtils.isEmpty(args)) {
            var pattern = resolveCodeWithoutArguments(code, language);
            if (pattern != null && ICU_ONLY.matcher(pattern).find()) {
                var arguments = resolveArguments(args, language);
                var text = new com.ibm.icu.text.MessageFormat(pattern, ULocale.forLocale(language)).format(arguments);
                return LegalDates.closeSentences(text, arguments);
            }
        }
        var text = super.getMessageInternal(code, args, language);
        return ObjectUtils.isEmpty(args) ? text : LegalDates.closeSentences(text, resolveArguments(args, language));
    }
}
