package org.hourbook.tracker.sync;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.hourbook.tracker.wire.Wire;

/**
 * The server's API as the tracker uses it, over the JDK's HTTP client. Every answer's {@code Date}
 * header is passed to a listener, which is how clock skew is noticed without a request of its own.
 */
public final class Api {
    /** A non-2xx answer, with the server's {@code {code, field, message}} when it sent one. */
    public static final class Refused extends Exception {
        private final int status;
        private final org.hourbook.api.ApiError body;

        Refused(int status, org.hourbook.api.ApiError body) {
            super(status + (body == null ? "" : " " + body.code() + ": " + body.message()));
            this.status = status;
            this.body = body;
        }

        public int status() {
            return status;
        }

        public org.hourbook.api.ApiError body() {
            return body;
        }

        /** Worth trying again later (the server or something in front of it is in trouble). */
        public boolean transientFailure() {
            return status >= 500 || status == 429 || status == 408;
        }
    }

    /** The network failed: nothing is known about what the server did. */
    public static final class Unreachable extends Exception {
        Unreachable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** One batch answer: its status and per-item results (also on 409/422). */
    public record BatchAnswer(int status, org.hourbook.api.diary.BatchResult body) {}

    private final URI base;
    private final String token;
    private final HttpClient http;
    private final ObjectMapper json = Wire.mapper();
    private final Consumer<Instant> serverDate;

    public Api(String baseUrl, String token, Consumer<Instant> serverDate) {
        this.base = URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
        this.token = token;
        this.serverDate = serverDate == null ? d -> {} : serverDate;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).version(HttpClient.Version.HTTP_1_1).build();
    }

    public URI base() {
        return base;
    }

    public org.hourbook.api.auth.IssuedToken issueToken(String email, String password, String deviceName) throws Refused, Unreachable {
        return send(post("api/v1/auth/tokens", new org.hourbook.api.auth.TokenRequest(email, password, "device", deviceName), false), new TypeReference<>() {});
    }

    public org.hourbook.api.auth.Me me() throws Refused, Unreachable {
        return send(get("api/v1/me"), new TypeReference<>() {});
    }

    public List<org.hourbook.api.contract.ContractView> contracts() throws Refused, Unreachable {
        return send(get("api/v1/contracts"), new TypeReference<>() {});
    }

    public Wire.Timesheet timesheet(long contractId, LocalDate monday) throws Refused, Unreachable {
        return send(get("api/v1/contracts/" + contractId + "/timesheet?week=" + monday), new TypeReference<>() {});
    }

    /** The retainer's terms and balance; empty for an hourly contract (404). */
    public Optional<Wire.Retainer> retainer(long contractId) throws Refused, Unreachable {
        try {
            return Optional.of(send(get("api/v1/contracts/" + contractId + "/retainer"), new TypeReference<Wire.Retainer>() {}));
        } catch (Refused r) {
            if (r.status() == 404) return Optional.empty();
            throw r;
        }
    }

    public void revokeToken(long id) throws Refused, Unreachable {
        sendRaw(request("api/v1/auth/tokens/" + id).DELETE().build());
    }

    /** Uploads one batch; 200, 409 and 422 carry per-item results, anything else is {@link Refused}. */
    public BatchAnswer upload(long contractId, org.hourbook.api.diary.SegmentBatch batch) throws Refused, Unreachable {
        HttpResponse<byte[]> r = exchange(post("api/v1/contracts/" + contractId + "/segments", batch, true));
        if (r.statusCode() == 200 || ((r.statusCode() == 409 || r.statusCode() == 422))) {
            try {
                org.hourbook.api.diary.BatchResult body = json.readValue(r.body(), org.hourbook.api.diary.BatchResult.class);
                if (body.results() != null) return new BatchAnswer(r.statusCode(), body);
            } catch (IOException e) {
                // not a batch answer: treated below like any other refusal
            }
        }
        throw refused(r);
    }

    public void putScreenshot(long contractId, UUID segment, byte[] jpeg, byte[] thumb, Instant takenAt) throws Refused, Unreachable {
        String boundary = "hourbook-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream(jpeg.length + thumb.length + 1024);
        part(body, boundary, "image", "screenshot.jpg", jpeg);
        part(body, boundary, "thumbnail", "thumbnail.jpg", thumb);
        String field = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"takenAt\"\r\n\r\n" + takenAt + "\r\n--" + boundary + "--\r\n";
        body.writeBytes(field.getBytes(StandardCharsets.UTF_8));
        sendRaw(request("api/v1/contracts/" + contractId + "/segments/" + segment + "/screenshot")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** Deletes a segment's screenshot and with it the segment (its time is not billed). */
    public void deleteScreenshot(long contractId, UUID segment) throws Refused, Unreachable {
        sendRaw(request("api/v1/contracts/" + contractId + "/segments/" + segment + "/screenshot").DELETE().build());
    }

    /** A cheap authenticated request, for the doctor: the server's clock from its {@code Date}. */
    public Optional<Instant> ping() throws Refused, Unreachable {
        HttpResponse<byte[]> r = sendRaw(get("api/v1/me"));
        return r.headers().firstValue("Date").map(Api::parseDate);
    }

    private static void part(ByteArrayOutputStream out, String boundary, String name, String file, byte[] bytes) {
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + file
                + "\"\r\nContent-Type: image/jpeg\r\n\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(bytes);
        out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("User-Agent", "hourbook-tracker").header("Accept", "application/json");
        if (token != null) b.header("Authorization", "Bearer " + token);
        return b;
    }

    private HttpRequest get(String path) {
        return request(path).GET().build();
    }

    private HttpRequest post(String path, Object body, boolean auth) {
        try {
            HttpRequest.Builder b = auth ? request(path) : HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                    .header("User-Agent", "hourbook-tracker");
            return b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))).build();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T send(HttpRequest req, TypeReference<T> type) throws Refused, Unreachable {
        HttpResponse<byte[]> r = sendRaw(req);
        try {
            return json.readValue(r.body(), type);
        } catch (IOException e) {
            throw new Unreachable("the server's answer to " + req.uri().getPath() + " is not what a Hourbook server sends: " + e.getMessage(), e);
        }
    }

    private HttpResponse<byte[]> sendRaw(HttpRequest req) throws Refused, Unreachable {
        HttpResponse<byte[]> r = exchange(req);
        if (r.statusCode() / 100 != 2) throw refused(r);
        return r;
    }

    private HttpResponse<byte[]> exchange(HttpRequest req) throws Unreachable {
        try {
            HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
            r.headers().firstValue("Date").map(Api::parseDate).ifPresent(serverDate);
            return r;
        } catch (IOException e) {
            throw new Unreachable("cannot reach " + base + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreachable("interrupted", e);
        }
    }

    private Refused refused(HttpResponse<byte[]> r) {
        org.hourbook.api.ApiError body = null;
        try {
            body = json.readValue(r.body(), org.hourbook.api.ApiError.class);
        } catch (IOException | RuntimeException e) {
            // not JSON (a proxy's page): the status says enough
        }
        return new Refused(r.statusCode(), body);
    }

    static Instant parseDate(String header) {
        try {
            return ZonedDateTime.parse(header, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
