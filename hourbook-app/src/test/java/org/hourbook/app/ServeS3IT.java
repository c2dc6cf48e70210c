package org.hourbook.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.hourbook.store.blob.S3BlobStore;
import org.hourbook.store.testing.TestS3;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hourbook serve} with screenshots in an S3-compatible bucket (s3proxy), configured only by environment. */
class ServeS3IT {
    @TempDir
    Path tmp;

    @Test
    void serve_keeps_screenshots_in_the_bucket_named_by_the_environment() throws Exception {
        try (TestS3 s3 = TestS3.start(java.nio.file.Files.createDirectories(tmp.resolve("s3")))) {
            Map<String, String> env = Map.of(
                    "HOURBOOK_S3_ENDPOINT", s3.endpoint().toString(),
                    "HOURBOOK_S3_BUCKET", "hourbook-shots",
                    "HOURBOOK_S3_ACCESS_KEY", TestS3.ACCESS_KEY,
                    "HOURBOOK_S3_SECRET_KEY", TestS3.SECRET_KEY);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Main.Launched launched = Main.launch(new String[] {"serve", "--port", "0", "--data", tmp.resolve("data").toString()},
                    env, new PrintStream(out, true, StandardCharsets.UTF_8), System.err, Clock.systemUTC(), Instant.now());
            assertThat(launched.exitCode()).isZero();
            try (Running running = launched.running().orElseThrow()) {
                assertThat(out.toString(StandardCharsets.UTF_8)).contains("screenshots in S3[endpoint=" + s3.endpoint())
                        .contains("bucket=hourbook-shots").doesNotContain(TestS3.SECRET_KEY);
                assertThat(running.blobs()).isInstanceOf(S3BlobStore.class);
                String key = running.blobs().put("a screenshot".getBytes(StandardCharsets.UTF_8), "image/jpeg");
                assertThat(running.blobs().exists(key)).isTrue();
                HttpResponse<String> health = HttpClient.newHttpClient().send(
                        HttpRequest.newBuilder(running.url().resolve("/api/v1/health")).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(health.statusCode()).isEqualTo(200);
            }
            assertThat(tmp.resolve("data").resolve("blobs")).doesNotExist();
        }
    }
}
