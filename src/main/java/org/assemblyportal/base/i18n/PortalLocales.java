package org.assemblyportal.base.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages the portal speaks. English is the fallback for anything unknown. */
public final class PortalLocales {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    public static final Locale KAZAKH = Locale.forLanguageTag("kk");
    public static final List<Locale> SUPPORTED = List.of(KAZAKH, RUSSIAN, ENGLISH);

    private PortalLocales() {
    }

    /** The supported locale with the same language as the given one, if there is one. */
    public static Optional<Locale> match(Locale locale) {
        if (locale == null) {
            return Optional.empty();
        }
        return SUPPORTED.stream()
                .filter(supported -> supported.getLanguage().equals(locale.getLanguage()))
                .findFirst();
    }

    public static Locale fromTag(String languageTag) {
        return languageTag == null ? ENGLISH : match(Locale.forLanguageTag(languageTag)).orElse(ENGLISH);
    }

    public static boolean isSupportedTag(String languageTag) {
        return languageTag != null && match(Locale.forLanguageTag(languageTag)).isPresent();
    }
}
