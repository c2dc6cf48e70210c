package org.hourbook.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hourbook.server.testing.Api;
import org.hourbook.server.testing.Fixtures.World;
import org.hourbook.server.testing.Fixtures;
import org.hourbook.server.testing.RealServer;
import org.hourbook.server.testing.TestServer;
import org.hourbook.store.testing.Backend;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a tracker author or a browser user sees when a request goes wrong: the field, in words. */
@RealServer
class ErrorShapesIT {
    static final Instant MONDAY_9 = Instant.parse("2026-11-16T09:00:00Z");

    TestServer server;
    Fixtures fx;
    World w;
    Api fran;
    String segments;

    @BeforeEach
    void start() {
        w = fx.hourlyContractWithLimit(20);
        fran = server.api(w.freelancer().token());
        segments = "/api/v1/contracts/" + w.contract().id() + "/segments";
    }

    Api.Response upload(Map<String, Object> item) {
        return fran.post(segments, Map.of("segments", List.of(Fixtures.segment(UUID.randomUUID(), MONDAY_9, 600, "ok"), item)));
    }

    static void assertPlain(Api.Response r) {
        assertThat(r.json().path("message").asText()).doesNotContain("java.", "`", "Jackson", "DeserializationFeature", "org.hourbook")
                .doesNotContainIgnoringCase("deserialize");
    }

    @Test
    void an_id_that_is_not_a_uuid_names_the_item_and_says_what_an_id_looks_like() {
        var item = Fixtures.segment(UUID.randomUUID(), MONDAY_9.plusSeconds(600), 600, "x");
        item.put("id", "not-a-uuid");
        var r = upload(item);
        assertThat(r.status()).as(r.toString()).isEqualTo(422);
        assertThat(r.code()).isEqualTo("json.invalid");
        assertThat(r.json().path("field").asText()).isEqualTo("segments[1].id");
        assertThat(r.json().path("message").asText()).contains("segments[1].id", "UUID");
        assertPlain(r);
    }

    @Test
    void a_negative_count_names_the_minute_and_the_count() {
        var item = Fixtures.segment(UUID.randomUUID(), MONDAY_9.plusSeconds(600), 600, "x");
        item.put("minutes", List.of(Map.of("keys", 1, "clicks", 0, "scrolls", 0, "moves", 0),
                Map.of("keys", -5, "clicks", 0, "scrolls", 0, "moves", 0)));
        var r = upload(item);
        assertThat(r.status()).as(r.toString()).isEqualTo(422);
        assertThat(r.json().path("field").asText()).isEqualTo("segments[1].minutes[1].keys");
        assertThat(r.json().path("message").asText()).contains("0 or more");
        assertPlain(r);
    }

    @Test
    void a_minute_without_clicks_says_clicks_is_required() {
        var item = Fixtures.segment(UUID.randomUUID(), MONDAY_9.plusSeconds(600), 600, "x");
        item.put("minutes", List.of(Map.of("keys", 1, "scrolls", 0, "moves", 0)));
        var r = upload(item);
        assertThat(r.status()).as(r.toString()).isEqualTo(422);
        assertThat(r.json().path("field").asText()).isEqualTo("segments[1].minutes[0].clicks");
        assertThat(r.json().path("message").asText()).contains("required");
        assertPlain(r);
    }

    @Test
    void words_where_numbers_or_times_belong_are_named_with_what_was_expected() {
        var seconds = Fixtures.segment(UUID.randomUUID(), MONDAY_9.plusSeconds(600), 600, "x");
        seconds.put("trackedSeconds", "ten minutes");
        var r = upload(seconds);
        assertThat(r.status()).as(r.toString()).isEqualTo(422);
        assertThat(r.json().path("field").asText()).isEqualTo("segments[1].trackedSeconds");
        assertThat(r.json().path("message").asText()).contains("whole number");
        assertPlain(r);

        var start = Fixtures.segment(UUID.randomUUID(), MONDAY_9.plusSeconds(600), 600, "x");
        start.put("start", "Monday 9am");
        var s = upload(start);
        assertThat(s.json().path("field").asText()).isEqualTo("segments[1].start");
        assertThat(s.json().path("message").asText()).contains("2026-11-18T09:00:00Z");
        assertPlain(s);
    }

    @Test
    void text_that_is_not_json_is_a_400_with_where_it_broke() {
        var r = fran.post(segments, "{\"segments\": [ {\"id\": ");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("json.malformed");
        assertThat(r.json().has("field")).isTrue();
        assertThat(r.json().path("message").asText()).startsWith("the request body is not valid JSON").contains("line 1");
        assertPlain(r);
        var empty = fran.post(segments, "");
        assertThat(empty.status()).as(empty.toString()).isIn(400, 422);
        assertPlain(empty);
    }

    @Test
    void a_newer_tracker_sending_fields_this_server_does_not_know_still_uploads() {
        var item = Fixtures.segment(UUID.randomUUID(), MONDAY_9, 600, "from tracker 2.0");
        item.put("windowTitleHash", "ab12");
        item.put("minutes", List.of(Map.of("keys", 1, "clicks", 0, "scrolls", 0, "moves", 0, "pen", 3)));
        var r = fran.post(segments, Map.of("segments", List.of(item), "trackerVersion", "2.0"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().at("/results/0/status").asText()).isEqualTo("inserted");
    }

    @Test
    void a_failed_batch_has_the_same_code_field_message_shape_at_the_top() {
        var r = fran.post(segments, Map.of("segments", List.of(Fixtures.segment(UUID.randomUUID(), MONDAY_9.plusSeconds(30), 600, "x"))));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().has("code")).isTrue();
        assertThat(r.json().has("field")).as("top-level field, null allowed").isTrue();
        assertThat(r.json().has("message")).isTrue();
    }

    @Test
    void a_query_parameter_of_the_wrong_kind_is_named_in_words() {
        var r = server.api(w.client().token()).get("/api/v1/contracts/" + w.contract().id() + "/audit?limit=many");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().path("field").asText()).isEqualTo("limit");
        assertThat(r.json().path("message").asText()).startsWith("limit is not a number");
        assertPlain(r);
    }

    @Test
    void an_expired_form_in_the_browser_gets_a_readable_page_with_a_link_back() {
        var browser = fx.signIn(w.freelancer());
        String diary = "/contracts/" + w.contract().id() + "/diary?date=2026-11-16";
        var r = browser.api().with("Accept", "text/html,application/xhtml+xml").with("Referer", server.url(diary))
                .send("POST", "/contracts/" + w.contract().id() + "/diary/manual",
                        HttpRequest.BodyPublishers.ofString("_csrf=stale&from=09%3A00&to=09%3A30&memo=x"),
                        "application/x-www-form-urlencoded");
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.header("Content-Type")).startsWith("text/html");
        assertThat(r.body()).contains("<title>This form has expired", "reload the page", "href=\"" + diary.replace("&", "&amp;") + "\"")
                .contains("/static/hourbook.css").doesNotContain("<script");
        assertThat(r.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void a_link_back_never_leads_to_another_site() {
        var r = server.anonymous().with("Accept", "text/html").with("Referer", "https://evil.example/phish").get("/no-such-page");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.body()).doesNotContain("evil.example").contains("href=\"/\"");
    }

    @Test
    void api_paths_answer_json_even_to_a_browser() {
        var browser = fx.signIn(w.freelancer());
        var r = browser.api().with("Accept", "text/html").post(segments, Map.of("segments", List.of()));
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.code()).isEqualTo("auth.csrf");
    }
}
