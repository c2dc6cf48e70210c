package org.hourbook.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.hourbook.server.diary.Audited;
import org.hourbook.server.testing.Browser;
import org.hourbook.server.testing.RealServer;
import org.hourbook.server.testing.WebSteps;
import org.hourbook.server.testing.WebWorld;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The audit log names segments by their time in the viewer's zone, as the diary does, not by an id. */
@RealServer
@ExtendWith(Browser.class)
class AuditLogIT {
    WebWorld world;

    private String base() {
        return "/contracts/" + world.website.id();
    }

    /** Fran changes something through the diary's own form post. */
    private void asFran(WebDriver driver, String path, String form) throws Exception {
        WebSteps.signIn(driver, world, "fran@example.test");
        driver.get(WebSteps.diary(world, world.website.id()));
        assertThat(WebSteps.post(driver, world, base() + path, form).statusCode()).isEqualTo(303);
    }

    private WebElement newestEntry(WebDriver driver, String email) {
        WebSteps.signIn(driver, world, email);
        driver.get(world.url(base() + "/audit"));
        return WebSteps.waitFor(driver, By.cssSelector("#audit-table tbody tr"));
    }

    @Test
    void a_memo_edit_names_the_segment_by_its_time_in_the_viewers_zone(WebDriver driver) throws Exception {
        String id = world.todays.get(0).id().toString();
        asFran(driver, "/diary/memo", "memo=Hero+copy&ids=" + id + "&date=" + WebWorld.TODAY);

        // Carl reads New York time: the 09:00 UTC slot is 04:00 there.
        WebElement row = newestEntry(driver, "carl@example.test");
        assertThat(row.getText()).contains("Edited a memo", "Wed 18 Nov, 04:00–04:10", "Homepage hero layout → Hero copy")
                .doesNotContain(id.substring(0, 8));
        WebElement object = row.findElement(By.cssSelector(".object"));
        assertThat(object.getText()).isEqualTo("Wed 18 Nov, 04:00–04:10");
        assertThat(object.getDomAttribute("title")).isEqualTo(id);
    }

    @Test
    void deleted_time_is_named_by_the_time_it_was(WebDriver driver) throws Exception {
        String id = world.todays.get(14).id().toString();
        asFran(driver, "/diary/delete", "ids=" + id + "&date=" + WebWorld.TODAY);

        WebElement object = newestEntry(driver, "fran@example.test").findElement(By.cssSelector(".object"));
        assertThat(object.getText()).isEqualTo("Wed 18 Nov, 13:20–13:30").doesNotContain(id.substring(0, 8));
        assertThat(object.getDomAttribute("title")).isEqualTo(id);
    }

    @Test
    void an_upload_of_several_segments_is_named_by_their_count_and_span(WebDriver driver) {
        var uploaded = world.track(world.website, Instant.parse("2026-11-17T09:00:00Z"), 12);
        List<Audited> created = uploaded.stream().map(Audited::of).toList();
        // What SegmentUploads records for one upload of several segments: no single object id, the list as "after".
        world.db.useTransaction(tx -> world.services.audit().record(tx, world.website.id(), world.fran.id(), "segment.create",
                "segment", null, null, created));

        WebElement row = newestEntry(driver, "carl@example.test");
        WebElement object = row.findElement(By.cssSelector(".object"));
        assertThat(row.getText()).contains("Uploaded tracked time");
        assertThat(object.getText()).isEqualTo("12 segments, Tue 17 Nov 04:00–06:00");
        assertThat(object.getDomAttribute("title")).startsWith(created.get(0).id()).contains("(12 in all)");
    }
}
