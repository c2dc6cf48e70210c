package org.hourbook.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.hourbook.server.mail.TestSmtp;
import org.hourbook.server.testing.Browser;
import org.hourbook.server.testing.RealServer;
import org.hourbook.server.testing.TestServer;
import org.hourbook.server.testing.WebSteps;
import org.hourbook.server.testing.WebWorld;
import org.hourbook.store.testing.Backend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;

/** Password reset, sessions and tokens in Chromium, as a person would use them (the menu by keyboard). */
@RealServer
@ExtendWith(Browser.class)
class AccountSecurityBrowserIT {
    static final String NEW_PASSWORD = "lighthouse keeper tea";

    @TempDir
    Path dir;
    WebWorld world;

    @Test
    void a_forgotten_password_is_reset_through_the_mailed_link(WebDriver driver) {
        try (TestSmtp smtp = TestSmtp.plain();
             TestServer mailing = TestServer.start(Backend.SQLITE, dir.resolve("mail"), c -> c.withMail(smtp.settings()))) {
            WebWorld w = WebWorld.seed(mailing);
            driver.get(w.url("/signin"));
            driver.manage().deleteAllCookies();
            driver.get(w.url("/signin"));
            driver.findElement(By.id("forgot-link")).click();
            driver.findElement(By.id("email")).sendKeys("fran@example.test");
            driver.findElement(By.id("send-link")).click();
            assertThat(WebSteps.waitFor(driver, By.id("forgot-sent")).getText()).contains("fran@example.test", "on its way");

            driver.get(smtp.linkTo("fran@example.test", "/password/"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Choose a new password");
            driver.findElement(By.id("password")).sendKeys(NEW_PASSWORD);
            driver.findElement(By.id("confirmation")).sendKeys(NEW_PASSWORD);
            driver.findElement(By.id("set-password")).click();

            assertThat(WebSteps.waitFor(driver, By.id("signin-notice")).getText()).contains("Your password is set");
            WebSteps.signIn(driver, w, "fran@example.test", WebWorld.PASSWORD);
            assertThat(WebSteps.waitFor(driver, By.id("signin-error")).getText()).as("the old password").contains("do not match");
            WebSteps.signIn(driver, w, "fran@example.test", NEW_PASSWORD);
            WebSteps.waitFor(driver, By.cssSelector(".topbar .name"));
            assertThat(driver.getCurrentUrl()).endsWith("/contracts");
        }
    }

    @Test
    void the_account_menu_opens_by_keyboard_and_signing_out_other_sessions_ends_them(WebDriver driver) {
        var phone = world.server.anonymous().post("/api/v1/auth/session", Map.of("email", "fran@example.test", "password", WebWorld.PASSWORD));
        var other = world.server.anonymous().with("Cookie", phone.header("Set-Cookie").split(";", 2)[0]);
        assertThat(other.get("/api/v1/me").status()).isEqualTo(200);
        WebSteps.signIn(driver, world, "fran@example.test");

        driver.findElement(By.cssSelector("#account-menu summary")).sendKeys(Keys.ENTER);
        WebSteps.waitFor(driver, By.id("menu-sessions"));
        new Actions(driver).sendKeys(Keys.TAB, Keys.TAB).perform();
        assertThat(driver.switchTo().activeElement().getDomAttribute("id")).as("Tab walks the menu").isEqualTo("menu-sessions");
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);

        assertThat(WebSteps.waitFor(driver, By.id("sessions")).getText()).contains("this browser", "A Java program");
        driver.findElement(By.id("end-others")).click();

        assertThat(WebSteps.waitFor(driver, By.id("notice")).getText()).contains("Every other session is signed out");
        assertThat(other.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(driver.findElements(By.cssSelector("#sessions tbody tr"))).hasSize(1);
    }

    @Test
    void a_personal_token_is_created_shown_once_and_revoked(WebDriver driver) {
        WebSteps.signIn(driver, world, "fran@example.test");
        driver.get(world.url("/profile/tokens"));
        driver.findElement(By.id("name")).sendKeys("invoicing script");
        driver.findElement(By.id("create-token")).click();

        String secret = WebSteps.waitFor(driver, By.id("secret")).getDomProperty("value");
        assertThat(secret).startsWith("hb_");
        assertThat(world.server.api(secret).get("/api/v1/me").status()).isEqualTo(200);
        driver.get(world.url("/profile/tokens"));
        assertThat(driver.getPageSource()).contains("invoicing script").doesNotContain(secret);

        driver.findElement(By.cssSelector("button[aria-label='Revoke invoicing script']")).click();

        assertThat(WebSteps.waitFor(driver, By.id("notice")).getText()).contains("revoked");
        assertThat(world.server.api(secret).get("/api/v1/me").status()).isEqualTo(401);
        assertThat(driver.findElements(By.id("no-tokens"))).hasSize(1);
    }
}
