package org.hourbook.server;

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
import org.hourbook.server.testing.Browser;
import org.hourbook.server.testing.RealServer;
import org.hourbook.server.testing.TestServer;
import org.hourbook.server.testing.WebSteps;
import org.hourbook.server.testing.WebWorld;
import org.hourbook.store.testing.Backend;
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
 * Saves the pictures of the pages under {@code docs/} when run with {@code -Ddocs.screenshots=true}
 * (skipped otherwise). By default over this test's own world, given a fuller week first; with
 * {@code -Ddocs.url=...} over a running server such as {@code hourbook demo} (see docs/README.md
 * for the properties naming its accounts and pages).
 */
@RealServer
@ExtendWith(Browser.class)
class DocsScreenshotsIT {
    @TempDir Path dir;
    WebWorld world;
    Target target;

    /** Where to take the pictures: a base URL, three accounts and the pages to show. */
    record Target(String url, String password, String freelancer, String client, String lead, String freelancerDiary,
                  String clientDiary, String timesheet, String clientOwner) {

        static Target fromProperties() {
            return new Target(System.getProperty("docs.url"), System.getProperty("docs.password"),
                    System.getProperty("docs.freelancer"), System.getProperty("docs.client"), System.getProperty("docs.lead"),
                    System.getProperty("docs.freelancerDiary"), System.getProperty("docs.clientDiary"),
                    System.getProperty("docs.timesheet"), System.getProperty("docs.clientOwner"));
        }

        static Target of(WebWorld w) {
            String diary = "/contracts/" + w.website.id() + "/diary?date=" + WebWorld.TODAY;
            return new Target(w.url(""), WebWorld.PASSWORD, "fran@example.test", "carl@example.test", "lena@example.test",
                    diary, diary, "/contracts/" + w.website.id() + "/timesheet?date=" + WebWorld.TODAY, "olga@example.test");
        }

        /** "/contracts/3/diary?date=..." → "/contracts/3" + page: the client's contract pages. */
        String clientContract(String page) {
            return clientDiary.substring(0, clientDiary.indexOf("/diary")) + page;
        }
    }

    @BeforeEach
    void start() {
        assumeTrue(Boolean.getBoolean("docs.screenshots"), "docs screenshots are taken with -Ddocs.screenshots=true");
        if (System.getProperty("docs.url") != null) {
            target = Target.fromProperties();
        } else {
            fillTheWeek();
            target = Target.of(world);
        }
    }

    @Test
    void pictures_of_every_page_are_saved_under_docs(WebDriver driver) throws IOException {
        Path docs = Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent().resolve("docs");
        Files.createDirectories(docs);
        ChromeDriver chrome = (ChromeDriver) driver;
        String url = target.url();

        driver.get(url + "/signin");
        driver.manage().deleteAllCookies();
        driver.get(url + "/signin");
        shoot(chrome, docs.resolve("signin.png"), 1280, false, 700);

        signIn(driver, target.freelancer());
        shoot(chrome, docs.resolve("contracts.png"), 1280, false, 0);
        driver.get(url + target.freelancerDiary());
        shoot(chrome, docs.resolve("diary-freelancer.png"), 1366, false, 0);
        driver.get(url + target.timesheet());
        shoot(chrome, docs.resolve("timesheet.png"), 1280, false, 0);
        driver.get(url + target.freelancerDiary());
        shoot(chrome, docs.resolve("diary-phone.png"), 390, true, 2600);

        driver.get(url + target.freelancerDiary());
        driver.findElement(By.cssSelector("a.thumb")).click();
        WebSteps.waitFor(driver, By.id("lightbox-img"));
        shoot(chrome, docs.resolve("diary-lightbox.png"), 1366, false, 800);

        signIn(driver, target.client());
        driver.get(url + target.clientDiary());
        shoot(chrome, docs.resolve("diary-client.png"), 1366, false, 0);
        driver.get(url + target.clientContract("/settings"));
        shoot(chrome, docs.resolve("settings-client.png"), 1280, false, 0);
        driver.get(url + target.clientContract("/audit"));
        shoot(chrome, docs.resolve("audit.png"), 1280, false, 0);

        if (target.clientOwner() != null) {
            signIn(driver, target.clientOwner());
            driver.get(url + target.clientContract("/settings"));
            shoot(chrome, docs.resolve("settings-owner.png"), 1280, false, 0);
            driver.get(url + "/contracts/new");
            shoot(chrome, docs.resolve("new-contract.png"), 1280, false, 0);
        }

        signIn(driver, target.lead());
        driver.get(url + "/team");
        shoot(chrome, docs.resolve("team.png"), 1280, false, 0);
        // The lead's organization (one seat: the header links to it), with its members and open invitations.
        driver.findElement(By.id("org-link")).click();
        WebSteps.waitFor(driver, By.id("members"));
        shoot(chrome, docs.resolve("members.png"), 1280, false, 0);
        driver.get(url + "/contracts");
        var offers = driver.findElements(By.cssSelector("a[id^='offer-link-']"));
        if (!offers.isEmpty()) {
            offers.getFirst().click();
            WebSteps.waitFor(driver, By.id("offer-state"));
            shoot(chrome, docs.resolve("offer.png"), 1280, false, 0);
        }

        // The first-run page exists only on an install without accounts: a fresh one of our own.
        try (TestServer fresh = TestServer.start(Backend.SQLITE, dir.resolve("fresh"))) {
            driver.get(fresh.url("/signin"));
            driver.manage().deleteAllCookies();
            driver.get(fresh.services().setup().firstRunLink().orElseThrow());
            driver.findElement(By.id("name")).sendKeys("Maya Lindqvist");
            driver.findElement(By.id("email")).sendKeys("maya@brightlane.example");
            driver.findElement(By.id("orgName")).sendKeys("Brightlane Studio");
            shoot(chrome, docs.resolve("setup.png"), 1280, false, 0);
        }

        assertThat(docs.resolve("diary-freelancer.png")).exists();
    }

    /** The account pages (profile, sessions, tokens): {@code -Dit.test=DocsScreenshotsIT#pictures_of_the_account_pages}. */
    @Test
    void pictures_of_the_account_pages(WebDriver driver) throws IOException {
        Path docs = Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent().resolve("docs");
        ChromeDriver chrome = (ChromeDriver) driver;
        if (System.getProperty("docs.url") == null) {
            // Two more browsers and a tracker for the sessions and tokens pages.
            Instant now = WebWorld.NOW;
            world.db.sessions().create(new org.hourbook.store.auth.StoredSession("docs-phone-" + "0".repeat(20), world.fran.id(), "c",
                    now.minusSeconds(86_400 * 3), now.plusSeconds(86_400 * 20), now.minusSeconds(5400),
                    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1"));
            world.db.sessions().create(new org.hourbook.store.auth.StoredSession("docs-office-" + "0".repeat(20), world.fran.id(), "c",
                    now.minusSeconds(86_400 * 6), now.plusSeconds(86_400 * 20), now.minusSeconds(86_400 * 2),
                    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/139.0.0.0 Safari/537.36 Edg/139.0"));
            world.services.apiTokens().issueFor(world.fran.id(), org.hourbook.store.auth.TokenKind.DEVICE, "fran-thinkpad");
            world.services.apiTokens().issueFor(world.fran.id(), org.hourbook.store.auth.TokenKind.PERSONAL, "invoicing script");
        }
        signIn(driver, target.freelancer());
        driver.get(target.url() + "/profile");
        shoot(chrome, docs.resolve("profile.png"), 1280, false, 0);
        driver.get(target.url() + "/profile/sessions");
        shoot(chrome, docs.resolve("sessions.png"), 1280, false, 0);
        driver.get(target.url() + "/profile/tokens");
        shoot(chrome, docs.resolve("tokens.png"), 1280, false, 0);
        assertThat(docs.resolve("profile.png")).exists();
    }

    private void signIn(WebDriver driver, String email) {
        driver.get(target.url() + "/signin");
        driver.manage().deleteAllCookies();
        driver.get(target.url() + "/signin");
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(target.password());
        driver.findElement(By.cssSelector("form[action='/signin'] button[type=submit]")).click();
        WebSteps.waitFor(driver, By.cssSelector(".topbar .name"));
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
        // Thumbnails load lazily: load them all now and wait until they are in before taking the picture.
        ((JavascriptExecutor) driver).executeScript("document.querySelectorAll('img[loading=lazy]').forEach(i => i.loading = 'eager')");
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(15)).until(d -> (Boolean)
                ((JavascriptExecutor) d).executeScript("return Array.from(document.images).every(i => i.complete)"));
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
        db.invitations().create(new org.hourbook.store.account.InvitationRepository.New(t.agencyOrgId(), "noah@example.test",
                Role.FREELANCER, null, null, null, db.accounts().findUserByEmail("lena@example.test").orElseThrow().id()),
                WebWorld.NOW, WebWorld.NOW.plus(java.time.Duration.ofDays(7)));
        // A few changes for the audit log picture, made as the client.
        world.acmeOwner();
        db.useTransaction(tx -> {
            world.services.audit().record(tx, t.id(), world.carl.id(), "contract.update", "contract", Long.toString(t.id()),
                    Map.of("weeklyLimitHours", 2), Map.of("weeklyLimitHours", 5));
            world.services.audit().record(tx, t.id(), world.carl.id(), "contract.update", "contract", Long.toString(t.id()),
                    Map.of("activityLabels", List.of("Design", "Development")), Map.of("activityLabels", t.activityLabels()));
            world.services.audit().record(tx, t.id(), world.fran.id(), "segment.memo", "segment", world.todays.get(6).id().toString(),
                    Map.of("memo", "Homepage hero layout"), Map.of("memo", "Checkout form validation"));
        });
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
