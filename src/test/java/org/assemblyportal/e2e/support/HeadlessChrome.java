package org.assemblyportal.e2e.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and ChromeDriver, headless, with a fresh profile. Both paths are given to
 * Selenium, so Selenium Manager never tries to download a browser or a driver.
 */
public final class HeadlessChrome {

    private HeadlessChrome() {
    }

    public static WebDriver start(String acceptLanguage) {
        var browser = Path.of(System.getProperty("portal.e2e.chromium", "/usr/bin/chromium"));
        var driver = Path.of(System.getProperty("portal.e2e.chromedriver", "/usr/bin/chromedriver"));
        if (!Files.isExecutable(browser) || !Files.isExecutable(driver)) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver at " + browser
                    + " and " + driver + ": apt-get install chromium chromium-driver (bash .ci/run does this)");
        }
        var options = new ChromeOptions();
        options.setBinary(browser.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + freshProfile());
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguage));
        var service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private static Path freshProfile() {
        try {
            return Files.createTempDirectory("portal-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
