package org.hourbook.server.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.hourbook.core.segment.Segment;
import org.hourbook.server.testing.Browser;
import org.hourbook.server.testing.RealServer;
import org.hourbook.server.testing.WebSteps;
import org.hourbook.server.testing.WebWorld;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The manual-time form's slots: never in the future on today, the whole day before, and on the
 * 10-minute UTC grid where the viewer's clock is not (Nepal, +05:45).
 */
@RealServer
@ExtendWith(Browser.class)
class ManualTimeIT {
    WebWorld world;

    private static java.util.List<String> values(WebDriver driver, String select) {
        return new Select(driver.findElement(By.id(select))).getOptions().stream().map(o -> o.getDomAttribute("value"))
                .filter(v -> !v.isEmpty()).toList();
    }

    @Test
    void on_today_the_form_offers_no_slot_that_ends_after_now(WebDriver driver) {
        WebSteps.signIn(driver, world, "fran@example.test");
        driver.get(WebSteps.diary(world, world.website.id()));

        assertThat(values(driver, "manual-from")).isNotEmpty().allSatisfy(v -> assertThat(Instant.parse(v)).isBefore(WebWorld.NOW))
                .last().isEqualTo("2026-11-18T14:50:00Z");
        assertThat(values(driver, "manual-to")).allSatisfy(v -> assertThat(Instant.parse(v)).isBeforeOrEqualTo(WebWorld.NOW))
                .last().isEqualTo("2026-11-18T15:00:00Z");
    }

    @Test
    void a_past_day_offers_every_slot_of_the_day(WebDriver driver) {
        WebSteps.signIn(driver, world, "fran@example.test");
        driver.get(world.url("/contracts/" + world.website.id() + "/diary?date=2026-11-17"));

        var starts = values(driver, "manual-from");
        assertThat(starts).hasSize(144).startsWith("2026-11-17T00:00:00Z").endsWith("2026-11-17T23:50:00Z");
        assertThat(values(driver, "manual-to")).hasSize(144).endsWith("2026-11-18T00:00:00Z");
    }

    @Test
    void just_after_midnight_today_says_so_instead_of_offering_an_empty_form(WebDriver driver) {
        // 15:00 UTC is 00:00 in Tokyo: not one slot of the new day has ended.
        var yui = world.user("yui@example.test", "Yui", "Asia/Tokyo");
        var contract = world.contract("Acme app", yui, 5000, null, true);
        WebSteps.signIn(driver, world, "yui@example.test");
        driver.get(world.url("/contracts/" + contract.id() + "/diary"));

        assertThat(driver.findElement(By.id("manual-none-yet")).getText()).contains("has ended yet");
        assertThat(driver.findElements(By.id("manual-from"))).isEmpty();
        assertThat(driver.findElements(By.id("manual-add"))).isEmpty();
    }

    @Test
    void a_freelancer_in_kathmandu_adds_manual_time_from_the_offered_slots(WebDriver driver) {
        var aarav = world.user("aarav@example.test", "Aarav", "Asia/Kathmandu");
        var contract = world.contract("Acme API", aarav, 5000, null, true);
        WebSteps.signIn(driver, world, "aarav@example.test");
        driver.get(world.url("/contracts/" + contract.id() + "/diary?date=" + WebWorld.TODAY));

        var starts = new Select(driver.findElement(By.id("manual-from"))).getOptions().stream().map(o -> o.getText()).toList();
        // 15:00 UTC is 20:45 in Kathmandu: the last slot offered today is 20:35-20:45.
        assertThat(starts).contains("00:05", "10:05", "10:15", "20:35").doesNotContain("10:00", "10:10", "20:45", "23:55");
        DiaryIT.fillManual(driver, "10:05", "10:35", "Planning call with Acme");

        assertThat(WebSteps.waitFor(driver, By.cssSelector(".notice")).getText()).isEqualTo("Manual time added.");
        var added = world.db.segments().findByContract(contract.id(), Instant.parse("2026-11-18T00:00:00Z"),
                Instant.parse("2026-11-19T00:00:00Z"));
        assertThat(added).extracting(Segment::start).containsExactly(Instant.parse("2026-11-18T04:20:00Z"),
                Instant.parse("2026-11-18T04:30:00Z"), Instant.parse("2026-11-18T04:40:00Z"));
        assertThat(driver.findElements(By.cssSelector("article.card.manual")).get(0).getText()).contains("10:05–10:15");
    }
}
