package org.hourbook.server.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.hourbook.core.contract.ContractStatus;
import org.hourbook.core.contract.LimitAction;
import org.hourbook.server.testing.Browser;
import org.hourbook.server.testing.RealServer;
import org.hourbook.server.testing.WebSteps;
import org.hourbook.server.testing.WebWorld;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/** The contract pages: terms as each role may change them, a new contract, closing, the audit log. */
@RealServer
@ExtendWith(Browser.class)
class ContractPagesIT {
    WebWorld world;

    private void openSettings(WebDriver driver, String email) {
        WebSteps.signIn(driver, world, email);
        driver.get(world.url("/contracts/" + world.website.id() + "/settings"));
    }

    @Test
    void the_client_raises_the_weekly_limit_and_the_diary_counts_against_it(WebDriver driver) {
        WebSteps.signIn(driver, world, "carl@example.test");
        driver.get(WebSteps.diary(world, world.website.id()));
        driver.findElement(By.id("settings-link")).click();

        assertThat(driver.findElements(By.id("rate"))).as("a client member does not set the rate").isEmpty();
        assertThat(driver.findElement(By.id("term-rate")).getText()).isEqualTo("45.00 USD / h");
        assertThat(driver.findElements(By.id("close-contract"))).isEmpty();
        WebSteps.type(driver.findElement(By.id("weeklyLimitHours")), "5");
        driver.findElement(By.id("save-terms")).click();

        assertThat(WebSteps.waitFor(driver, By.id("settings-notice")).getText()).isEqualTo("Terms saved.");
        assertThat(world.db.contracts().find(world.website.id()).orElseThrow().weeklyLimitHours()).isEqualTo(5);
        driver.get(WebSteps.diary(world, world.website.id()));
        assertThat(driver.findElement(By.id("limit-left")).getText()).isEqualTo("2:30 h left of 5 h");
    }

    @Test
    void the_client_switches_manual_time_off_and_renames_removes_and_adds_labels(WebDriver driver) {
        openSettings(driver, "carl@example.test");

        driver.findElement(By.id("manualTimeAllowed")).click();
        WebSteps.type(driver.findElement(By.id("label-1")), "Frontend development");
        driver.findElement(By.id("label-2")).clear();
        WebSteps.type(driver.findElement(By.id("newLabel")), "Code review");
        driver.findElement(By.id("save-terms")).click();

        WebSteps.waitFor(driver, By.id("settings-notice"));
        var terms = world.db.contracts().find(world.website.id()).orElseThrow();
        assertThat(terms.manualTimeAllowed()).isFalse();
        assertThat(terms.activityLabels()).containsExactly("Design", "Frontend development", "Code review");
    }

    @Test
    void the_client_lets_the_tracker_keep_going_past_the_limit_and_the_freelancer_reads_it(WebDriver driver) {
        openSettings(driver, "carl@example.test");
        assertThat(driver.findElement(By.id("atLimit-stop")).isSelected()).as("stopping is the default").isTrue();

        driver.findElement(By.id("atLimit-warn")).click();
        driver.findElement(By.id("save-terms")).click();

        WebSteps.waitFor(driver, By.id("settings-notice"));
        assertThat(world.db.contracts().find(world.website.id()).orElseThrow().atLimit()).isEqualTo(LimitAction.WARN);
        assertThat(world.db.audit().listForContract(world.website.id(), 20, 0))
                .anySatisfy(e -> assertThat(e.afterJson()).contains("\"atLimit\"", "WARN"));
        driver.manage().deleteAllCookies();
        openSettings(driver, "fran@example.test");
        assertThat(driver.findElement(By.id("term-at-limit")).getText()).isEqualTo("The tracker warns and keeps recording");
    }

    @Test
    void a_limit_the_rules_refuse_is_explained_next_to_the_field(WebDriver driver) {
        openSettings(driver, "carl@example.test");

        WebSteps.type(driver.findElement(By.id("weeklyLimitHours")), "500");
        driver.findElement(By.id("save-terms")).click();

        assertThat(WebSteps.waitFor(driver, By.id("limit-error")).getText()).contains("1..168");
        assertThat(driver.findElement(By.id("weeklyLimitHours")).getDomProperty("value")).isEqualTo("500");
        assertThat(world.db.contracts().find(world.website.id()).orElseThrow().weeklyLimitHours()).isEqualTo(2);
    }

    @Test
    void the_freelancer_reads_the_terms_without_any_controls(WebDriver driver) throws Exception {
        openSettings(driver, "fran@example.test");

        assertThat(driver.findElements(By.id("terms-form"))).isEmpty();
        assertThat(driver.findElement(By.id("term-limit")).getText()).isEqualTo("2 h");
        assertThat(driver.findElement(By.id("term-labels")).getText()).isEqualTo("Design, Development, Meetings");
        assertThat(driver.findElement(By.id("terms-readonly")).getText()).contains("Only the client");
        // The services refuse the change, whatever the page shows (403, nothing changed).
        var response = WebSteps.post(driver, world, "/contracts/" + world.website.id() + "/settings", "weeklyLimitHours=40");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(world.db.contracts().find(world.website.id()).orElseThrow().weeklyLimitHours()).isEqualTo(2);
    }

    @Test
    void the_client_owner_changes_the_rate_and_closes_the_contract_after_confirming(WebDriver driver) {
        world.acmeOwner();
        openSettings(driver, "olga@example.test");

        WebSteps.type(driver.findElement(By.id("rate")), "50.50");
        driver.findElement(By.id("save-terms")).click();
        WebSteps.waitFor(driver, By.id("settings-notice"));
        assertThat(world.db.contracts().find(world.website.id()).orElseThrow().rateMinor()).isEqualTo(5050);

        driver.findElement(By.id("close-contract")).click();
        assertThat(WebSteps.waitFor(driver, By.cssSelector(".confirm h1")).getText()).contains("Close “Acme website”?");
        assertThat(world.db.contracts().find(world.website.id()).orElseThrow().status()).isEqualTo(ContractStatus.ACTIVE);
        driver.findElement(By.id("confirm-close")).click();

        assertThat(WebSteps.waitFor(driver, By.id("settings-notice")).getText()).contains("closed");
        assertThat(world.db.contracts().find(world.website.id()).orElseThrow().status()).isEqualTo(ContractStatus.CLOSED);
        assertThat(driver.findElements(By.id("terms-form"))).isEmpty();
    }

    @Test
    void a_client_member_never_reaches_the_close_confirmation(WebDriver driver) {
        openSettings(driver, "carl@example.test");
        driver.get(world.url("/contracts/" + world.website.id() + "/close"));

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
    }

    @Test
    void a_client_owner_offers_a_contract_to_a_freelancer_named_by_email(WebDriver driver) {
        world.acmeOwner();
        WebSteps.signIn(driver, world, "olga@example.test");
        driver.findElement(By.id("new-contract-link")).click();

        WebSteps.type(WebSteps.waitFor(driver, By.id("title")), "Acme mobile app");
        WebSteps.type(driver.findElement(By.id("freelancerEmail")), "fran@example.test");
        WebSteps.type(driver.findElement(By.id("rateMinor")), "60");
        WebSteps.type(driver.findElement(By.id("weeklyLimitHours")), "15");
        driver.findElement(By.id("manualTimeAllowed")).click();
        driver.findElement(By.id("activityLabels")).sendKeys("Design\nBackend");
        new Select(driver.findElement(By.id("screenshotPolicy"))).selectByValue("BLURRED");
        new Select(driver.findElement(By.id("zone"))).selectByVisibleText("Asia/Kathmandu");
        driver.findElement(By.id("create-contract")).click();

        assertThat(WebSteps.waitFor(driver, By.id("offer-notice")).getText()).startsWith("Offer sent.");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Acme mobile app");
        assertThat(driver.findElement(By.id("offer-status")).getText()).isEqualToIgnoringCase("offered");
        var created = world.db.contracts().listVisibleTo(world.fran.id()).stream()
                .filter(t -> t.title().equals("Acme mobile app")).findFirst().orElseThrow();
        assertThat(created.status()).isEqualTo(ContractStatus.OFFERED);
        assertThat(created.rateMinor()).isEqualTo(6000);
        assertThat(created.weeklyLimitHours()).isEqualTo(15);
        assertThat(created.manualTimeAllowed()).isTrue();
        assertThat(created.activityLabels()).containsExactly("Design", "Backend");
        assertThat(created.zone().getId()).isEqualTo("Asia/Kathmandu");

        WebSteps.signIn(driver, world, "fran@example.test");
        driver.findElement(By.id("offer-link-" + created.id())).click();
        driver.findElement(By.id("accept-self")).click();
        assertThat(WebSteps.waitFor(driver, By.id("offer-notice")).getText()).contains("Time can be recorded on it now");
        driver.findElement(By.id("offer-diary")).click();
        assertThat(driver.findElements(By.cssSelector(".readonly"))).as("an accepted contract's diary is open").isEmpty();
    }

    @Test
    void an_offer_to_someone_without_an_account_shows_the_invitation_link_to_send(WebDriver driver) {
        world.acmeOwner();
        WebSteps.signIn(driver, world, "olga@example.test");
        driver.get(world.url("/contracts/new"));

        WebSteps.type(driver.findElement(By.id("title")), "Acme mobile app");
        WebSteps.type(driver.findElement(By.id("freelancerEmail")), "nobody@example.test");
        WebSteps.type(driver.findElement(By.id("rateMinor")), "60");
        driver.findElement(By.id("create-contract")).click();

        assertThat(WebSteps.waitFor(driver, By.id("offer-sent")).getText()).contains("has no account here yet", "send them the link yourself");
        assertThat(driver.findElement(By.id("offer-link")).getDomProperty("value")).contains("/invite/");
        assertThat(driver.findElement(By.id("offer-state")).getText()).contains("Waiting for nobody@example.test");
    }

    @Test
    void a_bad_rate_is_explained_and_the_form_keeps_what_was_typed(WebDriver driver) {
        world.acmeOwner();
        WebSteps.signIn(driver, world, "olga@example.test");
        driver.get(world.url("/contracts/new"));

        WebSteps.type(driver.findElement(By.id("title")), "Acme mobile app");
        WebSteps.type(driver.findElement(By.id("freelancerEmail")), "fran@example.test");
        WebSteps.type(driver.findElement(By.id("rateMinor")), "sixty");
        driver.findElement(By.id("create-contract")).click();

        assertThat(WebSteps.waitFor(driver, By.id("rateMinor-error")).getText()).contains("hourly rate as a number");
        assertThat(driver.findElement(By.id("title")).getDomProperty("value")).isEqualTo("Acme mobile app");
    }

    @Test
    void only_a_client_owner_or_manager_is_offered_a_new_contract(WebDriver driver) {
        WebSteps.signIn(driver, world, "carl@example.test");

        assertThat(driver.findElements(By.id("new-contract-link"))).isEmpty();
        driver.get(world.url("/contracts/new"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
    }

    @Test
    void the_audit_log_shows_who_changed_which_term_from_what_to_what(WebDriver driver) {
        openSettings(driver, "carl@example.test");
        WebSteps.type(driver.findElement(By.id("weeklyLimitHours")), "5");
        driver.findElement(By.id("save-terms")).click();
        WebSteps.waitFor(driver, By.id("settings-notice"));

        WebSteps.signIn(driver, world, "fran@example.test");
        driver.get(WebSteps.diary(world, world.website.id()));
        driver.findElement(By.id("audit-link")).click();

        String row = WebSteps.waitFor(driver, By.cssSelector("#audit-table tbody tr")).getText();
        assertThat(row).contains("2026-11-18 15:00:00", "Carl Client", "Changed terms", "weeklyLimitHours: 2 → 5");
    }

    @Test
    void the_audit_log_is_paged_newest_first(WebDriver driver) {
        for (int i = 1; i <= 30; i++) {
            int limit = i;
            world.db.useTransaction(tx -> world.services.audit().record(tx, world.website.id(), world.carl.id(), "contract.update",
                    "contract", Long.toString(world.website.id()), java.util.Map.of("weeklyLimitHours", limit),
                    java.util.Map.of("weeklyLimitHours", limit + 1)));
        }
        WebSteps.signIn(driver, world, "carl@example.test");
        driver.get(world.url("/contracts/" + world.website.id() + "/audit"));

        assertThat(driver.findElements(By.cssSelector("#audit-table tbody tr"))).hasSize(25);
        driver.findElement(By.id("audit-older")).click();
        assertThat(WebSteps.waitFor(driver, By.cssSelector(".pager")).getText()).contains("Page 2 of 2", "30 entries");
        assertThat(driver.findElements(By.cssSelector("#audit-table tbody tr"))).hasSize(5);
    }
}
