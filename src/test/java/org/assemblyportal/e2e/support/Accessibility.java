package org.assemblyportal.e2e.support;

import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import org.openqa.selenium.WebDriver;

/** The page's WCAG 2.2 A/AA findings by axe-core, one line each: rule, impact, where. */
public final class Accessibility {

    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private Accessibility() {
    }

    public static List<String> violations(WebDriver driver) {
        VaadinWait.untilIdle(driver);
        var results = new AxeBuilder().withTags(WCAG).analyze(driver);
        return results.getViolations().stream()
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getNodes().stream()
                        .map(node -> node.getTarget() + owner(driver, String.valueOf(node.getTarget()))).limit(3).toList())
                .toList();
    }

    private static final String OWNER = "let e = document.querySelector(arguments[0]);"
            + " while (e && (!e.id || e.id.startsWith('input-') || e.id.startsWith('label-'))) { e = e.parentElement; }"
            + " return e ? e.id : '';";

    /** The nearest element with an id of our own around a finding, so the report says which field it is. */
    private static String owner(WebDriver driver, String target) {
        var selector = target.replaceAll("^\\[+|\\]+$", "");
        try {
            var id = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(OWNER, selector);
            return id == null || id.toString().isEmpty() ? "" : " in #" + id;
        } catch (RuntimeException notFound) {
            return "";
        }
    }
}
