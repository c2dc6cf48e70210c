package org.hourbook.server.diary;

import static org.assertj.core.api.Assertions.assertThat;

import org.hourbook.server.testing.Browser;
import org.hourbook.server.testing.RealServer;
import org.hourbook.server.testing.WebSteps;
import org.hourbook.server.testing.WebWorld;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The freelancer's Work Diary day: what it shows and the changes they may make. */
@RealServer
@ExtendWith(Browser.class)
class DiaryIT {
    WebWorld world;

    private void openWebsiteDiary(WebDriver driver) {
        WebSteps.signIn(driver, world, "fran@example.test");
        driver.get(WebSteps.diary(world, world.website.id()));
    }

    private WebElement card(WebDriver driver, int index) {
        return driver.findElement(By.id("seg-" + world.todays.get(index).id()));
    }

    @Test
    void the_day_shows_hour_rows_with_cards_activity_and_over_limit_time(WebDriver driver) {
        openWebsiteDiary(driver);

        assertThat(driver.findElements(By.cssSelector("section.hour"))).hasSize(24);
        assertThat(WebSteps.cards(driver)).hasSize(15);
        assertThat(driver.findElement(By.id("day-total")).getText()).isEqualTo("2:30 h (0:30 h over limit)");
        assertThat(driver.findElement(By.id("limit-left")).getText()).contains("0:30 h over the 2 h limit");
        WebElement first = card(driver, 0);
        assertThat(first.getText()).contains("09:00–09:10", "Homepage hero layout", "Design");
        assertThat(first.findElement(By.cssSelector(".bars")).getDomAttribute("aria-label")).isEqualTo("Activity 3 of 10");
        assertThat(first.findElements(By.cssSelector(".bars span.on"))).hasSize(3);
        assertThat(first.findElement(By.cssSelector(".shot img")).getDomAttribute("alt")).isEqualTo("Screenshot 09:00–09:10");
        assertThat(driver.findElements(By.cssSelector("article.card .tag-over"))).hasSize(3);
        assertThat(card(driver, 14).getText()).contains("Over limit");
    }

    @Test
    void per_minute_counts_open_on_demand(WebDriver driver) {
        openWebsiteDiary(driver);
        card(driver, 0).findElement(By.cssSelector("details.minutes summary")).click();

        WebElement table = WebSteps.waitFor(driver, By.cssSelector("#seg-" + world.todays.get(0).id() + " table.minute-table"));
        assertThat(table.findElements(By.cssSelector("tbody tr"))).hasSize(10);
        assertThat(table.getText()).contains("09:00", "40");
    }

    @Test
    void a_day_when_clocks_go_back_has_25_hour_rows(WebDriver driver) {
        WebSteps.signIn(driver, world, "fran@example.test");
        driver.get(world.url("/contracts/" + world.website.id() + "/diary?date=2026-10-25"));

        assertThat(driver.findElements(By.cssSelector("section.hour"))).hasSize(25);
    }

    @Test
    void the_memo_of_selected_segments_can_be_edited(WebDriver driver) {
        openWebsiteDiary(driver);
        driver.findElement(By.id("pick-" + world.todays.get(6).id())).click();
        driver.findElement(By.id("pick-" + world.todays.get(7).id())).click();
        driver.findElement(By.id("memo")).sendKeys("Checkout <form> validation");
        driver.findElement(By.id("edit-memo")).click();

        assertThat(WebSteps.waitFor(driver, By.cssSelector(".notice")).getText()).isEqualTo("Memo updated.");
        assertThat(card(driver, 6).findElement(By.cssSelector(".memo")).getText()).isEqualTo("Checkout <form> validation");
        assertThat(card(driver, 7).findElement(By.cssSelector(".memo")).getText()).isEqualTo("Checkout <form> validation");
        assertThat(card(driver, 8).findElement(By.cssSelector(".memo")).getText()).isEqualTo("Homepage hero layout");
    }

    @Test
    void with_javascript_the_memo_edit_updates_the_day_in_place(WebDriver driver) {
        openWebsiteDiary(driver);
        var js = (org.openqa.selenium.JavascriptExecutor) driver;
        js.executeScript("window.stillTheSamePage = true;");
        driver.findElement(By.id("pick-" + world.todays.get(6).id())).click();
        driver.findElement(By.id("memo")).sendKeys("Hero image compression");
        driver.findElement(By.id("edit-memo")).click();

        assertThat(WebSteps.waitFor(driver, By.cssSelector(".notice")).getText()).isEqualTo("Memo updated.");
        assertThat(js.executeScript("return window.stillTheSamePage === true")).isEqualTo(true);
        assertThat(card(driver, 6).findElement(By.cssSelector(".memo")).getText()).isEqualTo("Hero image compression");
    }

    @Test
    void without_javascript_a_memo_edit_is_a_form_post_and_a_redirect(WebDriver driver) throws Exception {
        openWebsiteDiary(driver);
        var segment = world.todays.get(5).id();

        var response = WebSteps.post(driver, world, "/contracts/" + world.website.id() + "/diary/memo",
                "memo=Plain+form+memo&ids=" + segment + "&date=" + WebWorld.TODAY);

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("done=memo"));
        assertThat(world.db.segments().findById(segment).orElseThrow().memo()).isEqualTo("Plain form memo");
    }

    @Test
    void a_segment_is_deleted_after_confirming(WebDriver driver) {
        openWebsiteDiary(driver);
        driver.findElement(By.id("pick-" + world.todays.get(14).id())).click();
        driver.findElement(By.id("delete")).click();

        assertThat(WebSteps.waitFor(driver, By.cssSelector(".confirm h1")).getText()).isEqualTo("Delete 1 segment?");
        driver.findElement(By.id("confirm-delete")).click();

        assertThat(WebSteps.waitFor(driver, By.cssSelector(".notice")).getText()).isEqualTo("Time deleted.");
        assertThat(WebSteps.cards(driver)).hasSize(14);
        assertThat(driver.findElements(By.id("seg-" + world.todays.get(14).id()))).isEmpty();
    }

    @Test
    void manual_time_is_added_and_marked_manual(WebDriver driver) {
        openWebsiteDiary(driver);
        fillManual(driver, "11:00", "11:30", "Call with Acme about the launch");

        assertThat(WebSteps.waitFor(driver, By.cssSelector(".notice")).getText()).isEqualTo("Manual time added.");
        assertThat(WebSteps.cards(driver)).hasSize(18);
        var manual = driver.findElements(By.cssSelector("article.card.manual"));
        assertThat(manual).hasSize(3);
        assertThat(manual.get(0).getText()).contains("11:00–11:10", "Manual", "Call with Acme about the launch");
    }

    @Test
    void manual_time_in_the_future_is_refused_inline(WebDriver driver) {
        openWebsiteDiary(driver);
        // The lists offer no later slot (ManualTimeIT), so this is a hand-made form: the server still refuses it.
        offer(driver, "manual-from", "2026-11-18T16:00:00Z", "16:00");
        offer(driver, "manual-to", "2026-11-18T17:00:00Z", "17:00");
        fillManual(driver, "16:00", "17:00", "Tomorrow's work");

        assertThat(WebSteps.waitFor(driver, By.id("manual-error")).getText()).contains("future");
        assertThat(driver.findElement(By.id("manual-memo")).getDomAttribute("value")).isEqualTo("Tomorrow's work");
        assertThat(WebSteps.cards(driver)).hasSize(15);
    }

    @Test
    void a_contract_that_forbids_manual_time_offers_no_manual_form(WebDriver driver) {
        WebSteps.signIn(driver, world, "fran@example.test");
        driver.get(WebSteps.diary(world, world.support.id()));

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Acme support");
        assertThat(driver.findElements(By.id("manual-add"))).isEmpty();
        assertThat(driver.findElement(By.cssSelector(".empty-day")).getText()).contains("No time recorded");
    }

    @Test
    void a_thumbnail_opens_the_full_screenshot_over_the_diary_and_escape_closes_it(WebDriver driver) {
        openWebsiteDiary(driver);
        WebElement thumb = card(driver, 2).findElement(By.cssSelector("a.thumb"));
        thumb.click();

        var full = WebSteps.waitFor(driver, By.id("lightbox-img"));
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10)).until(d -> ((Number)
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return arguments[0].naturalWidth", full)).intValue() == 640);
        assertThat(driver.getCurrentUrl()).contains("/diary");
        assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("lightbox-close");
        driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ESCAPE);

        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(5))
                .until(d -> !d.findElement(By.id("lightbox")).isDisplayed());
        assertThat(driver.switchTo().activeElement().getDomAttribute("class")).isEqualTo("thumb");
    }

    @Test
    void the_segment_page_shows_the_full_screenshot_which_the_freelancer_may_delete(WebDriver driver) {
        openWebsiteDiary(driver);
        // The thumbnail's link is the page a browser without JavaScript opens.
        driver.get(card(driver, 2).findElement(By.cssSelector("a.thumb")).getDomProperty("href"));

        var full = WebSteps.waitFor(driver, By.cssSelector("img.full"));
        assertThat(((Number) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return arguments[0].naturalWidth", full)).intValue()).isEqualTo(640);
        driver.findElement(By.id("delete-segment")).click();
        WebSteps.waitFor(driver, By.id("confirm-delete")).click();

        assertThat(WebSteps.waitFor(driver, By.cssSelector(".notice")).getText()).isEqualTo("Time deleted.");
        assertThat(WebSteps.cards(driver)).hasSize(14);
    }

    @Test
    void a_closed_contract_is_read_only_with_an_explanation(WebDriver driver) {
        world.db.contracts().setStatus(world.website.id(), org.hourbook.core.contract.ContractStatus.CLOSED);
        openWebsiteDiary(driver);

        assertThat(driver.findElement(By.cssSelector(".readonly")).getText()).contains("closed");
        assertThat(WebSteps.cards(driver)).hasSize(15);
        assertThat(driver.findElements(By.id("sel"))).isEmpty();
        assertThat(driver.findElements(By.id("manual-add"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector(".label-form"))).isEmpty();
    }

    @Test
    void the_utc_switch_shows_the_same_time_in_utc(WebDriver driver) {
        WebSteps.signIn(driver, world, "carl@example.test");
        driver.get(WebSteps.diary(world, world.website.id()));
        driver.findElement(By.linkText("UTC")).click();

        assertThat(driver.findElement(By.cssSelector(".tzswitch a[aria-current=page]")).getText()).isEqualTo("UTC");
        assertThat(card(driver, 0).getText()).contains("09:00–09:10");
    }

    /** Adds an option the page itself would not offer, as a hand-made form could send it. */
    static void offer(WebDriver driver, String select, String value, String label) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].add(new Option(arguments[2], arguments[1]))",
                driver.findElement(By.id(select)), value, label);
    }

    /** Picks the start and end from the form's lists of the day's 10-minute slots, as shown. */
    static void fillManual(WebDriver driver, String from, String to, String memo) {
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("manual-from"))).selectByVisibleText(from);
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("manual-to"))).selectByVisibleText(to);
        driver.findElement(By.id("manual-memo")).sendKeys(memo);
        driver.findElement(By.id("manual-add")).click();
    }
}
