package org.hourbook.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.hourbook.server.testing.Browser;
import org.hourbook.server.testing.RealServer;
import org.hourbook.server.testing.WebSteps;
import org.hourbook.server.testing.WebWorld;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

@RealServer
@ExtendWith(Browser.class)
class SignInIT {
    WebWorld world;

    @Test
    void a_wrong_password_shows_an_error_and_keeps_the_email(WebDriver driver) {
        WebSteps.signIn(driver, world, "fran@example.test", "not the password");

        assertThat(WebSteps.waitFor(driver, By.id("signin-error")).getText()).contains("do not match");
        assertThat(driver.findElement(By.id("email")).getDomAttribute("value")).isEqualTo("fran@example.test");
        assertThat(driver.manage().getCookieNamed("hb_session")).isNull();
    }

    @Test
    void the_right_password_lands_on_the_contracts_with_this_weeks_hours(WebDriver driver) {
        WebSteps.signIn(driver, world, "fran@example.test");

        assertThat(driver.getCurrentUrl()).endsWith("/contracts");
        assertThat(driver.findElement(By.cssSelector(".topbar .name")).getText()).isEqualTo("Fran Freelancer");
        String list = driver.findElement(By.cssSelector("ul.contracts")).getText();
        assertThat(list).contains("Acme website", "Acme support", "2:30 h", "2 h limit");
    }

    @Test
    void signing_out_ends_the_session(WebDriver driver) {
        WebSteps.signIn(driver, world, "fran@example.test");
        driver.findElement(By.cssSelector(".topbar form[action='/signout'] button")).click();

        WebSteps.waitFor(driver, By.id("email"));
        driver.get(world.url("/contracts"));
        assertThat(driver.getCurrentUrl()).endsWith("/signin");
    }

    @Test
    void pages_need_a_signed_in_user(WebDriver driver) {
        driver.manage().deleteAllCookies();
        driver.get(WebSteps.diary(world, world.website.id()));

        assertThat(driver.getCurrentUrl()).contains("/signin?next=");
        assertThat(driver.findElements(By.cssSelector(".topbar .name"))).isEmpty();
    }

    @Test
    void after_signing_in_the_browser_returns_to_the_page_that_asked_for_it(WebDriver driver) {
        driver.get(world.url("/signin"));
        driver.manage().deleteAllCookies();
        driver.get(WebSteps.diary(world, world.website.id()) + "&tz=utc");
        driver.findElement(By.id("email")).sendKeys("carl@example.test");
        driver.findElement(By.id("password")).sendKeys(WebWorld.PASSWORD);
        driver.findElement(By.cssSelector("form[action='/signin'] button[type=submit]")).click();

        WebSteps.waitFor(driver, By.cssSelector(".topbar .name"));
        assertThat(driver.getCurrentUrl()).isEqualTo(WebSteps.diary(world, world.website.id()) + "&tz=utc");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Acme website");
    }

    @ParameterizedTest(name = "next={0} lands on /contracts")
    @ValueSource(strings = {"https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)", "/\r\nSet-Cookie: x=1",
            "/..//evil.example", "/%2e%2e//evil.example/x"})
    void a_next_that_leaves_the_site_is_ignored(String next, WebDriver driver) {
        driver.get(world.url("/signin"));
        driver.manage().deleteAllCookies();
        driver.get(world.url("/signin?next=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8)));
        driver.findElement(By.id("email")).sendKeys("carl@example.test");
        driver.findElement(By.id("password")).sendKeys(WebWorld.PASSWORD);
        driver.findElement(By.cssSelector("form[action='/signin'] button[type=submit]")).click();

        WebSteps.waitFor(driver, By.cssSelector(".topbar .name"));
        assertThat(driver.getCurrentUrl()).isEqualTo(world.url("/contracts"));
    }

    @Test
    void too_many_failed_attempts_from_this_browsers_address_show_the_rate_limit_message(WebDriver driver) {
        java.time.Instant window = java.time.Instant.ofEpochSecond(Math.floorDiv(WebWorld.NOW.getEpochSecond(), 900) * 900);
        // Ten failures for this email from this address reach the pair's ceiling (Credentials).
        for (int i = 0; i < 10; i++) world.db.loginAttempts().increment("pair:fran@example.test 127.0.0.1", window);

        WebSteps.signIn(driver, world, "fran@example.test", WebWorld.PASSWORD);

        assertThat(WebSteps.waitFor(driver, By.id("signin-error")).getText()).contains("Too many sign-in attempts", "minute");
        assertThat(driver.manage().getCookieNamed("hb_session")).isNull();
    }

    @Test
    void failures_for_the_email_from_everywhere_else_do_not_keep_the_owner_out(WebDriver driver) {
        java.time.Instant window = java.time.Instant.ofEpochSecond(Math.floorDiv(WebWorld.NOW.getEpochSecond(), 900) * 900);
        // Fifty failures from other addresses used to lock the account for everyone; now they only slow its sign-ins.
        for (int i = 0; i < 50; i++) world.db.loginAttempts().increment("email:fran@example.test", window);

        WebSteps.signIn(driver, world, "fran@example.test");

        assertThat(driver.getCurrentUrl()).endsWith("/contracts");
        assertThat(world.server.signInWaits()).containsExactly(java.time.Duration.ofSeconds(10));
    }
}
