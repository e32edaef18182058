package org.assemblyportal.assembly;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.assemblyportal.base.i18n.LegalDates;
import org.springframework.context.MessageSource;

/**
 * Fixed text of a document in its languages, from the portal's translations. A missing key fails
 * loudly (NoSuchMessageException) rather than printing the key on a paper filed with an authority.
 */
final class DocumentText {

    /** How texts of two languages are put side by side within one line. */
    static final String BETWEEN_LANGUAGES = " / ";

    private final MessageSource messages;
    private final List<Locale> languages;

    DocumentText(MessageSource messages, List<Locale> languages) {
        this.messages = messages;
        this.languages = List.copyOf(languages);
    }

    List<Locale> languages() {
        return languages;
    }

    String get(String key, Locale language, Object... arguments) {
        return messages.getMessage(key, arguments.length == 0 ? null : arguments, language);
    }

    /** The text in each language, in the document's order. */
    List<String> each(String key, Object... arguments) {
        return languages.stream().map(language -> get(key, language, arguments)).toList();
    }

    /** The text in each language on one line; once if the languages happen to agree. */
    String joined(String key, Object... arguments) {
        return join(each(key, arguments));
    }

    /** A date and time as each language writes it, e.g. "8 марта 2022 г., 11:00", "2022 жылғы 8 наурыз, 11:00". */
    List<String> dateTime(LocalDateTime value) {
        return languages.stream().map(language -> LegalDates.longDateTime(value, language)).toList();
    }

    static String join(List<String> texts) {
        return String.join(BETWEEN_LANGUAGES, texts.stream().distinct().toList());
    }
}
