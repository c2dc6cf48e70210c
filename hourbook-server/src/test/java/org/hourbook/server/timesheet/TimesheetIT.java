package org.hourbook.server.timesheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.hourbook.server.testing.Browser;
import org.hourbook.server.testing.RealServer;
import org.hourbook.server.testing.WebSteps;
import org.hourbook.server.testing.WebWorld;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The weekly timesheet page says the same money as the API and the CSV. */
@RealServer
@ExtendWith(Browser.class)
class TimesheetIT {
    WebWorld world;

    @Test
    void the_week_total_is_the_billed_amount_not_the_sum_of_rounded_days(WebDriver driver) throws Exception {
        // 70.00 USD/h and 1:40 h on each of three days: a day is 116.666… → 116.67 USD, three of
        // them add up to 350.01, but 5:00 h bill 350.00, which the API and the CSV say.
        var contract = world.contract("Order API", world.fran, 7000, null, false);
        for (String day : new String[] {"2026-11-16", "2026-11-17", "2026-11-18"}) {
            world.track(contract, Instant.parse(day + "T06:00:00Z"), 10);
        }
        WebSteps.signIn(driver, world, "fran@example.test");
        driver.get(world.url("/contracts/" + contract.id() + "/timesheet?date=" + WebWorld.TODAY));

        String monday = driver.findElement(By.xpath("//table[@class='timesheet']//tr[th[contains(., 'Mon 16 Nov')]]")).getText();
        assertThat(monday).contains("1:40 h", "116.67 USD");
        assertThat(driver.findElement(By.id("week-amount")).getText()).isEqualTo("350.00 USD");
        assertThat(driver.findElement(By.id("week-amount-summary")).getText()).isEqualTo("350.00 USD");
        String csv = csv(driver, "/api/v1/contracts/" + contract.id() + "/timesheet?week=2026-11-16&format=csv");
        assertThat(csv.lines().filter(l -> l.startsWith("total")).findFirst().orElseThrow()).contains(",350.00");
    }

    /** The CSV as the browser's session downloads it. */
    private String csv(WebDriver driver, String path) throws Exception {
        String cookie = driver.manage().getCookieNamed("hb_session").getValue();
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(world.url(path)))
                .header("Cookie", "hb_session=" + cookie).GET().build();
        try (var http = java.net.http.HttpClient.newHttpClient()) {
            var response = http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        }
    }
}
