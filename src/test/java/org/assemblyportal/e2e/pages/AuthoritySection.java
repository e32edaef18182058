package org.assemblyportal.e2e.pages;

import java.time.Duration;
import java.util.List;
import org.assemblyportal.e2e.support.VaadinWait;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The lawyer's part of the case page: the authority's responses with the compliance findings, the
 * stated claims, and the appeal pack.
 */
public class AuthoritySection extends Page {

    AuthoritySection(WebDriver driver, String baseUrl) {
        super(driver, baseUrl);
    }

    public static AuthoritySection of(CasePage page) {
        return new AuthoritySection(page.driver, page.baseUrl);
    }

    /** Logs a response through the dialog; {@code ground} and {@code outcome} are labels as shown. */
    public AuthoritySection logResponse(String receivedAt, String decisionDate, String channel, String outcome,
            String ground, String reason) {
        click(By.id("response-log"));
        setValue(By.id("response-received-at"), receivedAt);
        setValue(By.id("response-decision-date"), decisionDate);
        choose(By.id("response-channel"), "vaadin-select-overlay", "vaadin-select-item", channel);
        choose(By.id("response-outcome"), "vaadin-select-overlay", "vaadin-select-item", outcome);
        var grounds = VaadinWait.visible(driver, By.cssSelector("#response-grounds input"));
        grounds.click();
        grounds.sendKeys(ground);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-multi-select-combo-box-item[starts-with(normalize-space(.), '" + ground + "')]"))).click();
        grounds.sendKeys(org.openqa.selenium.Keys.TAB);
        VaadinWait.untilIdle(driver);
        typeBelowTheFold(By.cssSelector("#response-reason textarea"), reason);
        click(By.id("response-submit"));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.invisibilityOfElementLocated(
                By.id("response-submit")));
        return this;
    }

    /** The kinds of the compliance findings shown (data-kind), e.g. ANSWER_LATE. */
    public List<String> findingKinds() {
        VaadinWait.untilIdle(driver);
        return driver.findElements(By.cssSelector("#case-findings [data-kind]")).stream()
                .map(e -> e.getDomAttribute("data-kind")).toList();
    }

    public String findingsText() {
        return VaadinWait.visible(driver, By.id("case-findings")).getText();
    }

    /** Records a claim of the given type (label as shown) on the route segments with these labels. */
    public AuthoritySection recordClaim(String type, List<String> whereLabels, String quote) {
        click(By.id("claim-record"));
        choose(By.id("claim-type"), "vaadin-select-overlay", "vaadin-select-item", type);
        for (var label : whereLabels) {
            var box = VaadinWait.visible(driver, By.xpath("//vaadin-checkbox-group[@id='claim-where']"
                    + "/vaadin-checkbox[starts-with(normalize-space(.), '" + label + "')]"));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", box);
            box.click();
        }
        VaadinWait.untilIdle(driver);
        typeBelowTheFold(By.cssSelector("#claim-quote textarea"), quote);
        click(By.id("claim-submit"));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.invisibilityOfElementLocated(
                By.id("claim-submit")));
        return this;
    }

    /** The claims listed, each as its type and segment numbers, e.g. "CONSTRUCTION_WORKS:1,2". */
    public List<String> claims() {
        VaadinWait.visible(driver, By.id("claim-list"));
        return driver.findElements(By.cssSelector("#claim-list [data-claim-type]")).stream()
                .map(e -> e.getDomAttribute("data-claim-type") + ":" + e.getDomAttribute("data-segments")).toList();
    }

    /** The appeal pack in the language the page offers first (the jurisdiction's first document language). */
    public byte[] appealPack() {
        return Downloads.fetch(driver, By.id("appeal-pdf"));
    }

    /** Types into a field that may lie below the fold of a scrolling dialog. */
    private void typeBelowTheFold(By field, String text) {
        var input = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(field));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOf(input));
        input.sendKeys(text);
        VaadinWait.untilIdle(driver);
    }

    private void setValue(By picker, String value) {
        WebElement element = VaadinWait.visible(driver, picker);
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new CustomEvent('change', {bubbles: true}));", element, value);
        VaadinWait.untilIdle(driver);
    }

    private void choose(By select, String overlay, String itemTag, String label) {
        click(select);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//" + overlay + "[@opened]//" + itemTag + "[starts-with(normalize-space(.), '" + label + "')]"))).click();
        VaadinWait.untilIdle(driver);
    }
}
