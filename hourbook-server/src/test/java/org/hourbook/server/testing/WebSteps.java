package org.hourbook.server.testing;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The few browser steps the page tests share. */
public final class WebSteps {
    private WebSteps() {}

    /** Starts from a clean browser state (the browser is shared) and signs in through the form. */
    public static void signIn(WebDriver driver, WebWorld world, String email, String password) {
        driver.get(world.url("/signin"));
        driver.manage().deleteAllCookies();
        driver.get(world.url("/signin"));
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form[action='/signin'] button[type=submit]")).click();
    }

    public static void signIn(WebDriver driver, WebWorld world, String email) {
        signIn(driver, world, email, WebWorld.PASSWORD);
        waitFor(driver, By.cssSelector(".topbar .name"));
    }

    /** Replaces what the field holds with {@code text}, as a person selecting it and typing would. */
    public static void type(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }

    public static WebElement waitFor(WebDriver driver, By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * Waits until the element shows {@code text}, finding it afresh each time: after a form posts,
     * the page before may still hold an element of that id, which the next page replaces.
     */
    public static WebElement waitForText(WebDriver driver, By by, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
        return driver.findElement(by);
    }

    public static List<WebElement> cards(WebDriver driver) {
        return driver.findElements(By.cssSelector("article.card"));
    }

    /** A plain form POST with the browser's session cookie and the page's CSRF token, redirects not followed. */
    public static java.net.http.HttpResponse<String> post(WebDriver driver, WebWorld world, String path, String form) throws Exception {
        String csrf = driver.findElement(By.name("_csrf")).getDomAttribute("value");
        String cookie = driver.manage().getCookieNamed("hb_session").getValue();
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(world.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .header("Cookie", "hb_session=" + cookie)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + csrf)).build();
        try (var http = java.net.http.HttpClient.newHttpClient()) {
            return http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        }
    }

    public static String diary(WebWorld world, long contractId) {
        return world.url("/contracts/" + contractId + "/diary?date=" + WebWorld.TODAY);
    }
}
