package org.assemblyportal.pdf;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds Latin-script words in a Kazakh or Russian document that nobody typed: an English label, an
 * enum name, "Art.", "s.", a file-type word. Not counted: links, a SHA-256 in hex, Roman numerals
 * (an act's number "333-VI"), and the words of the values given as allowed (what the user typed, the
 * case reference). Words are compared one by one, so a value wrapped across lines still counts as typed.
 */
public final class LatinScript {

    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Pattern DIGEST = Pattern.compile("\\b[0-9a-f]{64}\\b");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{2,}");
    private static final Pattern ROMAN = Pattern.compile("[IVXLCDM]+");

    private LatinScript() {
    }

    /** The Latin-script words of {@code text} that are not in {@code allowed}, in order of appearance. */
    public static List<String> strayWords(String text, Collection<String> allowed) {
        var typed = new java.util.HashSet<String>();
        for (var value : allowed) {
            WORD.matcher(value).results().forEach(word -> typed.add(word.group()));
        }
        var rest = DIGEST.matcher(URL.matcher(text).replaceAll(" ")).replaceAll(" ");
        Set<String> stray = new LinkedHashSet<>();
        WORD.matcher(rest).results().map(word -> word.group())
                .filter(word -> !typed.contains(word) && !ROMAN.matcher(word).matches())
                .forEach(stray::add);
        return List.copyOf(stray);
    }
}
