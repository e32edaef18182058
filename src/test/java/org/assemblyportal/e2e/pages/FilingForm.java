package org.assemblyportal.e2e.pages;

import java.nio.file.Path;
import java.time.Duration;
import org.assemblyportal.e2e.support.VaadinWait;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The "record the filing" dialog (FilingDialog), wherever it is opened from. */
final class FilingForm {

    private FilingForm() {
    }

    static void fill(WebDriver driver, String channel, String registrationNumber, Path proof) {
        VaadinWait.visible(driver, By.id("filing-channel")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-select-overlay[@opened]//vaadin-select-item[normalize-space(.)='" + channel + "']"))).click();
        VaadinWait.untilIdle(driver);
        var number = VaadinWait.visible(driver, By.cssSelector("#filing-number input"));
        number.clear();
        number.sendKeys(registrationNumber);
        if (proof != null) {
            WebElement upload = VaadinWait.visible(driver, By.id("filing-proof-upload"));
            var input = (WebElement) ((JavascriptExecutor) driver).executeScript(
                    "return arguments[0].querySelector('input[type=file]') || arguments[0].shadowRoot.querySelector('input[type=file]');",
                    upload);
            input.sendKeys(proof.toAbsolutePath().toString());
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(
                    By.cssSelector("#filing-proofs > *")).isEmpty());
        }
        VaadinWait.visible(driver, By.id("filing-submit")).click();
        VaadinWait.untilIdle(driver);
    }
}
