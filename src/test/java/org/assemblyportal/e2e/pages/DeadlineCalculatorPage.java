package org.assemblyportal.e2e.pages;

import java.time.Duration;
import java.time.LocalDate;
import org.assemblyportal.e2e.support.VaadinWait;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The public deadline calculator (DeadlineCalculatorView). */
public class DeadlineCalculatorPage extends Page {

    DeadlineCalculatorPage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl);
        VaadinWait.visible(driver, By.id("deadline-compute"));
    }

    public static DeadlineCalculatorPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/deadlines");
        return new DeadlineCalculatorPage(driver, baseUrl);
    }

    public DeadlineCalculatorPage jurisdiction(String code) {
        type(By.cssSelector("#deadline-jurisdiction input"), "(" + code + ")");
        wait(10).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-combo-box-item[contains(., '(" + code + ")')]"))).click();
        VaadinWait.untilIdle(driver);
        return this;
    }

    /** Picks the form of assembly by the name the page shows in the current language. */
    public DeadlineCalculatorPage form(String shownName) {
        VaadinWait.visible(driver, By.id("deadline-form")).click();
        wait(10).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-select-list-box/vaadin-select-item[normalize-space(.)='" + shownName + "']"))).click();
        VaadinWait.untilIdle(driver);
        return this;
    }

    public DeadlineCalculatorPage startsOn(LocalDate date) {
        return setDate("deadline-date", date);
    }

    public DeadlineCalculatorPage registeredOn(LocalDate date) {
        return setDate("deadline-registered", date);
    }

    public DeadlineCalculatorPage calculate() {
        driver.findElement(By.id("deadline-compute")).click();
        VaadinWait.untilUrlContains(driver, "jurisdiction=");
        VaadinWait.visible(driver, By.id("deadline-result"));
        return this;
    }

    public String lastFilingDay() {
        return VaadinWait.visible(driver, By.id("deadline-last-day")).getText();
    }

    public String authorityDue() {
        return VaadinWait.visible(driver, By.id("deadline-authority-due")).getText();
    }

    public int countedDaysShown() {
        return driver.findElements(By.cssSelector("#deadline-authority-steps vaadin-grid-cell-content")).size();
    }

    private DeadlineCalculatorPage setDate(String id, LocalDate date) {
        var picker = VaadinWait.visible(driver, By.id(id));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", picker, date.toString());
        VaadinWait.untilIdle(driver);
        return this;
    }

    private WebDriverWait wait(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }
}
