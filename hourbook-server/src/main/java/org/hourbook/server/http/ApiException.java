package org.hourbook.server.http;

import org.hourbook.core.policy.Decision;
import org.hourbook.core.policy.Violation;

/**
 * A request that cannot be served as asked, with the status and the {@code {code, field, message}}
 * body it maps to. Services throw these; {@link ErrorMapping} is the one place that renders them.
 */
public class ApiException extends RuntimeException {
    private final int status;
    private final String code;
    private final String field;

    public ApiException(int status, String code, String field, String message) {
        super(message);
        this.status = status;
        this.code = code;
        this.field = field;
    }

    public int status() { return status; }

    public String code() { return code; }

    public String field() { return field; }

    /** Missing or not visible to the caller: both are 404 so that existence does not leak. */
    public static ApiException notFound(String what) {
        return new ApiException(404, "not_found", null, what + " not found");
    }

    public static ApiException invalid(String code, String field, String message) {
        return new ApiException(422, code, field, message);
    }

    public static ApiException conflict(String code, String field, String message) {
        return new ApiException(409, code, field, message);
    }

    public static ApiException unauthenticated() {
        return new ApiException(401, "auth.required", null, "sign in or send a bearer token");
    }

    public static ApiException forbidden(String code, String field, String message) {
        return new ApiException(403, code, field, message);
    }

    public static ApiException of(Violation v, int status) {
        return new ApiException(status, v.code(), v.field(), v.message());
    }

    /** Turns a policy rejection into a 422 (the usual case for rule violations). */
    public static void check(Decision decision) {
        if (decision instanceof Decision.Rejected r) throw of(r.violation(), 422);
    }

    /** A 429 that tells the client when to retry. */
    public static final class TooManyRequests extends ApiException {
        private final long retryAfterSeconds;

        public TooManyRequests(String code, long retryAfterSeconds) {
            this(code, retryAfterSeconds, "too many attempts; retry in " + retryAfterSeconds + " s");
        }

        public TooManyRequests(String code, long retryAfterSeconds, String message) {
            super(429, code, null, message);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() { return retryAfterSeconds; }
    }
}
