package org.hourbook.server.retainer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hourbook.server.testing.Fixtures;
import org.hourbook.server.testing.RealServer;
import org.hourbook.server.testing.TestServer;
import org.junit.jupiter.api.Test;

/**
 * Raw text (memos, imported descriptions) is internal: no hidden or unpublished raw string reaches
 * the public page, its JSON or its feed, whatever the curation; a published one does.
 */
@RealServer
class RawTextIT {
    TestServer server;
    Fixtures fx;

    @Test
    void no_unpublished_or_hidden_raw_text_reaches_the_public_page_its_json_or_its_feed() {
        var w = fx.retainerWithCap(20);
        long id = w.contract().id();
        String base = "/api/v1/contracts/" + id;
        var fran = server.api(w.freelancer().token());
        List<String> memos = List.of("memo-alpha fixing the billing bug for Jane", "memo-bravo call about layoffs", "memo-charlie <b>bold</b>");
        fx.track(w, Instant.parse("2026-11-16T09:00:00Z"), 2, memos.get(0), "Code");
        fx.track(w, Instant.parse("2026-11-16T11:00:00Z"), 2, memos.get(1), "Meetings");
        fx.track(w, Instant.parse("2026-11-17T09:00:00Z"), 2, memos.get(2), null);
        String csv = "date,description,hours,category\n2026-11-10,imported-delta secret pricing talk,2,Consulting\n"
                + "2026-11-11,imported-echo published note,1,Consulting\n2026-11-12,imported-foxtrot hidden row,1,Consulting\n";
        var imported = fran.send("POST", base + "/imports?fileName=t.csv", HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8), "text/csv");
        assertThat(imported.status()).as("%s", imported).isEqualTo(201);
        var log = fran.get(base + "/retainer/log").json();
        String echo = null, foxtrot = null, meetings = null;
        for (var line : log.path("lines")) {
            for (var e : line.path("entries")) {
                String d = e.path("description").asText();
                if (d.startsWith("imported-echo")) echo = e.path("id").asText();
                if (d.startsWith("imported-foxtrot")) foxtrot = e.path("id").asText();
                if (d.startsWith("memo-bravo")) meetings = e.path("id").asText();
            }
        }
        curate(fran, base, Map.of("action", "publish", "entry", echo));
        curate(fran, base, Map.of("action", "publish", "entry", foxtrot));
        curate(fran, base, Map.of("action", "hide", "entry", foxtrot));
        curate(fran, base, Map.of("action", "move", "entry", meetings, "text", "Planning"));
        var link = fran.post(base + "/retainer/links", Map.of("note", "client")).json().path("url").asText();
        String path = java.net.URI.create(link).getPath();
        String html = server.anonymous().get(path).body();
        String json = server.anonymous().with("Accept", "application/json").get(path).body();
        String atom = server.anonymous().get(path + "/feed").body();
        List<String> secret = List.of(memos.get(0), memos.get(1), memos.get(2), "imported-delta secret pricing talk", "imported-foxtrot hidden row");
        for (String out : List.of(html, json, atom)) {
            for (String raw : secret) {
                assertThat(out).as("raw text leaked").doesNotContain(raw);
                for (String word : raw.split("[^A-Za-z0-9-]+")) if (word.length() > 6) assertThat(out).doesNotContain(word);
            }
            assertThat(out).contains("imported-echo published note");
            assertThat(out).contains("Planning");
        }
        assertThat(json).doesNotContain(echo).doesNotContain("auto:").doesNotContain("toggl:").doesNotContain("generic:");
    }

    static void curate(org.hourbook.server.testing.Api fran, String base, Map<String, Object> action) {
        var r = fran.post(base + "/retainer/log", action);
        assertThat(r.status()).as("%s: %s", action, r).isEqualTo(200);
    }
}
