package org.assemblyportal.e2e.pages;

import java.time.Duration;
import java.time.LocalDate;
import org.assemblyportal.e2e.support.VaadinWait;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** "My cases" (MyCasesView) and its new-case dialog (NewCaseDialog). */
public class CasesPage extends Page {

    CasesPage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl);
        VaadinWait.visible(driver, By.id("cases-grid"));
    }

    public static CasesPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/cases");
        return new CasesPage(driver, baseUrl);
    }

    /** Fills the dialog; the jurisdiction is picked by its code, which every language shows. */
    public CasePage createCase(String title, String jurisdictionCode, LocalDate plannedDate) {
        openNewCase(title, jurisdictionCode);
        var date = driver.findElement(By.id("new-case-date"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", date, plannedDate.toString());
        VaadinWait.untilIdle(driver);
        driver.findElement(By.id("new-case-save")).click();
        VaadinWait.untilUrlContains(driver, "/cases/");
        return new CasePage(driver, baseUrl);
    }

    /** Like {@link #createCase}, but the planned date is typed as a person writes it ("15.02.2027"). */
    public CasePage createCaseTyping(String title, String jurisdictionCode, String plannedDate) {
        openNewCase(title, jurisdictionCode);
        var input = VaadinWait.visible(driver, By.cssSelector("#new-case-date input"));
        // Enter takes the typed date; the dialog also saves on Enter, as a person would expect.
        input.sendKeys(plannedDate, org.openqa.selenium.Keys.ENTER);
        VaadinWait.untilIdle(driver);
        try {
            var save = driver.findElements(By.id("new-case-save"));
            if (!save.isEmpty() && save.get(0).isDisplayed()) {
                save.get(0).click();
            }
        } catch (org.openqa.selenium.StaleElementReferenceException savedOnEnter) {
            // The dialog closed while we looked: Enter saved it.
        }
        VaadinWait.untilUrlContains(driver, "/cases/");
        return new CasePage(driver, baseUrl);
    }

    /** Opens the new-case dialog with its title and jurisdiction filled in. */
    private void openNewCase(String title, String jurisdictionCode) {
        VaadinWait.visible(driver, By.id("case-new")).click();
        type(By.cssSelector("#new-case-title input"), title);
        type(By.cssSelector("#new-case-jurisdiction input"), "(" + jurisdictionCode + ")");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-combo-box-item[contains(., '(" + jurisdictionCode + ")')]"))).click();
    }

    public boolean listsCase(String title) {
        VaadinWait.untilIdle(driver);
        return !driver.findElements(cell(title)).isEmpty();
    }

    public void waitUntilListed(String title) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(cell(title)));
    }

    public CasePage openCase(String title) {
        waitUntilListed(title);
        driver.findElement(cell(title)).click();
        VaadinWait.untilUrlContains(driver, "/cases/");
        return new CasePage(driver, baseUrl);
    }

    /** A grid cell by its exact text; titles may hold either kind of quote. */
    private static By cell(String text) {
        var literal = text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
        return By.xpath("//vaadin-grid-cell-content[normalize-space(.)=" + literal + "]");
    }
}
