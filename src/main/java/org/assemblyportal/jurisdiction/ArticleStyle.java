package org.assemblyportal.jurisdiction;

import java.util.ArrayList;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Writes an article reference as a lawyer of the language does. Rule files cite Kazakh law in one
 * neutral form ("Art. 14(1)(10)", "Arts. 11(2), 13(2)"): article, paragraph (пункт, тармақ) and
 * subparagraph (подпункт, тармақша). Russian lists them from the article down ("статья 14, пункт 1,
 * подпункт 10)"), Kazakh in the genitive chain ("14-баптың 1-тармағының 10) тармақшасы"). Anything
 * else (a section "s.11(5)", a rule "r. 54.5(1)", a paragraph of guidelines) is left as written:
 * those acts are cited in English, the language they are made in.
 */
public final class ArticleStyle {

    private static final Pattern LIST = Pattern.compile("^Arts?\\.\\s*(.+)$");
    private static final Pattern ONE = Pattern.compile("^(\\d+)(?:\\((\\d+)\\))?(?:\\((\\d+)\\))?$");

    private ArticleStyle() {
    }

    public static String format(String article, Locale locale) {
        if (article == null || article.isBlank()) {
            return article;
        }
        var language = locale.getLanguage();
        if (!language.equals("ru") && !language.equals("kk")) {
            return article;
        }
        var list = LIST.matcher(article.strip());
        if (!list.matches()) {
            return article;
        }
        var parts = new ArrayList<String>();
        for (var reference : list.group(1).split("\\s*(?:,|\\band\\b)\\s*")) {
            var one = ONE.matcher(reference.strip());
            if (!one.matches()) {
                return article;
            }
            parts.add(language.equals("ru") ? russian(one.group(1), one.group(2), one.group(3))
                    : kazakh(one.group(1), one.group(2), one.group(3)));
        }
        return String.join(language.equals("ru") ? "; " : ", ", parts);
    }

    private static String russian(String article, String paragraph, String subparagraph) {
        var text = new StringBuilder("статья ").append(article);
        if (paragraph != null) {
            text.append(", пункт ").append(paragraph);
        }
        if (subparagraph != null) {
            text.append(", подпункт ").append(subparagraph).append(')');
        }
        return text.toString();
    }

    private static String kazakh(String article, String paragraph, String subparagraph) {
        if (paragraph == null) {
            return article + "-бап";
        }
        if (subparagraph == null) {
            return article + "-баптың " + paragraph + "-тармағы";
        }
        return article + "-баптың " + paragraph + "-тармағының " + subparagraph + ") тармақшасы";
    }
}
