package org.assemblyportal.e2e.pages;

import java.time.Duration;
import org.assemblyportal.e2e.support.VaadinWait;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What every page object shares: the driver, the portal's address and a few gestures. */
abstract class Page {

    final WebDriver driver;
    final String baseUrl;

    Page(WebDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
    }

    /** Clicks after scrolling the element to the middle, clear of notifications at the screen's edges. */
    void click(By locator) {
        var element = VaadinWait.visible(driver, locator);
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
        VaadinWait.untilIdle(driver);
    }

    void type(By field, String text) {
        var input = VaadinWait.visible(driver, field);
        input.clear();
        input.sendKeys(text);
    }

    /** Picks a language by its own name in the language select; the page reloads in it. */
    public void switchLanguage(String autonym) {
        var select = VaadinWait.visible(driver, By.id("language-select"));
        if (autonym.equals(select.findElement(By.cssSelector("vaadin-select-value-button")).getText().strip())) {
            return;
        }
        var html = driver.findElement(By.tagName("html"));
        select.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-select-list-box/vaadin-select-item[normalize-space(.)='" + autonym + "']"))).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(html));
        VaadinWait.untilIdle(driver);
    }

    public String heading() {
        return VaadinWait.visible(driver, By.tagName("h2")).getText();
    }
}
