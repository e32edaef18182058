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
                        .map(node -> String.valueOf(node.getTarget())).limit(3).toList())
                .toList();
    }
}
