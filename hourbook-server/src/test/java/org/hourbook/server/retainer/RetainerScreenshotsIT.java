package org.hourbook.server.retainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.hourbook.server.testing.Browser;
import org.hourbook.server.testing.WebSteps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Saves the pictures of the retainer pages under {@code docs/} from a running demo, with
 * {@code -Ddocs.screenshots=true -Ddocs.url=http://127.0.0.1:8080 -Ddocs.retainer=ID -Ddocs.public=/r/TOKEN}
 * (the demo prints both in its {@code link} lines; the freelancer is ines@brightlane.example). Skipped otherwise.
 */
@ExtendWith(Browser.class)
class RetainerScreenshotsIT {
    @Test
    void pictures_of_the_retainer_pages_are_saved_under_docs(WebDriver driver) throws IOException {
        assumeTrue(Boolean.getBoolean("docs.screenshots") && System.getProperty("docs.url") != null && System.getProperty("docs.public") != null,
                "retainer pictures are taken from a running demo: -Ddocs.screenshots=true -Ddocs.url=... -Ddocs.retainer=... -Ddocs.public=...");
        String url = System.getProperty("docs.url");
        Path docs = Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent().resolve("docs");
        ChromeDriver chrome = (ChromeDriver) driver;
        driver.get(url + System.getProperty("docs.public"));
        shoot(chrome, docs.resolve("retainer-public.png"), 1100, false);
        shoot(chrome, docs.resolve("retainer-public-phone.png"), 390, true);
        driver.get(url + "/signin");
        driver.manage().deleteAllCookies();
        driver.get(url + "/signin");
        driver.findElement(By.id("email")).sendKeys(System.getProperty("docs.freelancer", "ines@brightlane.example"));
        driver.findElement(By.id("password")).sendKeys(System.getProperty("docs.password", "hourbook-demo"));
        driver.findElement(By.cssSelector("form[action='/signin'] button[type=submit]")).click();
        WebSteps.waitFor(driver, By.cssSelector(".topbar .name"));
        driver.get(url + RetainerUrls.page(Long.getLong("docs.retainer")));
        shoot(chrome, docs.resolve("retainer-overview.png"), 1280, false);
        driver.get(url + RetainerUrls.log(Long.getLong("docs.retainer")));
        shoot(chrome, docs.resolve("retainer-worklog.png"), 1280, false);
        // The preview of an export with two problem rows (nothing is imported: the picture stops there).
        driver.get(url + org.hourbook.server.importing.ImportUrls.page(Long.getLong("docs.retainer")));
        driver.findElement(By.id("file")).sendKeys(resource("/import/toggl-two-problems.csv").toString());
        driver.findElement(By.cssSelector("#upload button[type=submit]")).click();
        WebSteps.waitFor(driver, By.id("preview"));
        shoot(chrome, docs.resolve("retainer-import.png"), 1280, false);
        assertThat(docs.resolve("retainer-public.png")).exists();
    }

    private static Path resource(String name) {
        try {
            return Path.of(RetainerScreenshotsIT.class.getResource(name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void shoot(ChromeDriver driver, Path file, int width, boolean phone) throws IOException {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 800, "deviceScaleFactor", phone ? 2 : 1, "mobile", phone));
        long height = Math.min(2400, ((Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight")).longValue());
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", phone ? 2 : 1, "mobile", phone));
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
}
