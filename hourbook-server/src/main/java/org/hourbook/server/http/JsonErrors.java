package org.hourbook.server.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Turns a Jackson failure into a {@code {code, field, message}} a tracker author can act on: the
 * JSON path of the bad value ({@code segments[0].minutes[0].keys}) and what was expected, in
 * words — never a Java class name or a Jackson setting. Unparseable text is 400
 * {@code json.malformed}; well-formed JSON with a wrong value is 422 {@code json.invalid}.
 */
public final class JsonErrors {
    private JsonErrors() {}

    /** A binding failure whose message is already written for people (see {@link MinuteActivityJson}). */
    static final class Plain extends JsonMappingException {
        Plain(JsonParser p, String message) {
            super(p, message);
        }
    }

    /**
     * The Jackson failure somewhere in this exception's causes, as the status and body to answer.
     *
     * @param body the request body, to tell text that is not JSON at all (400) from JSON with a
     *             wrong value (422): Jackson reports a body cut short as either, depending on where
     */
    public static Optional<ErrorMapping.Problem> of(Throwable t, String body) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof JsonProcessingException jpe) return Optional.of(describe(jpe, body));
            if (c.getCause() == c) break;
        }
        return Optional.empty();
    }

    static ErrorMapping.Problem describe(JsonProcessingException e, String body) {
        if (!(e instanceof JsonMappingException m)) return malformed(e);
        if (body == null || body.isBlank()) {
            return new ErrorMapping.Problem(400, new ErrorMapping.ErrorBody("json.malformed", null, "the request body is empty; send a JSON object"));
        }
        try {
            new ObjectMapper().readTree(body); // rare path: a fresh mapper rather than shared state
        } catch (JsonProcessingException syntax) {
            return malformed(syntax);
        }
        String field = path(m.getPath());
        String problem = problem(m);
        String message = field == null ? "the request body " + problem : field + " " + problem;
        return new ErrorMapping.Problem(422, new ErrorMapping.ErrorBody("json.invalid", field, message));
    }

    private static ErrorMapping.Problem malformed(JsonProcessingException e) {
        return new ErrorMapping.Problem(400, new ErrorMapping.ErrorBody("json.malformed", null, "the request body is not valid JSON" + where(e)));
    }

    private static String where(JsonProcessingException e) {
        var at = e.getLocation();
        return at == null || at.getLineNr() < 1 ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }

    private static String problem(JsonMappingException e) {
        if (e instanceof Plain) return e.getOriginalMessage();
        if (e instanceof InvalidNullException) return "is required";
        if (e instanceof ValueInstantiationException vie) {
            Throwable cause = vie.getCause();
            return cause instanceof IllegalArgumentException && cause.getMessage() != null
                    ? "is not valid: " + cause.getMessage() : "is not valid";
        }
        if (e instanceof MismatchedInputException mie) {
            if (mie.getTargetType() == null) return "has a value of the wrong kind";
            if (e instanceof InvalidFormatException || !String.valueOf(e.getOriginalMessage()).startsWith("Cannot map `null`")) {
                return expected(mie.getTargetType());
            }
            return "is required";
        }
        return "is not valid";
    }

    /** What a value of this Java type looks like in JSON, in words. */
    static String expected(Class<?> type) {
        if (type == UUID.class) return "must be a UUID such as \"0b6f3c2e-5d1a-4f7b-9a38-2c1d4e5f6a7b\"";
        if (type == Instant.class) return "must be a UTC time such as \"2026-11-18T09:00:00Z\"";
        if (type == LocalDate.class) return "must be a date such as \"2026-11-18\"";
        if (type == ZoneId.class) return "must be a time zone such as \"Europe/Berlin\"";
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class || type == BigInteger.class) return "must be a whole number";
        if (type == double.class || type == Double.class || type == BigDecimal.class) return "must be a number";
        if (type == boolean.class || type == Boolean.class) return "must be true or false";
        if (type == String.class) return "must be a string";
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(c -> "\"" + c + "\"").collect(Collectors.joining(", "));
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) return "must be a list";
        if (Map.class.isAssignableFrom(type) || type.isRecord()) return "must be an object";
        return "has a value of the wrong kind";
    }

    /** {@code segments[0].minutes[3].keys}; {@code null} for the body itself. */
    static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                if (!b.isEmpty()) b.append('.');
                b.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.isEmpty() ? null : b.toString();
    }
}
