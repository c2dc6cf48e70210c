package org.hourbook.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hourbook.core.account.Role;
import org.hourbook.core.contract.ContractTerms;
import org.hourbook.core.segment.MinuteActivity;
import org.hourbook.core.segment.Segment;
import org.hourbook.core.segment.Source;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Saves the pictures of the pages under {@code docs/} (run with {@code -Ddocs.screenshots=true});
 * skipped otherwise. The world gets a fuller week first so the pictures look like real use.
 */
@ExtendWith(Browser.class)
class DocsScreenshotsIT {
    @TempDir Path dir;
    WebWorld world;

    @BeforeEach
    void start() {
        assumeTrue(Boolean.getBoolean("docs.screenshots"), "docs screenshots are taken with -Ddocs.screenshots=true");
        world = new WebWorld(dir);
        fillTheWeek();
    }

    @AfterEach
    void stop() {
        if (world != null) world.close();
    }

    @Test
    void pictures_of_every_page_are_saved_under_docs(WebDriver driver) throws IOException {
        Path docs = Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent().resolve("docs");
        Files.createDirectories(docs);
        ChromeDriver chrome = (ChromeDriver) driver;

        driver.manage().deleteAllCookies();
        driver.get(world.url("/signin"));
        shoot(chrome, docs.resolve("signin.png"), 1280, false, 700);

        WebSteps.signIn(driver, world, "fran@example.test");
        shoot(chrome, docs.resolve("contracts.png"), 1280, false, 0);
        driver.get(WebSteps.diary(world, world.website.id()) + "#h0800");
        shoot(chrome, docs.resolve("diary-freelancer.png"), 1366, false, 0);
        driver.get(world.url("/contracts/" + world.website.id() + "/timesheet?date=" + WebWorld.TODAY));
        shoot(chrome, docs.resolve("timesheet.png"), 1280, false, 0);
        driver.get(WebSteps.diary(world, world.website.id()));
        shoot(chrome, docs.resolve("diary-phone.png"), 390, true, 2600);

        WebSteps.signIn(driver, world, "carl@example.test");
        driver.get(WebSteps.diary(world, world.website.id()));
        shoot(chrome, docs.resolve("diary-client.png"), 1366, false, 0);

        WebSteps.signIn(driver, world, "lena@example.test");
        driver.get(world.url("/team"));
        shoot(chrome, docs.resolve("team.png"), 1280, false, 0);

        assertThat(docs.resolve("diary-freelancer.png")).exists();
    }

    /** Full-page picture at a given width (phone = mobile emulation), cut at {@code maxHeight} when > 0. */
    private static void shoot(ChromeDriver driver, Path file, int width, boolean phone, int maxHeight) throws IOException {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 800, "deviceScaleFactor", phone ? 2 : 1, "mobile", phone));
        long height = ((Number) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollHeight")).longValue();
        if (maxHeight > 0) height = Math.min(height, maxHeight);
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", phone ? 2 : 1, "mobile", phone));
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /**
     * Monday and Tuesday of the same week, a manual entry, a 5 h limit (so Wednesday ends over
     * it), and a second agency member with a contract of his own.
     */
    private void fillTheWeek() {
        var db = world.db;
        var t = world.website;
        db.contracts().update(new ContractTerms(t.id(), t.clientOrgId(), t.freelancerId(), t.agencyOrgId(), t.title(), t.rateMinor(),
                t.currency(), 5, true, t.activityLabels(), t.screenshotPolicy(), t.idleMinutes(), t.zone(), t.status(), t.rounding()));
        List<Segment> more = new ArrayList<>();
        add(more, t.id(), world.fran.id(), "2026-11-16T08:00:00Z", 12, "Wireframes for the pricing page", "Design", 1);
        add(more, t.id(), world.fran.id(), "2026-11-17T10:00:00Z", 6, "Navigation bug fixes", "Development", 2);
        more.add(new Segment(UUID.nameUUIDFromBytes("docs-manual".getBytes()), t.id(), world.fran.id(),
                Instant.parse("2026-11-17T14:00:00Z"), 600, List.of(), "Client call: launch plan", "Meetings", Source.MANUAL, null));
        more.add(new Segment(UUID.nameUUIDFromBytes("docs-manual2".getBytes()), t.id(), world.fran.id(),
                Instant.parse("2026-11-18T11:00:00Z"), 600, List.of(), "Call with Acme about the launch", "Meetings", Source.MANUAL, null));
        var ravi = db.accounts().createUser("ravi@example.test", "Ravi Kumar", ZoneId.of("Asia/Kolkata"),
                world.services.passwords().hash(WebWorld.PASSWORD), WebWorld.NOW);
        db.accounts().putMember(t.agencyOrgId(), ravi.id(), Role.FREELANCER);
        var app = db.contracts().create(new ContractTerms(0, t.clientOrgId(), ravi.id(), t.agencyOrgId(), "Acme mobile app", 4000, "USD",
                20, false, List.of("Development"), null, 10, ZoneId.of("Asia/Kolkata"), null, null));
        add(more, app.id(), ravi.id(), "2026-11-16T05:00:00Z", 18, "Offline sync for orders", "Development", 3);
        add(more, app.id(), ravi.id(), "2026-11-18T04:30:00Z", 15, "Push notification settings screen", "Development", 4);
        db.segments().insertAll(more, WebWorld.NOW);
    }

    private static void add(List<Segment> out, long contractId, long freelancerId, String start, int count, String memo,
                            String label, int seed) {
        Instant t0 = Instant.parse(start);
        for (int i = 0; i < count; i++) {
            List<MinuteActivity> minutes = new ArrayList<>();
            for (int m = 0; m < 10; m++) {
                boolean active = (m * 7 + i * 3 + seed) % 10 < 6 + (i + seed) % 5;
                minutes.add(active ? new MinuteActivity(30 + (m * 13 + i) % 60, 4 + m % 5, m % 3, 80 + m * 9) : MinuteActivity.NONE);
            }
            out.add(new Segment(UUID.nameUUIDFromBytes(("docs" + contractId + start + i).getBytes()), contractId, freelancerId,
                    t0.plusSeconds(600L * i), 600, minutes, memo, label, Source.TRACKED, null));
        }
    }
}
