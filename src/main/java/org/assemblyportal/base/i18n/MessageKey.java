package org.assemblyportal.base.i18n;

/** An argument of a message that is itself translated, such as the name of an ID number. */
public record MessageKey(String key) {

    /**
     * Replaces each {@code MessageKey} argument by its translation and each {@link LocalizedText}
     * by its text in the locale.
     */
    public static Object[] resolve(Object[] arguments, java.util.function.Function<String, String> translate,
            java.util.Locale locale) {
        var resolved = arguments.clone();
        for (var i = 0; i < resolved.length; i++) {
            if (resolved[i] instanceof MessageKey key) {
                resolved[i] = translate.apply(key.key());
            } else if (resolved[i] instanceof LocalizedText text) {
                resolved[i] = text.in(locale);
            }
        }
        return resolved;
    }
}
