package org.assemblyportal.jurisdiction;

/**
 * Where a rule comes from: the act, the article or section, a link, and whether someone checked
 * the rule against the authoritative text ({@code verified}). Unverified rules are shown as such.
 */
public record Citation(String act, String article, String url, boolean verified) {

    /** "Act, article" as a lawyer would cite it. */
    public String text() {
        return article == null || article.isBlank() ? act : act + ", " + article;
    }
}
