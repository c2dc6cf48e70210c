package org.hourbook.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.hourbook.core.segment.Segment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/** Manual time where the viewer's clock is not on the 10-minute UTC grid (Nepal, +05:45). */
@ExtendWith(Browser.class)
class ManualTimeIT {
    @TempDir Path dir;
    WebWorld world;

    @BeforeEach
    void start() {
        world = new WebWorld(dir);
    }

    @AfterEach
    void stop() {
        world.close();
    }

    @Test
    void a_freelancer_in_kathmandu_adds_manual_time_from_the_offered_slots(WebDriver driver) {
        var aarav = world.user("aarav@example.test", "Aarav", "Asia/Kathmandu");
        var contract = world.contract("Acme API", aarav, 5000, null, true);
        WebSteps.signIn(driver, world, "aarav@example.test");
        driver.get(world.url("/contracts/" + contract.id() + "/diary?date=" + WebWorld.TODAY));

        var starts = new Select(driver.findElement(By.id("manual-from"))).getOptions().stream().map(o -> o.getText()).toList();
        assertThat(starts).contains("00:05", "10:05", "10:15", "23:55").doesNotContain("10:00", "10:10");
        DiaryIT.fillManual(driver, "10:05", "10:35", "Planning call with Acme");

        assertThat(WebSteps.waitFor(driver, By.cssSelector(".notice")).getText()).isEqualTo("Manual time added.");
        var added = world.db.segments().findByContract(contract.id(), Instant.parse("2026-11-18T00:00:00Z"),
                Instant.parse("2026-11-19T00:00:00Z"));
        assertThat(added).extracting(Segment::start).containsExactly(Instant.parse("2026-11-18T04:20:00Z"),
                Instant.parse("2026-11-18T04:30:00Z"), Instant.parse("2026-11-18T04:40:00Z"));
        assertThat(driver.findElements(By.cssSelector("article.card.manual")).get(0).getText()).contains("10:05–10:15");
    }
}
