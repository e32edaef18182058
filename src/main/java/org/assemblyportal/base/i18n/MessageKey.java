package org.assemblyportal.base.i18n;

/** An argument of a message that is itself translated, such as the name of an ID number. */
public record MessageKey(String key) {

    /**
     * Replaces each {@code MessageKey} argument by its translation, each {@link LocalizedText} by
     * its text in the locale and each {@link java.time.LocalDate} by the day written out as the
     * language writes it in a sentence ({@link LegalDates#longDate}).
     */
    public static Object[] resolve(Object[] arguments, java.util.function.Function<String, String> translate,
            java.util.Locale locale) {
        var resolved = arguments.clone();
        for (var i = 0; i < resolved.length; i++) {
            if (resolved[i] instanceof MessageKey key) {
                resolved[i] = translate.apply(key.key());
            } else if (resolved[i] instanceof LocalizedText text) {
                resolved[i] = text.in(locale);
            } else if (resolved[i] instanceof java.time.LocalDate date) {
                resolved[i] = LegalDates.longDate(date, locale);
            }
        }
        return resolved;
    }
}
