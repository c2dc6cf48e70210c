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

/** Moving around the diary: days, zones, the week it belongs to, and who is offered which action. */
@RealServer
@ExtendWith(Browser.class)
class DiaryNavigationIT {
    WebWorld world;

    @Test
    void the_timesheet_card_names_the_monday_of_the_billing_week(WebDriver driver) {
        WebSteps.signIn(driver, world, "fran@example.test");
        driver.get(world.url("/contracts/" + world.website.id() + "/diary?date=2026-11-20"));

        assertThat(driver.findElement(By.id("timesheet-link")).getText()).isEqualTo("Week of 2026-11-16");
        driver.findElement(By.id("timesheet-link")).click();
        assertThat(WebSteps.waitFor(driver, By.tagName("h2")).getText()).contains("Monday, 16 Nov 2026");
    }

    @Test
    void in_the_utc_view_per_minute_counts_and_the_segment_page_are_in_utc_too(WebDriver driver) {
        WebSteps.signIn(driver, world, "carl@example.test");
        driver.get(WebSteps.diary(world, world.website.id()) + "&tz=utc");
        String card = "#seg-" + world.todays.get(0).id();
        driver.findElement(By.cssSelector(card + " details.minutes summary")).click();

        var table = WebSteps.waitFor(driver, By.cssSelector(card + " table.minute-table"));
        assertThat(table.findElement(By.cssSelector("tbody tr td")).getText()).isEqualTo("09:00");
        driver.get(driver.findElement(By.cssSelector(card + " a.thumb")).getDomProperty("href"));
        assertThat(WebSteps.waitFor(driver, By.tagName("h1")).getText()).endsWith("09:00–09:10");
    }

    @Test
    void on_the_night_clocks_go_back_the_two_one_oclock_rows_are_told_apart(WebDriver driver) {
        WebSteps.signIn(driver, world, "carl@example.test");
        driver.get(world.url("/contracts/" + world.website.id() + "/diary?date=2026-11-01"));

        var labels = driver.findElements(By.cssSelector("h3.hour-label")).stream().map(e -> e.getText()).toList();
        assertThat(labels).hasSize(25).contains("01:00 EDT", "01:00 EST").doesNotHaveDuplicates();
    }

    @Test
    void there_is_no_next_day_after_today_and_no_manual_form_on_a_future_day(WebDriver driver) {
        WebSteps.signIn(driver, world, "fran@example.test");
        driver.get(WebSteps.diary(world, world.website.id()));

        assertThat(driver.findElements(By.cssSelector("a[rel=next]"))).isEmpty();
        driver.get(world.url("/contracts/" + world.website.id() + "/diary?date=2026-11-19"));
        assertThat(driver.findElements(By.id("manual-add"))).isEmpty();
        assertThat(driver.findElement(By.id("manual-future")).getText()).contains("today and earlier");
    }

    @Test
    void a_client_is_never_asked_to_confirm_a_delete(WebDriver driver) throws Exception {
        WebSteps.signIn(driver, world, "carl@example.test");
        driver.get(WebSteps.diary(world, world.website.id()));
        var segment = world.todays.get(3).id();

        var response = WebSteps.post(driver, world, "/contracts/" + world.website.id() + "/diary/confirm-delete",
                "ids=" + segment + "&date=" + WebWorld.TODAY);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).doesNotContain("confirm-delete").contains("Only the freelancer deletes time.");
        assertThat(world.db.segments().findById(segment)).isPresent();
    }
}
