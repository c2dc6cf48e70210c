package org.hourbook.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hourbook.server.mail.TestSmtp;
import org.hourbook.server.testing.Browser;
import org.hourbook.server.testing.Fixtures;
import org.hourbook.server.testing.TestServer;
import org.hourbook.server.testing.WebSteps;
import org.hourbook.store.testing.Backend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A new operator's first hour, in Chromium, on a server over an empty database with mail going
 * to a real SMTP server (GreenMail): the setup link → an agency → its freelancer invited by mail
 * → a client company invited by the agency (the simplest honest way a client arrives on a server
 * an agency runs: its contact sets it up as owner) → the client's owner invites a colleague and
 * offers a contract to the agency → the agency's owner accepts it for the agency and assigns the
 * freelancer → the freelancer's tracker (a device token) uploads time → client and agency see it
 * in the diary. Links are taken from the mails, as people would click them.
 */
@ExtendWith(Browser.class)
class FirstRunJourneyIT {
    static final String PASSWORD = "a good long password";
    static final Duration MAIL = Duration.ofSeconds(30);

    @TempDir
    Path dir;
    TestSmtp smtp;
    TestServer server;

    @BeforeEach
    void start() {
        smtp = TestSmtp.plain();
        server = TestServer.start(Backend.SQLITE, dir, c -> c.withMail(smtp.settings()));
    }

    @AfterEach
    void stop() {
        try {
            server.close();
        } finally {
            smtp.close();
        }
    }

    @Test
    void from_the_setup_link_to_tracked_time_in_both_diaries(WebDriver driver) {
        // The operator opens the link serve printed (ServeCommand prints exactly this).
        String setup = server.services().setup().firstRunLink().orElseThrow();
        fresh(driver, "/signin");
        assertThat(driver.findElement(By.id("setup-hint")).getText()).contains("no accounts yet");
        driver.get(setup);
        String guessed = (String) ((JavascriptExecutor) driver).executeScript("return Intl.DateTimeFormat().resolvedOptions().timeZone");
        assertThat(new Select(driver.findElement(By.id("zone"))).getFirstSelectedOption().getText())
                .as("the zone list starts at the browser's zone").isEqualTo(guessed);
        type(driver, "name", "Maya Lindqvist");
        type(driver, "email", "maya@brightlane.test");
        type(driver, "password", PASSWORD);
        new Select(driver.findElement(By.id("zone"))).selectByVisibleText("Europe/Berlin");
        type(driver, "orgName", "Brightlane Studio");
        driver.findElement(By.id("kind-agency")).click();
        driver.findElement(By.id("setup-submit")).click();

        assertThat(WebSteps.waitFor(driver, By.id("org-name")).getText()).isEqualTo("Brightlane Studio");
        assertThat(driver.findElement(By.id("next-steps")).getText()).contains("Invite your team", "Invite a client company");
        assertThat(new WebClientCheck(driver).goneAgain(setup)).as("the setup link after use").contains("already used");

        // The agency owner invites a freelancer and a client company; both links arrive by mail.
        driver.findElement(By.cssSelector("a[href='#invite-member']")).click();
        type(driver, "email", "lena@brightlane.test", "#invite-member");
        new Select(driver.findElement(By.id("invite-role"))).selectByValue("freelancer");
        driver.findElement(By.id("invite-submit")).click();
        assertThat(WebSteps.waitFor(driver, By.id("invite-sent")).getText()).contains("lena@brightlane.test", "We emailed it");
        type(driver, "companyName", "Northwind Retail", "#invite-company");
        type(driver, "email", "grace@northwind.test", "#invite-company");
        driver.findElement(By.id("invite-company-submit")).click();
        // The first invitation's notice is still on the page until the second one's page replaces it.
        assertThat(WebSteps.waitForText(driver, By.id("invite-sent"), "grace@northwind.test").getText()).contains("grace@northwind.test");
        assertThat(driver.findElement(By.id("invitations")).getText()).contains("lena@brightlane.test", "as a freelancer",
                "to set up Northwind Retail (client company)");
        String lenaLink = smtp.awaitLink("lena@brightlane.test", "/invite/", MAIL);
        String graceLink = smtp.awaitLink("grace@northwind.test", "/invite/", MAIL);

        // The freelancer makes her account from the mail's link.
        signOut(driver);
        driver.get(lenaLink);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Join Brightlane Studio");
        type(driver, "name", "Lena Fischer");
        type(driver, "password", PASSWORD);
        driver.findElement(By.id("invite-accept")).click();
        assertThat(WebSteps.waitFor(driver, By.id("org-notice")).getText()).contains("You are a member of Brightlane Studio now.");
        driver.get(lenaLink);
        assertThat(driver.findElement(By.tagName("h1")).getText()).as("a used invitation").isEqualTo("This link no longer works");

        // The client's contact sets up Northwind and invites a colleague who reviews the diary.
        signOut(driver);
        driver.get(graceLink);
        assertThat(driver.findElement(By.id("companyName")).getDomProperty("value")).isEqualTo("Northwind Retail");
        type(driver, "name", "Grace Whitfield");
        type(driver, "password", PASSWORD);
        driver.findElement(By.id("invite-accept")).click();
        assertThat(WebSteps.waitFor(driver, By.id("org-name")).getText()).isEqualTo("Northwind Retail");
        type(driver, "email", "olivia@northwind.test", "#invite-member");
        new Select(driver.findElement(By.id("invite-role"))).selectByValue("client");
        driver.findElement(By.id("invite-submit")).click();
        WebSteps.waitFor(driver, By.id("invite-sent"));
        String oliviaLink = smtp.awaitLink("olivia@northwind.test", "/invite/", MAIL);

        // The client's owner offers a contract to the agency, by its owner's email.
        driver.findElement(By.linkText("Offer a contract")).click();
        type(driver, "title", "Checkout redesign");
        type(driver, "freelancerEmail", "maya@brightlane.test");
        type(driver, "rateMinor", "55");
        type(driver, "weeklyLimitHours", "30");
        driver.findElement(By.id("create-contract")).click();
        assertThat(WebSteps.waitFor(driver, By.id("offer-notice")).getText()).startsWith("Offer sent.");
        long contractId = Long.parseLong(URI.create(driver.getCurrentUrl()).getPath().split("/")[2]);
        String offerLink = smtp.awaitLink("maya@brightlane.test", "/offer", MAIL);

        signOut(driver);
        driver.get(oliviaLink);
        type(driver, "name", "Olivia Brooks");
        type(driver, "password", PASSWORD);
        driver.findElement(By.id("invite-accept")).click();
        WebSteps.waitFor(driver, By.id("org-notice"));

        // The agency's owner accepts for the agency and assigns Lena.
        signOut(driver);
        driver.get(offerLink);
        signInHere(driver, "maya@brightlane.test");
        assertThat(WebSteps.waitFor(driver, By.id("offer-state")).getText()).contains("Waiting for maya@brightlane.test");
        long agencyId = server.db().accounts().listOrganizations().stream().filter(o -> o.name().equals("Brightlane Studio"))
                .findFirst().orElseThrow().id();
        new Select(driver.findElement(By.id("freelancer-" + agencyId))).selectByVisibleText("Lena Fischer");
        driver.findElement(By.id("accept-for-" + agencyId)).click();
        assertThat(WebSteps.waitFor(driver, By.id("offer-state")).getText()).contains("Accepted by Maya Lindqvist",
                "Lena Fischer for Northwind Retail");

        // Lena's tracker signs in with a device token and uploads three segments of this morning.
        var token = server.anonymous().post("/api/v1/auth/tokens",
                Map.of("email", "lena@brightlane.test", "password", PASSWORD, "kind", "device", "name", "Lena's laptop"));
        assertThat(token.status()).as("%s", token).isEqualTo(201);
        List<Map<String, Object>> segments = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            segments.add(Fixtures.segment(UUID.randomUUID(), Instant.parse("2026-11-18T09:00:00Z").plusSeconds(600L * i), 600,
                    "Checkout: address form"));
        }
        var upload = server.api(token.json().path("token").asText()).post("/api/v1/contracts/" + contractId + "/segments",
                Map.of("segments", segments));
        assertThat(upload.status()).as("%s", upload).isEqualTo(200);

        // Both sides see it in the diary.
        String diary = "/contracts/" + contractId + "/diary?date=2026-11-18&tz=utc";
        driver.get(server.url(diary));
        assertThat(WebSteps.cards(driver)).as("the agency owner's view").hasSize(3);
        signOut(driver);
        fresh(driver, diary);
        signInHere(driver, "olivia@northwind.test");
        assertThat(WebSteps.cards(driver)).as("the client member's view").hasSize(3);
        assertThat(driver.getPageSource()).contains("Checkout: address form");
    }

    /** Reads a page in the same browser and comes back: the 410 page of a spent link. */
    private record WebClientCheck(WebDriver driver) {
        String goneAgain(String url) {
            String back = driver.getCurrentUrl();
            driver.get(url);
            String text = driver.findElement(By.id("link-gone")).getText();
            driver.get(back);
            return text;
        }
    }

    private void fresh(WebDriver driver, String path) {
        driver.get(server.url("/signin"));
        driver.manage().deleteAllCookies();
        driver.get(server.url(path));
    }

    private void signOut(WebDriver driver) {
        driver.findElement(By.cssSelector("form[action='/signout'] button[type=submit]")).click();
        WebSteps.waitFor(driver, By.id("email"));
    }

    /** On a sign-in page that will come back here. */
    private void signInHere(WebDriver driver, String email) {
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("form[action='/signin'] button[type=submit]")).click();
        WebSteps.waitFor(driver, By.cssSelector(".topbar .name"));
    }

    private static void type(WebDriver driver, String id, String text) {
        WebElement e = driver.findElement(By.id(id));
        e.clear();
        e.sendKeys(text);
    }

    /** The field {@code name} of the form {@code form} (two forms on a page may share a field name). */
    private static void type(WebDriver driver, String name, String text, String form) {
        WebElement e = driver.findElement(By.cssSelector(form + " [name='" + name + "']"));
        e.clear();
        e.sendKeys(text);
    }
}
