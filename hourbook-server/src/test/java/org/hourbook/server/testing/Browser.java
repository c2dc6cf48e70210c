package org.hourbook.server.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Chromium for all browser tests of the run (start-up is the expensive part on a
 * small machine), kept in JUnit's root store and quit when the run ends. Tests receive it as a
 * {@link WebDriver} parameter. Without chromium/chromedriver the tests are skipped loudly, and
 * with {@code CI=true} they fail instead: CI must never pass by skipping them.
 */
public final class Browser implements ExecutionCondition, ParameterResolver {
    static final Path CHROMIUM = Path.of(System.getProperty("hb.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("hb.chromedriver", "/usr/bin/chromedriver"));

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return ConditionEvaluationResult.enabled("chromium and chromedriver found");
        }
        String message = "BROWSER TESTS NEED " + CHROMIUM + " AND " + CHROMEDRIVER
                + " (Debian: apt-get install chromium chromium-driver)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(message + " — failing because CI=true");
        }
        System.err.println("!!! SKIPPED: " + message);
        return ConditionEvaluationResult.disabled("SKIPPED: " + message);
    }

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
        return p.getParameter().getType() == WebDriver.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext e) {
        return e.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Shared.class, k -> Shared.start(), Shared.class).driver;
    }

    /** The shared browser; JUnit closes it when the root context (the whole run) ends. */
    @SuppressWarnings("deprecation")
    record Shared(ChromeDriver driver, Path profile) implements AutoCloseable, ExtensionContext.Store.CloseableResource {
        static Shared start() {
            try {
                Path profile = Files.createTempDirectory("hb-chromium-");
                ChromeOptions options = new ChromeOptions();
                options.setBinary(CHROMIUM.toFile());
                options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--hide-scrollbars", "--user-data-dir=" + profile);
                // The driver path is explicit, so Selenium Manager never tries to download one.
                ChromeDriverService service = new ChromeDriverService.Builder()
                        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
                ChromeDriver driver = new ChromeDriver(service, options);
                driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
                driver.manage().window().setSize(new Dimension(1366, 900));
                return new Shared(driver, profile);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() {
            driver.quit();
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (IOException ignored) {
                // a leftover temp profile is harmless
            }
        }
    }
}
