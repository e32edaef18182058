package org.assemblyportal.e2e.pages;

import org.assemblyportal.e2e.support.VaadinWait;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;

/** The sign-in page (LoginView). */
public class LoginPage extends Page {

    LoginPage(WebDriver driver, String baseUrl) {
        super(driver, baseUrl);
        VaadinWait.visible(driver, By.id("login-form"));
    }

    public static LoginPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/login");
        return new LoginPage(driver, baseUrl);
    }

    public SignUpPage goToSignUp() {
        VaadinWait.visible(driver, By.id("sign-up-link")).click();
        return new SignUpPage(driver, baseUrl);
    }

    public boolean showsSignedUpNotice() {
        return !driver.findElements(By.id("signed-up-notice")).isEmpty();
    }

    public CasesPage signIn(String username, String password) {
        type(By.cssSelector("#vaadinLoginUsername input"), username);
        type(By.cssSelector("#vaadinLoginPassword input"), password + Keys.ENTER);
        VaadinWait.untilUrlContains(driver, baseUrl + "/");
        return new CasesPage(driver, baseUrl);
    }
}
