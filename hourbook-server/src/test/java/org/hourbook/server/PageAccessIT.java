package org.hourbook.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.hourbook.server.testing.Browser;
import org.hourbook.server.testing.RealServer;
import org.hourbook.server.testing.WebSteps;
import org.hourbook.server.testing.WebWorld;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Who sees what: the client's review, the agency lead's pages, and an outsider. */
@RealServer
@ExtendWith(Browser.class)
class PageAccessIT {
    WebWorld world;

    @Test
    void the_client_reviews_the_diary_without_memo_controls(WebDriver driver) {
        WebSteps.signIn(driver, world, "carl@example.test");
        driver.get(WebSteps.diary(world, world.website.id()));

        assertThat(WebSteps.cards(driver)).hasSize(15);
        assertThat(driver.findElements(By.id("sel"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("input[type=checkbox]"))).isEmpty();
        assertThat(driver.findElements(By.id("manual-add"))).isEmpty();
        // Carl's own zone is New York: 09:00 UTC is 04:00 there.
        driver.get(driver.findElement(By.cssSelector("#seg-" + world.todays.get(0).id() + " a.thumb")).getDomProperty("href"));
        WebSteps.waitFor(driver, By.cssSelector("img.full"));
        assertThat(driver.findElements(By.id("delete-segment"))).isEmpty();
        driver.navigate().back();
        assertThat(driver.findElement(By.id("seg-" + world.todays.get(0).id())).getText()).contains("04:00–04:10");
    }

    @Test
    void the_client_changes_an_activity_label_in_place(WebDriver driver) {
        WebSteps.signIn(driver, world, "carl@example.test");
        driver.get(WebSteps.diary(world, world.website.id()));
        String id = world.todays.get(1).id().toString();

        // With htmx the choice saves on change; without it, the form's Save button posts it.
        new Select(driver.findElement(By.id("label-" + id))).selectByVisibleText("Meetings");

        new WebDriverWait(driver, java.time.Duration.ofSeconds(10)).until(d ->
                world.db.segments().findById(world.todays.get(1).id()).orElseThrow().label() != null);
        assertThat(world.db.segments().findById(world.todays.get(1).id()).orElseThrow().label()).isEqualTo("Meetings");
        driver.navigate().refresh();
        assertThat(new Select(driver.findElement(By.id("label-" + id))).getFirstSelectedOption().getText()).isEqualTo("Meetings");
    }

    @Test
    void without_javascript_a_label_change_is_a_form_post_and_a_redirect(WebDriver driver) throws Exception {
        WebSteps.signIn(driver, world, "carl@example.test");
        driver.get(WebSteps.diary(world, world.website.id()));
        var segment = world.todays.get(2).id();

        var response = post(driver, "/contracts/" + world.website.id() + "/segments/" + segment + "/label",
                "label=Meetings&date=" + WebWorld.TODAY);

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("done=label"));
        assertThat(world.db.segments().findById(segment).orElseThrow().label()).isEqualTo("Meetings");
    }

    @Test
    void the_server_refuses_a_clients_memo_edit_even_without_the_controls(WebDriver driver) throws Exception {
        WebSteps.signIn(driver, world, "carl@example.test");
        driver.get(WebSteps.diary(world, world.website.id()));
        var segment = world.todays.get(3).id();

        var response = post(driver, "/contracts/" + world.website.id() + "/diary/memo",
                "memo=Rewritten+by+the+client&ids=" + segment + "&date=" + WebWorld.TODAY);

        // 403 as in the API (the client may see the diary, not change a memo), with the page saying why.
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("class=\"error\"", "only the freelancer edits memos");
        assertThat(world.db.segments().findById(segment).orElseThrow().memo()).isEqualTo("Homepage hero layout");
    }

    /** A plain form POST with the browser's session cookie and the page's CSRF token, redirects not followed. */
    private java.net.http.HttpResponse<String> post(WebDriver driver, String path, String form) throws Exception {
        String csrf = driver.findElement(By.name("_csrf")).getDomAttribute("value");
        String cookie = driver.manage().getCookieNamed("hb_session").getValue();
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(world.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .header("Cookie", "hb_session=" + cookie)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + csrf)).build();
        try (var http = java.net.http.HttpClient.newHttpClient()) {
            return http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        }
    }

    @Test
    void an_outsider_gets_the_not_found_page_for_another_contracts_diary(WebDriver driver) {
        WebSteps.signIn(driver, world, "oscar@example.test");
        driver.get(WebSteps.diary(world, world.website.id()));

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
        assertThat(driver.getPageSource()).doesNotContain("Homepage hero layout");
        driver.get(world.url("/contracts/" + world.website.id() + "/segments/" + world.todays.get(0).id() + "/thumb"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
    }

    @Test
    void the_agency_lead_sees_each_member_today_and_this_week(WebDriver driver) {
        WebSteps.signIn(driver, world, "lena@example.test");
        driver.findElement(By.linkText("Team")).click();

        String row = WebSteps.waitFor(driver, By.cssSelector("table.team tbody tr")).getText();
        assertThat(row).contains("Fran Freelancer", "Acme website", "2:30 h");
        assertThat(driver.findElements(By.cssSelector("table.team tbody tr"))).hasSize(1);
        driver.findElement(By.linkText("Acme website")).click();
        assertThat(WebSteps.cards(driver)).hasSize(15);
        assertThat(driver.findElements(By.id("sel"))).isEmpty();
    }

    @Test
    void the_timesheet_shows_billable_over_limit_and_amount(WebDriver driver) {
        WebSteps.signIn(driver, world, "fran@example.test");
        driver.get(world.url("/contracts/" + world.website.id() + "/timesheet?date=" + WebWorld.TODAY));

        String wednesday = driver.findElement(By.xpath("//table[@class='timesheet']//tr[th[contains(., 'Wed 18 Nov')]]")).getText();
        assertThat(wednesday).contains("2:30 h", "0:30 h", "2:00 h", "90.00 USD");
        assertThat(driver.findElement(By.id("week-amount")).getText()).isEqualTo("90.00 USD");
        // Every billable segment of the fixture is tracked, with screenshot, memo and activity.
        assertThat(driver.findElement(By.id("protected-share")).getText()).isEqualTo("100%");
        assertThat(driver.findElements(By.cssSelector("svg rect.bar-billable"))).hasSize(7);
    }
}
