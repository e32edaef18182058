package org.assemblyportal.jurisdiction;

import java.util.Locale;
import java.util.Map;

/**
 * Where a rule comes from: the act (its official title per language where it has one, {@code act}
 * in English), the article or section, a link (per language where the official site has one), whether
 * someone checked the rule against the official publication ({@code verified}; a mirror or a news
 * story never counts), and when the rule was in force. Unverified rules are shown as such.
 */
public record Citation(String act, String article, String url, boolean verified, Map<String, String> titles,
        Map<String, String> urls, InForce inForce) {

    public Citation {
        titles = titles == null ? Map.of() : Map.copyOf(titles);
        urls = urls == null ? Map.of() : Map.copyOf(urls);
        inForce = inForce == null ? InForce.ALWAYS : inForce;
    }

    public Citation(String act, String article, String url, boolean verified) {
        this(act, article, url, verified, Map.of(), Map.of(), InForce.ALWAYS);
    }

    /** "Act, article" as a lawyer would cite it, in English. */
    public String text() {
        return article == null || article.isBlank() ? act : act + ", " + article;
    }

    /** The act's official title in {@code locale}'s language, else the English one. */
    public String act(Locale locale) {
        var title = titles.get(locale.getLanguage());
        return title == null || title.isBlank() ? act : title;
    }

    /** The official text in {@code locale}'s language where the publisher has one, else the default link. */
    public String url(Locale locale) {
        var localized = urls.get(locale.getLanguage());
        return localized == null ? url : localized;
    }

    /** The article as that language writes it ("пункт 1 статьи 12", "12-баптың 1-тармағы"). */
    public String article(Locale locale) {
        return ArticleStyle.format(article, locale);
    }

    /** "Act, article" in {@code locale}'s language and style. */
    public String text(Locale locale) {
        var localizedArticle = article(locale);
        return localizedArticle == null || localizedArticle.isBlank() ? act(locale) : act(locale) + ", " + localizedArticle;
    }

    /** The same citation with the article of another provision of the same act. */
    public Citation withArticle(String otherArticle) {
        return new Citation(act, otherArticle, url, verified, titles, urls, inForce);
    }
}
