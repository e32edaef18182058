package org.assemblyportal.base.i18n;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Dates written out as a lawyer of the language writes them inside a sentence: "16 February 2022",
 * "16 февраля 2022 г.", "2022 жылғы 16 ақпан". Month names are spelled out here rather than taken
 * from the JDK's locale data, so a document reads the same on every machine. Pure.
 */
public final class LegalDates {

    /** Russian months in the genitive, as after a day number. */
    private static final List<String> RUSSIAN = List.of("января", "февраля", "марта", "апреля", "мая", "июня", "июля",
            "августа", "сентября", "октября", "ноября", "декабря");
    private static final List<String> KAZAKH = List.of("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде",
            "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан");
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private LegalDates() {
    }

    /** The day written out: en "16 February 2022", ru "16 февраля 2022 г.", kk "2022 жылғы 16 ақпан". */
    public static String longDate(LocalDate date, Locale locale) {
        var month = date.getMonthValue() - 1;
        return switch (locale.getLanguage()) {
            case "ru" -> date.getDayOfMonth() + " " + RUSSIAN.get(month) + " " + date.getYear() + " г.";
            case "kk" -> date.getYear() + " жылғы " + date.getDayOfMonth() + " " + KAZAKH.get(month);
            default -> ENGLISH.format(date);
        };
    }

    /** The day written out and the time: "8 марта 2022 г., 11:00". */
    public static String longDateTime(LocalDateTime dateTime, Locale locale) {
        return longDate(dateTime.toLocalDate(), locale) + ", " + TIME.format(dateTime);
    }

    /**
     * The text with no doubled full stop after an inserted value that ends with one: "до 16 февраля
     * 2022 г." closes the sentence "… до {0}." by itself. Only the values given are looked at, so an
     * ellipsis the translator wrote stays.
     */
    public static String closeSentences(String text, Object... values) {
        if (text == null || values == null) {
            return text;
        }
        var result = text;
        for (var value : values) {
            if (value instanceof String inserted && inserted.length() > 1 && inserted.endsWith(".")
                    && !inserted.endsWith("..")) {
                result = result.replace(inserted + ".", inserted);
            }
        }
        return result;
    }
}
