package org.hourbook.server.retainer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import org.hourbook.server.testing.Browser;
import org.hourbook.server.testing.RealServer;
import org.hourbook.server.testing.WebSteps;
import org.hourbook.server.testing.WebWorld;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The retainer half as people use it, in Chromium: a client's owner offers a retainer → the
 * freelancer accepts → uploads a Toggl export, reads the preview, keeps one client's rows and
 * imports them → renames a work-log line → makes a public link → someone with the link and no
 * account reads the balance and the renamed line, and none of the raw descriptions.
 */
@RealServer
@ExtendWith(Browser.class)
class RetainerJourneyIT {
    WebWorld world;

    @Test
    void a_retainer_is_offered_accepted_fed_by_an_import_curated_and_shared(WebDriver driver) throws Exception {
        world.acmeOwner();
        WebSteps.signIn(driver, world, "olga@example.test");
        driver.findElement(By.id("new-contract-link")).click();
        WebSteps.type(WebSteps.waitFor(driver, By.id("title")), "Acme care retainer");
        WebSteps.type(driver.findElement(By.id("freelancerEmail")), "fran@example.test");
        WebSteps.type(driver.findElement(By.id("rateMinor")), "60");
        driver.findElement(By.cssSelector("input[name=kind][value=retainer]")).click();
        WebSteps.type(driver.findElement(By.id("capHours")), "10");
        new Select(driver.findElement(By.id("cycle"))).selectByValue("monthly");
        WebSteps.type(driver.findElement(By.id("cycleDay")), "1");
        new Select(driver.findElement(By.id("zone"))).selectByVisibleText("UTC");
        driver.findElement(By.id("create-contract")).click();
        assertThat(WebSteps.waitFor(driver, By.id("offer-notice")).getText()).startsWith("Offer sent.");
        long id = Long.parseLong(URI.create(driver.getCurrentUrl()).getPath().split("/")[2]);

        WebSteps.signIn(driver, world, "fran@example.test");
        driver.findElement(By.id("offer-link-" + id)).click();
        driver.findElement(By.id("accept-self")).click();
        WebSteps.waitFor(driver, By.id("offer-notice"));

        // From the contracts list to the retainer, then its import page.
        driver.get(world.url("/contracts"));
        driver.findElement(By.cssSelector("a[href='" + RetainerUrls.page(id) + "']")).click();
        assertThat(WebSteps.waitFor(driver, By.cssSelector(".headline")).getText()).contains("0 of 10 hours used");
        driver.findElement(By.id("import-link")).click();
        upload(driver, "/import/toggl.csv");
        WebElement preview = WebSteps.waitFor(driver, By.id("preview"));
        assertThat(preview.getText()).contains("Preview of toggl.csv", "Toggl", "4 read, 4 to import", "5.5");

        // Only Acme's rows: the file also holds another client's hour.
        new Select(driver.findElement(By.id("filter"))).selectByValue("client:Acme");
        driver.findElement(By.xpath("//button[normalize-space()='Preview again']")).click();
        WebSteps.waitForText(driver, By.id("preview"), "3 to import");
        driver.findElement(By.id("confirm-import")).click();
        assertThat(WebSteps.waitFor(driver, By.id("imports")).getText()).contains("toggl.csv", "4.5");

        driver.get(world.url(RetainerUrls.page(id)));
        assertThat(driver.findElement(By.cssSelector(".headline")).getText()).contains("4.5 of 10 hours used", "5.5 remain");

        // The automatic line of the homepage work gets the words the client should read.
        driver.findElement(By.id("curate-link")).click();
        WebElement line = WebSteps.waitFor(driver, By.cssSelector("section.wl-line[aria-label*='Homepage redesign']"));
        WebElement text = line.findElement(By.name("text"));
        text.clear();
        text.sendKeys("Homepage: new mobile layout and hero");
        line.findElement(By.xpath(".//button[normalize-space()='Rename']")).click();
        WebSteps.waitForText(driver, By.id("worklog"), "Homepage: new mobile layout and hero");

        // A link for the client's finance team, shown once.
        driver.get(world.url(RetainerUrls.page(id)));
        WebSteps.type(driver.findElement(By.id("note")), "for the finance team");
        driver.findElement(By.cssSelector("#new-link button[type=submit]")).click();
        String link = WebSteps.waitFor(driver, By.id("issued-url")).getDomProperty("value");
        assertThat(link).contains("/r/");

        // Someone with the link only: no session, no account.
        driver.get(world.url("/signin"));
        driver.manage().deleteAllCookies();
        driver.get(link);
        String page = driver.findElement(By.tagName("body")).getText();
        assertThat(page).contains("4.5 of 10 hours used", "5.5 remain", "Homepage: new mobile layout and hero");
        assertThat(driver.getPageSource()).as("raw descriptions stay with the freelancer")
                .doesNotContain("mobile layout revisions").doesNotContain("secret audit note").doesNotContain("other client work");
    }

    @Test
    void a_file_with_problem_rows_imports_its_good_rows_when_the_button_says_so_and_nothing_twice(WebDriver driver) throws Exception {
        var terms = new org.hourbook.core.retainer.RetainerTerms(10 * 3600L, new org.hourbook.core.retainer.CycleRule.Monthly(1), null, true,
                java.time.ZoneId.of("UTC"));
        var contract = world.contract("Acme hours", world.fran, 6000, null, false);
        world.db.retainers().create(contract.id(), terms, false, java.time.Instant.parse("2026-09-01T00:00:00Z"));
        WebSteps.signIn(driver, world, "fran@example.test");
        driver.get(world.url(org.hourbook.server.importing.ImportUrls.page(contract.id())));
        upload(driver, "/import/bad-rows.csv");
        WebElement preview = WebSteps.waitFor(driver, By.id("preview"));
        assertThat(preview.findElements(By.cssSelector("#problems tbody tr"))).as("every problem, by line").hasSizeGreaterThan(3);
        WebElement confirm = driver.findElement(By.id("confirm-import"));
        assertThat(confirm.getText()).isEqualTo("Import the 1 good row");
        assertThat(preview.getText()).contains("The rows with problems are left out.");
        confirm.click();
        assertThat(WebSteps.waitFor(driver, By.id("imports")).getText()).contains("bad-rows.csv");

        // The same file again: nothing new, and no button that would add nothing.
        upload(driver, "/import/bad-rows.csv");
        assertThat(WebSteps.waitFor(driver, By.id("nothing-new")).getText()).contains("imported already");
        assertThat(driver.findElements(By.id("confirm-import"))).isEmpty();
        driver.findElement(By.id("upload-again")).click();
        WebSteps.waitFor(driver, By.id("file"));
    }

    private void upload(WebDriver driver, String resource) throws Exception {
        WebSteps.waitFor(driver, By.id("file")).sendKeys(Path.of(getClass().getResource(resource).toURI()).toString());
        driver.findElement(By.cssSelector("#upload button[type=submit]")).click();
    }
}
