package org.assemblyportal.e2e.pages;

import org.assemblyportal.e2e.support.VaadinWait;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Self sign-up for organizers (SignUpView). */
public class SignUpPage extends Page {

    SignUpPage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl);
        VaadinWait.visible(driver, By.id("signup-submit"));
    }

    public static SignUpPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/signup");
        return new SignUpPage(driver, baseUrl);
    }

    public LoginPage signUp(String username, String displayName, String password) {
        type(By.cssSelector("#signup-username input"), username);
        type(By.cssSelector("#signup-display-name input"), displayName);
        type(By.cssSelector("#signup-password input"), password);
        driver.findElement(By.id("signup-submit")).click();
        VaadinWait.untilUrlContains(driver, "signed-up");
        return new LoginPage(driver, baseUrl);
    }
}
