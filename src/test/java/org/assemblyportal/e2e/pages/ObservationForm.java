package org.assemblyportal.e2e.pages;

import java.time.Duration;
import org.assemblyportal.e2e.support.VaadinWait;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The monitor's observation form on a phone (ObserveView). */
public class ObservationForm extends Page {

    ObservationForm(WebDriver driver, String baseUrl) {
        super(driver, baseUrl);
    }

    public static ObservationForm open(WebDriver driver, String baseUrl, String casePath) {
        driver.get(baseUrl + casePath + "/observe");
        VaadinWait.visible(driver, By.id("observe-form"));
        return new ObservationForm(driver, baseUrl);
    }

    /** The form as it opens from an observation's "Correct" link, filled in with that version. */
    static ObservationForm current(WebDriver driver, String baseUrl) {
        VaadinWait.visible(driver, By.id("observe-form"));
        return new ObservationForm(driver, baseUrl);
    }

    public ObservationForm category(String label) {
        choose(By.id("observe-category"), label);
        return this;
    }

    public ObservationForm segment(String labelStart) {
        choose(By.id("observe-segment"), labelStart);
        return this;
    }

    public ObservationForm facts(String text) {
        var area = field(By.cssSelector("#observe-facts textarea"));
        area.clear();
        area.sendKeys(text);
        VaadinWait.untilIdle(driver);
        return this;
    }

    /** Obstacle details: type label, whether workers are present and whether work is in progress (labels). */
    public ObservationForm obstacle(String type, String workers, String workInProgress) {
        choose(By.id("observe-obstacle-type"), type);
        choose(By.id("observe-obstacle-workers"), workers);
        choose(By.id("observe-obstacle-work"), workInProgress);
        return this;
    }

    public ObservationForm tests(String claimLabelStart, String assessment, String confidence) {
        choose(By.id("observe-claim"), claimLabelStart);
        choose(By.id("observe-claim-assessment"), assessment);
        choose(By.id("observe-claim-confidence"), confidence);
        return this;
    }

    /** Chooses a file from the phone (the file picker, not the camera). */
    public ObservationForm attach(java.nio.file.Path file) {
        var upload = field(By.id("observe-media-files"));
        var input = (org.openqa.selenium.WebElement) ((JavascriptExecutor) driver).executeScript(
                "return arguments[0].querySelector('input[type=file]') || arguments[0].shadowRoot.querySelector('input[type=file]');",
                upload);
        input.sendKeys(file.toAbsolutePath().toString());
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return arguments[0].files.length > 0 && arguments[0].files.every(f => f.complete);", upload)));
        VaadinWait.untilIdle(driver);
        return this;
    }

    /** What the form says of each attached file after saving. */
    public String attachments() {
        return VaadinWait.visible(driver, By.id("observe-media-results")).getText();
    }

    public ObservationForm save() {
        click(By.id("observe-save"));
        VaadinWait.visible(driver, By.id("observe-saved"));
        return this;
    }

    private org.openqa.selenium.WebElement field(By locator) {
        var element = new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(locator));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        return element;
    }

    /**
     * Picks an item of a select. On a phone the list slides up as a sheet; the item is clicked only once
     * the sheet has stopped moving, and again if the sheet still covered it.
     */
    private void choose(By select, String labelStart) {
        field(select);
        click(select);
        var item = By.xpath("//vaadin-select-overlay[@opened and not(@opening)]//vaadin-select-item[starts-with("
                + "normalize-space(.), '" + labelStart + "')]");
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    d.findElement(item).click();
                    return true;
                });
        VaadinWait.untilIdle(driver);
    }
}
