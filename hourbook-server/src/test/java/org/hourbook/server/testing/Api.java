package org.hourbook.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hourbook.server.http.Json;

/** A tiny real-HTTP client for tests: JSON in, status + body + headers out. */
public final class Api {
    private static final ObjectMapper JSON = Json.mapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final TestServer server;
    private final String token;
    private final Map<String, String> headers = new LinkedHashMap<>();

    Api(TestServer server, String token) {
        this.server = server;
        this.token = token;
    }

    /** Adds a header to every request of this client (e.g. Cookie, X-CSRF-Token). */
    public Api with(String name, String value) {
        Api copy = new Api(server, token);
        copy.headers.putAll(headers);
        copy.headers.put(name, value);
        return copy;
    }

    /** The value of a header this client adds to every request, or {@code null}. */
    public String header(String name) {
        return headers.get(name);
    }

    public record Response(int status, String body, byte[] bytes, HttpResponse<byte[]> raw) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String code() {
            return json().path("code").asText(null);
        }

        @Override
        public String toString() {
            return status + " " + (body.length() > 500 ? body.substring(0, 500) + "…" : body);
        }
    }

    public Response get(String path) {
        return send("GET", path, HttpRequest.BodyPublishers.noBody(), null);
    }

    public Response delete(String path) {
        return send("DELETE", path, HttpRequest.BodyPublishers.noBody(), null);
    }

    public Response post(String path, Object body) {
        return send("POST", path, json(body), "application/json");
    }

    public Response put(String path, Object body) {
        return send("PUT", path, json(body), "application/json");
    }

    public Response patch(String path, Object body) {
        return send("PATCH", path, json(body), "application/json");
    }

    public Response putBytes(String path, byte[] body, String contentType) {
        return send("PUT", path, HttpRequest.BodyPublishers.ofByteArray(body), contentType);
    }

    public Response send(String method, String path, HttpRequest.BodyPublisher body, String contentType) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url(path))).timeout(Duration.ofSeconds(30)).method(method, body);
        if (contentType != null) b.header("Content-Type", contentType);
        if (token != null) b.header("Authorization", "Bearer " + token);
        headers.forEach(b::header);
        try {
            HttpResponse<byte[]> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(r.statusCode(), new String(r.body(), java.nio.charset.StandardCharsets.UTF_8), r.body(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.BodyPublisher json(Object body) {
        if (body == null) return HttpRequest.BodyPublishers.noBody();
        try {
            return HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
