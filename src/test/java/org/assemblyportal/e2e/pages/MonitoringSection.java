package org.assemblyportal.e2e.pages;

import java.util.List;
import org.assemblyportal.e2e.support.VaadinWait;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The monitoring parts of the case page: the observations with their versions, and the claim tests. */
public class MonitoringSection extends Page {

    MonitoringSection(WebDriver driver, String baseUrl) {
        super(driver, baseUrl);
    }

    public static MonitoringSection of(CasePage page) {
        return new MonitoringSection(page.driver, page.baseUrl);
    }

    /** The current observations, each as "CATEGORY v<version>". */
    public List<String> observations() {
        VaadinWait.visible(driver, By.id("observation-list"));
        return driver.findElements(By.cssSelector("#observation-list [data-category]")).stream()
                .map(e -> e.getDomAttribute("data-category") + " v" + e.getDomAttribute("data-version")).toList();
    }

    /** The names of the media files the observations list, each a link to the original. */
    public List<String> media() {
        VaadinWait.visible(driver, By.id("observation-list"));
        return driver.findElements(By.cssSelector("#observation-list a[id^='observation-media-']")).stream()
                .map(e -> e.getText().strip()).toList();
    }

    /** Opens the form to correct the first observation listed. */
    public ObservationForm correctFirst() {
        click(By.cssSelector("#observation-list [id$='-correct']"));
        return ObservationForm.current(driver, baseUrl);
    }

    /** The texts of every version of the first observation, from its history disclosure. */
    public String historyOfFirst() {
        var history = VaadinWait.visible(driver, By.cssSelector("#observation-list vaadin-details[id$='-history']"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center'}); arguments[0].opened = true;", history);
        VaadinWait.untilIdle(driver);
        return history.getText();
    }

    /** The claim test's verdict per segment, e.g. ["1:NOT_COVERED", "2:CONTRADICTED"], and the whole as "*:…". */
    public List<String> claimTest() {
        VaadinWait.visible(driver, By.id("case-claim-tests"));
        var card = driver.findElement(By.cssSelector("#case-claim-tests [data-claim-id]"));
        var segments = card.findElements(By.cssSelector("[data-segment]")).stream()
                .map(e -> e.getDomAttribute("data-segment") + ":" + e.getDomAttribute("data-verdict"));
        return java.util.stream.Stream.concat(java.util.stream.Stream.of("*:" + card.getDomAttribute("data-verdict")),
                segments).toList();
    }
}
