package org.hourbook.app.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hourbook.app.Main;
import org.hourbook.app.Running;
import org.hourbook.core.account.OrgKind;
import org.hourbook.core.contract.BillingRounding;
import org.hourbook.core.contract.ContractStatus;
import org.hourbook.core.contract.ContractTerms;
import org.hourbook.core.contract.ScreenshotPolicy;
import org.hourbook.server.testing.Fixtures;
import org.hourbook.server.testing.Images;
import org.hourbook.store.auth.TokenKind;

/**
 * A real {@code hourbook serve} on a data directory with one freelancer's hourly contract and
 * their tracker's token, uploading as the tracker does: a segment, then its screenshot, over HTTP.
 * Reading screenshots back is not a tracker's call (a device token gets 403): {@code readToken} is
 * the freelancer's personal token for that.
 */
final class LiveInstall implements AutoCloseable {
    /** An upload the server answered 200 to, segment and screenshot both. */
    record Acked(UUID segment, String sha256) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /**
     * Uploads go back in ten-minute slots from twenty minutes ago, at most this many: ten hours
     * back is always in the current billing week or, before Monday 10:00 UTC, in the previous
     * one, which stays open until Monday 12:00.
     */
    static final int MAX_UPLOADS = 60;

    private final long firstSlot = (Instant.now().getEpochSecond() / 600) * 600 - 1200;

    final Running running;
    final long contractId;
    final String token;
    final String readToken;

    private LiveInstall(Running running, long contractId, String token, String readToken) {
        this.running = running;
        this.contractId = contractId;
        this.token = token;
        this.readToken = readToken;
    }

    static Running serve(Path data, Map<String, String> env) {
        var launched = Main.launch(new String[] {"serve", "--port", "0", "--data", data.toString()}, env,
                new PrintStream(PrintStream.nullOutputStream()), System.err, Clock.systemUTC(), Instant.now());
        if (launched.exitCode() != 0) throw new AssertionError("serve exited " + launched.exitCode());
        return launched.running().orElseThrow();
    }

    static LiveInstall start(Path data, Map<String, String> env) {
        Running r = serve(data, env);
        Instant now = Instant.now();
        var client = r.db().accounts().createOrganization("Acme", OrgKind.CLIENT, now);
        var fran = r.db().accounts().createUser("fran@example.org", "Fran", ZoneId.of("UTC"), null, now);
        ContractTerms terms = r.db().contracts().create(new ContractTerms(0, client.id(), fran.id(), null, "Checkout", 5000, "USD", null,
                false, List.of("Code"), ScreenshotPolicy.NORMAL, 10, ZoneId.of("UTC"), ContractStatus.ACTIVE, BillingRounding.SEGMENT));
        String token = r.services().apiTokens().issueFor(fran.id(), TokenKind.DEVICE, "tracker").secret();
        String readToken = r.services().apiTokens().issueFor(fran.id(), TokenKind.PERSONAL, "checks").secret();
        return new LiveInstall(r, terms.id(), token, readToken);
    }

    /** The image of upload {@code i}: its own size, so its own bytes and hash. */
    static byte[] image(int i) {
        return Images.jpeg(64 + i, 40, new Color(30 + i % 200, 90, 160));
    }

    /** Uploads the {@code i}-th segment and its screenshot; fails unless the server took both. */
    Acked upload(int i) throws IOException, InterruptedException {
        if (i >= MAX_UPLOADS) throw new IllegalArgumentException("at most " + MAX_UPLOADS + " uploads stay inside open billing weeks");
        UUID id = UUID.randomUUID();
        Instant start = Instant.ofEpochSecond(firstSlot - 600L * i);
        var body = Map.of("segments", List.of(Fixtures.segment(id, start, 600, "Checkout: upload " + i)));
        var posted = HTTP.send(request("/api/v1/contracts/" + contractId + "/segments")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (posted.statusCode() != 200) throw new AssertionError("upload " + i + ": " + posted.statusCode() + " " + posted.body());
        JsonNode result = JSON.readTree(posted.body()).at("/results/0/status");
        if (!"inserted".equals(result.asText())) throw new AssertionError("upload " + i + ": " + posted.body());
        byte[] image = image(i);
        var shot = HTTP.send(request(screenshotPath(id)).header("Content-Type", "image/jpeg")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(image)).build(), HttpResponse.BodyHandlers.ofString());
        if (shot.statusCode() != 200) throw new AssertionError("screenshot " + i + ": " + shot.statusCode() + " " + shot.body());
        return new Acked(id, Hashing.sha256(image));
    }

    String screenshotPath(UUID segment) {
        return "/api/v1/contracts/" + contractId + "/segments/" + segment + "/screenshot";
    }

    /** GET on a server (this one or a restored one) with this token. */
    static HttpResponse<byte[]> get(URI base, String path, String token) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(running.url().resolve(path)).header("Authorization", "Bearer " + token);
    }

    @Override
    public void close() {
        running.close();
    }
}
