package org.hourbook.server.screenshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.List;
import java.util.UUID;
import org.hourbook.server.testing.Api;
import org.hourbook.server.testing.Fixtures.World;
import org.hourbook.server.testing.Fixtures;
import org.hourbook.server.testing.Images;
import org.hourbook.server.testing.RealServer;
import org.hourbook.server.testing.TestServer;
import org.hourbook.store.testing.Backend;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Screenshot upload and download over real HTTP (SQLite; storage is the same blob store on both). */
@RealServer
class ScreenshotIT {
    @TempDir
    Path dir;

    TestServer server;
    Fixtures fx;
    World w;
    Api fran;
    UUID segment;
    String url;

    @BeforeEach
    void start() {
        w = fx.hourlyContractWithLimit(20);
        fran = server.api(w.freelancer().token());
        segment = fx.track(w, Instant.parse("2026-11-16T09:00:00Z"), 1).get(0);
        url = "/api/v1/contracts/" + w.contract().id() + "/segments/" + segment;
    }

    @Test
    void an_image_and_its_thumbnail_sent_together_are_stored_as_sent_and_served_with_nosniff() {
        byte[] image = Images.jpeg(640, 400, Color.BLUE);
        byte[] thumb = Images.png(64, 40, Color.GREEN);
        var r = multipart(image, thumb, "2026-11-16T09:04:31Z");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().path("width").asInt()).isEqualTo(640);
        assertThat(r.json().path("height").asInt()).isEqualTo(400);
        assertThat(r.json().path("mediaType").asText()).isEqualTo("image/jpeg");

        var full = server.api(w.client().token()).get(url + "/screenshot");
        assertThat(full.status()).isEqualTo(200);
        assertThat(full.bytes()).isEqualTo(image);
        assertThat(full.header("Content-Type")).startsWith("image/jpeg");
        assertThat(full.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(full.header("Cache-Control")).startsWith("private");
        var small = fran.get(url + "/thumbnail");
        assertThat(small.bytes()).isEqualTo(thumb);
        assertThat(small.header("Content-Type")).startsWith("image/png");
    }

    @Test
    void the_moment_of_a_screenshot_must_fall_inside_the_tracked_part_of_its_segment() {
        // 5 minutes tracked from 09:20 of the 09:20 slot, and 5 minutes tracked from 09:35 of the 09:30 slot.
        var early = Fixtures.segment(UUID.randomUUID(), Instant.parse("2026-11-16T09:20:00Z"), 300, "first half");
        var late = Fixtures.segment(UUID.randomUUID(), Instant.parse("2026-11-16T09:30:00Z"), 300, "second half");
        late.put("trackedFrom", "2026-11-16T09:35:00Z");
        assertThat(fran.post("/api/v1/contracts/" + w.contract().id() + "/segments", Map.of("segments", List.of(early, late))).status())
                .isEqualTo(200);
        String earlyUrl = "/api/v1/contracts/" + w.contract().id() + "/segments/" + early.get("id");
        String lateUrl = "/api/v1/contracts/" + w.contract().id() + "/segments/" + late.get("id");
        byte[] image = Images.jpeg(64, 40, Color.BLUE);

        var afterTracking = fran.putBytes(earlyUrl + "/screenshot?takenAt=2026-11-16T09:26:00Z", image, "image/jpeg");
        var beforeTracking = fran.putBytes(lateUrl + "/screenshot?takenAt=2026-11-16T09:32:00Z", image, "image/jpeg");
        var outsideTheSlot = fran.putBytes(lateUrl + "/screenshot?takenAt=2026-11-16T09:41:00Z", image, "image/jpeg");

        for (var r : List.of(afterTracking, beforeTracking, outsideTheSlot)) {
            assertThat(r.status()).as(r.toString()).isEqualTo(422);
            assertThat(r.code()).isEqualTo("screenshot.taken_at");
            assertThat(r.json().path("field").asText()).isEqualTo("takenAt");
        }
        assertThat(beforeTracking.json().path("message").asText()).contains("2026-11-16T09:35:00Z to 2026-11-16T09:40:00Z");
        assertThat(fran.putBytes(earlyUrl + "/screenshot?takenAt=2026-11-16T09:24:59Z", image, "image/jpeg").status()).isEqualTo(200);
        assertThat(fran.putBytes(lateUrl + "/screenshot?takenAt=2026-11-16T09:35:00Z", image, "image/jpeg").status()).isEqualTo(200);
    }

    @Test
    void manual_time_takes_no_screenshot() {
        var manual = fran.post("/api/v1/contracts/" + w.contract().id() + "/manual-time",
                Map.of("from", "2026-11-16T11:00:00Z", "to", "2026-11-16T11:10:00Z", "memo", "call with the client"));
        assertThat(manual.status()).as(manual.toString()).isEqualTo(201);
        String manualId = manual.json().at("/segments/0/id").asText();
        var r = fran.putBytes("/api/v1/contracts/" + w.contract().id() + "/segments/" + manualId + "/screenshot",
                Images.png(64, 40, Color.WHITE), "image/png");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.code()).isEqualTo("screenshot.manual_time");
        assertThat(server.db().segments().findById(UUID.fromString(manualId)).orElseThrow().screenshot()).isNull();
    }

    @Test
    void on_a_closed_contract_a_screenshot_put_answers_contract_closed_before_looking_at_the_image() {
        assertThat(fran.putBytes(url + "/screenshot", Images.png(64, 40, Color.WHITE), "image/png").status()).isEqualTo(200);
        assertThat(server.api(w.clientOwner().token()).post("/api/v1/contracts/" + w.contract().id() + "/close", null).status())
                .isEqualTo(200);
        var other = fran.putBytes(url + "/screenshot", Images.png(64, 40, Color.BLACK), "image/png");
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.code()).isEqualTo("contract.closed");
        assertThat(fran.delete(url + "/screenshot").code()).isEqualTo("contract.closed");
    }
    @Test
    void without_a_thumbnail_the_server_makes_a_small_one() throws Exception {
        assertThat(fran.putBytes(url + "/screenshot", Images.png(1280, 800, Color.WHITE), "image/png").status()).isEqualTo(200);
        var thumb = fran.get(url + "/thumbnail");
        assertThat(thumb.header("Content-Type")).startsWith("image/jpeg");
        var img = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(thumb.bytes()));
        assertThat(img.getWidth()).isLessThanOrEqualTo(320);
        assertThat(img.getHeight()).isLessThanOrEqualTo(200);
    }

    @Test
    void a_truncated_image_without_thumbnail_is_rejected_and_stores_nothing() {
        byte[] jpeg = Images.jpeg(640, 400, Color.BLUE);
        var r = fran.putBytes(url + "/screenshot", java.util.Arrays.copyOf(jpeg, 400), "image/jpeg");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.code()).isEqualTo("screenshot.corrupt");
        assertThat(server.db().segments().findById(segment).orElseThrow().screenshot()).isNull();
    }

    @Test
    void a_large_screenshot_gets_a_thumbnail_from_a_subsampled_decode() throws Exception {
        assertThat(fran.putBytes(url + "/screenshot", Images.jpeg(3840, 2160, Color.YELLOW), "image/jpeg").status()).isEqualTo(200);
        var img = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(fran.get(url + "/thumbnail").bytes()));
        assertThat(img.getWidth()).isEqualTo(320);
        assertThat(img.getHeight()).isEqualTo(180);
    }

    @Test
    void a_png_header_claiming_ten_gigapixels_is_rejected_without_decoding() {
        long t0 = System.nanoTime();
        var r = fran.putBytes(url + "/screenshot", Images.pngClaiming(100_000, 100_000), "image/png");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.code()).isEqualTo("screenshot.pixels");
        assertThat((System.nanoTime() - t0) / 1_000_000).as("answered at once").isLessThan(2_000);
        assertThat(server.db().segments().findById(segment).orElseThrow().screenshot()).isNull();
    }

    @Test
    void anything_that_is_not_a_jpeg_or_png_is_rejected_by_its_signature() {
        var html = fran.putBytes(url + "/screenshot", "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), "image/png");
        assertThat(html.status()).isEqualTo(422);
        assertThat(html.code()).isEqualTo("screenshot.type");
        var thumb = multipart(Images.jpeg(100, 60, Color.RED), "GIF89a....".getBytes(StandardCharsets.US_ASCII), null);
        assertThat(thumb.status()).isEqualTo(422);
        assertThat(thumb.json().path("field").asText()).isEqualTo("thumbnail");
    }

    @Test
    void an_upload_over_the_byte_limit_is_a_413() {
        try (TestServer small = TestServer.start(Backend.SQLITE, dir.resolve("small"),
                c -> c.withLimits(new org.hourbook.server.Config.UploadLimits(10_000, 40_000_000)))) {
            var sfx = new Fixtures(small);
            var sw = sfx.hourlyContractWithLimit(20);
            UUID id = sfx.track(sw, Instant.parse("2026-11-16T09:00:00Z"), 1).get(0);
            byte[] big = new byte[20_000];
            System.arraycopy(Images.png(10, 10, Color.BLACK), 0, big, 0, 30);
            var r = small.api(sw.freelancer().token()).putBytes("/api/v1/contracts/" + sw.contract().id() + "/segments/" + id + "/screenshot",
                    big, "image/png");
            assertThat(r.status()).isEqualTo(413);
            assertThat(r.code()).isEqualTo("screenshot.too_large");
        }
    }

    @Test
    void uploading_the_same_image_again_is_harmless_and_another_image_is_a_conflict() {
        byte[] image = Images.jpeg(200, 100, Color.CYAN);
        assertThat(fran.putBytes(url + "/screenshot", image, "image/jpeg").status()).isEqualTo(200);
        assertThat(fran.putBytes(url + "/screenshot", image, "image/jpeg").status()).isEqualTo(200);
        var other = fran.putBytes(url + "/screenshot", Images.jpeg(200, 100, Color.MAGENTA), "image/jpeg");
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.code()).isEqualTo("screenshot.conflict");
        assertThat(server.anonymous().get("/metrics").body()).contains("hourbook_screenshots_ingested_total 1.0");
    }

    @Test
    void deleting_the_screenshot_deletes_the_segment_and_its_time() {
        assertThat(fran.putBytes(url + "/screenshot", Images.jpeg(200, 100, Color.CYAN), "image/jpeg").status()).isEqualTo(200);
        assertThat(fran.delete(url + "/screenshot").status()).isEqualTo(200);
        assertThat(server.db().segments().findById(segment)).isEmpty();
        assertThat(fran.get(url + "/screenshot").status()).isEqualTo(404);
    }

    @Test
    void a_contract_without_screenshots_refuses_them() {
        assertThat(server.api(w.clientOwner().token()).patch("/api/v1/contracts/" + w.contract().id(), Map.of("screenshotPolicy", "NONE"))
                .status()).isEqualTo(200);
        assertThat(fran.putBytes(url + "/screenshot", Images.jpeg(20, 10, Color.CYAN), "image/jpeg").code()).isEqualTo("screenshot.disabled");
    }

    Api.Response multipart(byte[] image, byte[] thumbnail, String takenAt) {
        String boundary = "----hourbook" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, boundary, "image", "shot.bin", "application/octet-stream", image);
        if (thumbnail != null) part(body, boundary, "thumbnail", "thumb.bin", "application/octet-stream", thumbnail);
        if (takenAt != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"takenAt\"\r\n\r\n" + takenAt + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return fran.send("PUT", url + "/screenshot", HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()),
                "multipart/form-data; boundary=" + boundary);
    }

    static void part(ByteArrayOutputStream out, String boundary, String name, String filename, String type, byte[] bytes) {
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(bytes);
        out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
}
