package org.hourbook.server.retainer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hourbook.core.worklog.WorkLog;
import org.hourbook.server.testing.Api;
import org.hourbook.server.testing.Fixtures;
import org.hourbook.server.testing.RealServer;
import org.hourbook.server.testing.TestServer;
import org.junit.jupiter.api.Test;

/** The retainer pages as plain forms: what a browser without JavaScript sends and gets. */
@RealServer
class RetainerPagesIT {
    TestServer server;
    Fixtures fx;

    static Api.Response form(Fixtures.SignedIn s, String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", s.csrf());
        String body = all.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return s.api().send("POST", path, HttpRequest.BodyPublishers.ofString(body), "application/x-www-form-urlencoded");
    }

    @Test
    void a_client_owner_creates_a_retainer_with_the_new_contract_form() {
        var w = fx.hourlyContractWithLimit(10);
        var owner = fx.signIn(w.clientOwner());
        Map<String, String> f = new LinkedHashMap<>();
        f.put("clientOrgId", Long.toString(w.clientOrg().id()));
        f.put("title", "Monthly care");
        f.put("freelancerEmail", w.freelancer().email());
        f.put("rateMinor", "0");
        f.put("currency", "EUR");
        f.put("zone", "Europe/Berlin");
        f.put("screenshotPolicy", "NORMAL");
        f.put("kind", "retainer");
        f.put("capHours", "12,5");
        f.put("cycle", "monthly");
        f.put("cycleDay", "31");
        f.put("rollover", "none");
        var created = form(owner, "/contracts/new", f);
        assertThat(created.status()).as("%s", created).isEqualTo(303);
        long id = Long.parseLong(created.header("Location").replaceAll("\\D*(\\d+).*", "$1"));
        var page = owner.api().get(RetainerUrls.page(id));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("0 of 12.5 hours used").contains("monthly on day 31 (the last day of shorter months)");
        f.put("capHours", "");
        var bad = form(owner, "/contracts/new", f);
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body()).contains("Enter the hours per cycle");
    }

    @Test
    void the_freelancer_curates_with_plain_forms_and_shares_a_link_shown_once() {
        var w = fx.retainerWithCap(20);
        long id = w.contract().id();
        fx.track(w, Instant.parse("2026-11-16T09:00:00Z"), 3, "memo-secret", "Design");
        var fran = fx.signIn(w.freelancer());
        var log = fran.api().get(RetainerUrls.log(id));
        assertThat(log.status()).isEqualTo(200);
        assertThat(log.body()).contains("memo-secret");
        Matcher line = Pattern.compile("name=\"line\" value=\"([^\"]+)\"").matcher(log.body());
        assertThat(line.find()).isTrue();
        var renamed = form(fran, RetainerUrls.curate(id), Map.of("action", "rename", "line", line.group(1).replace("&#58;", ":"),
                "text", "Homepage <hero> work"));
        assertThat(renamed.status()).as("%s", renamed).isEqualTo(303);
        var overview = fran.api().get(RetainerUrls.page(id)).body();
        assertThat(overview).contains("Homepage &lt;hero&gt; work").doesNotContain("<hero>");
        var made = form(fran, RetainerUrls.links(id), Map.of("note", "for finance"));
        assertThat(made.status()).isEqualTo(200);
        Matcher url = Pattern.compile("value=\"(http://[^\"]+/r/[^\"]+)\"").matcher(made.body());
        assertThat(url.find()).isTrue();
        assertThat(fran.api().get(RetainerUrls.page(id)).body()).contains("for finance").doesNotContain(url.group(1));
        var client = fx.signIn(w.client());
        var clientView = client.api().get(RetainerUrls.page(id));
        assertThat(clientView.status()).isEqualTo(200);
        assertThat(clientView.body()).contains("Homepage &lt;hero&gt; work").doesNotContain("memo-secret").doesNotContain("Make a link");
        assertThat(client.api().get(RetainerUrls.log(id)).status()).isEqualTo(404);
    }

    @Test
    void a_merge_made_by_mistake_is_undone_from_the_page() {
        var w = fx.retainerWithCap(20);
        long id = w.contract().id();
        fx.track(w, Instant.parse("2026-11-16T09:00:00Z"), 2, "design memo", "Design");
        fx.track(w, Instant.parse("2026-11-17T09:00:00Z"), 2, "code memo", "Code");
        var fran = fx.signIn(w.freelancer());
        String design = WorkLog.automaticLineId(java.time.LocalDate.parse("2026-11-16"), "Design");
        String code = WorkLog.automaticLineId(java.time.LocalDate.parse("2026-11-17"), "Code");

        assertThat(form(fran, RetainerUrls.curate(id), Map.of("action", "merge", "line", code, "into", design)).status()).isEqualTo(303);
        var merged = fran.api().get(RetainerUrls.log(id)).body();
        assertThat(merged).contains("Merged in: 2026-11-17 Code", "Undo merge");

        assertThat(form(fran, RetainerUrls.curate(id), Map.of("action", "unmerge", "line", code)).status()).isEqualTo(303);
        var back = fran.api().get(RetainerUrls.log(id)).body();
        assertThat(back).doesNotContain("Merged in:");
        assertThat(back).contains("aria-label=\"Code\"", "aria-label=\"Design\"");
    }

    @Test
    void an_upload_shows_the_preview_with_every_problem_then_imports_on_confirm() {
        var w = fx.retainerWithCap(20);
        long id = w.contract().id();
        var fran = fx.signIn(w.freelancer());
        String boundary = "----hb" + UUID.randomUUID();
        byte[] file = resource("/import/bad-rows.csv");
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + fran.csrf() + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bad-rows.csv\"\r\nContent-Type: text/csv\r\n\r\n";
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = concat(head.getBytes(StandardCharsets.UTF_8), file, tail);
        var preview = fran.api().send("POST", "/contracts/" + id + "/retainer/import", HttpRequest.BodyPublishers.ofByteArray(body),
                "multipart/form-data; boundary=" + boundary);
        assertThat(preview.status()).as("%s", preview).isEqualTo(200);
        assertThat(preview.body()).contains("problems").contains("bad date").contains("<td class=\"num\">3</td>");
        String key = value(preview.body(), "upload"), seal = value(preview.body(), "seal");
        var refused = form(fran, "/contracts/" + id + "/retainer/import/confirm", Map.of("upload", key, "seal", seal, "fileName", "bad-rows.csv"));
        assertThat(refused.status()).isEqualTo(422);
        var done = form(fran, "/contracts/" + id + "/retainer/import/confirm",
                Map.of("upload", key, "seal", seal, "fileName", "bad-rows.csv", "skipProblemRows", "on"));
        assertThat(done.status()).as("%s", done).isEqualTo(303);
        assertThat(fran.api().get("/contracts/" + id + "/retainer/import").body()).contains("bad-rows.csv").contains("Undo");
        var forged = form(fran, "/contracts/" + id + "/retainer/import/confirm", Map.of("upload", key, "seal", "0".repeat(64), "fileName", "x"));
        assertThat(forged.status()).as("a seal that does not match").isEqualTo(404);
    }

    @Test
    void an_upload_never_imported_is_removed_a_day_later_and_an_imported_one_at_once() throws Exception {
        var w = fx.retainerWithCap(20);
        long id = w.contract().id();
        var fran = fx.signIn(w.freelancer());
        String left = value(upload(fran, id, "date,description,hours\n2026-11-16,Left open,1\n").body(), "upload");
        var imported = upload(fran, id, "date,description,hours\n2026-11-16,Imported,2\n");
        String done = value(imported.body(), "upload");
        assertThat(form(fran, "/contracts/" + id + "/retainer/import/confirm", Map.of("upload", done, "seal", value(imported.body(), "seal"),
                "fileName", "b.csv")).status()).isEqualTo(303);
        assertThat(server.services().blobs().open(done)).as("an imported file is not kept").isEmpty();
        assertThat(server.services().blobs().open(left)).isPresent();

        var keeper = new org.hourbook.server.ops.Housekeeping(server.db(), server.clock(), server.services().imports()::sweepUploads);
        server.clock().advance(java.time.Duration.ofHours(23));
        keeper.runOnce();
        assertThat(server.services().blobs().open(left)).as("a preview left open for a while still works").isPresent();
        server.clock().advance(java.time.Duration.ofHours(2));
        assertThat(keeper.runOnce()).isTrue();
        assertThat(server.services().blobs().open(left)).as("a day after its upload").isEmpty();
    }

    @Test
    void confirming_an_upload_that_is_gone_says_to_upload_it_again() throws Exception {
        var w = fx.retainerWithCap(20);
        long id = w.contract().id();
        var fran = fx.signIn(w.freelancer());
        var preview = upload(fran, id, "date,description,hours\n2026-11-16,Left open,1\n");
        server.services().blobs().delete(value(preview.body(), "upload"));

        var late = form(fran, "/contracts/" + id + "/retainer/import/confirm", Map.of("upload", value(preview.body(), "upload"),
                "seal", value(preview.body(), "seal"), "fileName", "a.csv"));
        assertThat(late.status()).isEqualTo(410);
        assertThat(late.body()).contains("no longer here", "Upload it again");
    }

    private Api.Response upload(Fixtures.SignedIn who, long id, String csv) {
        String boundary = "----hb" + UUID.randomUUID();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + who.csrf() + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\nContent-Type: text/csv\r\n\r\n";
        byte[] body = concat(head.getBytes(StandardCharsets.UTF_8), csv.getBytes(StandardCharsets.UTF_8),
                ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var r = who.api().send("POST", "/contracts/" + id + "/retainer/import", HttpRequest.BodyPublishers.ofByteArray(body),
                "multipart/form-data; boundary=" + boundary);
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        return r;
    }

    static byte[] resource(String name) {
        try (var in = RetainerPagesIT.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String value(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
        if (!m.find()) throw new AssertionError("no " + name + " in " + html);
        return m.group(1);
    }

    static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) n += p.length;
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
