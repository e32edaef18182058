package org.assemblyportal.e2e.support;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Waits the way TestBench does, without TestBench: until the page has loaded and no Vaadin Flow
 * client has a request in flight. Page objects call it after every action.
 */
public final class VaadinWait {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String IDLE = """
            if (document.readyState !== 'complete') return false;
            if (!window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients) return false;
            var clients = window.Vaadin.Flow.clients;
            for (var name in clients) { if (clients[name].isActive()) return false; }
            return true;""";

    private VaadinWait() {
    }

    public static void untilIdle(WebDriver driver) {
        new WebDriverWait(driver, TIMEOUT).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(IDLE)));
    }

    public static WebElement visible(WebDriver driver, By locator) {
        untilIdle(driver);
        return new WebDriverWait(driver, TIMEOUT).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    public static void untilText(WebDriver driver, By locator, String text) {
        new WebDriverWait(driver, TIMEOUT).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    public static void untilUrlContains(WebDriver driver, String fragment) {
        new WebDriverWait(driver, TIMEOUT).until(ExpectedConditions.urlContains(fragment));
        untilIdle(driver);
    }
}
