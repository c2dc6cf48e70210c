package org.hourbook.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import java.time.Instant;
import org.hourbook.core.segment.MinuteActivity;

/**
 * The one Jackson configuration: ISO-8601 instants, no {@code isX()} helpers of core records (e.g.
 * {@code MinuteActivity.isActive}) leaking into JSON as fields, a missing number is an error
 * rather than a silent 0, and per-minute counts checked field by field so an error names the count.
 * <p>
 * Values are taken as their JSON kind only: {@code "600"} is not a number and {@code 599.9} is
 * not a whole number (Jackson would store the first as 600 and the second as 599), {@code "true"}
 * is not a boolean. A tracker that sends the wrong kind learns it from the 422, instead of its
 * time being silently changed.
 * <p>
 * Unknown properties are <em>ignored</em>: a tracker newer than the server may send fields this
 * server does not know yet, and its uploads must keep working. Where a typo would silently lose a
 * change (contract terms), the endpoint checks the names itself and answers 422.
 */
public final class Json {
    private Json() {}

    /**
     * Sends {@code value} as the JSON answer, written straight to UTF-8 bytes by the app's mapper.
     * {@code ctx.json} builds a String and encodes it again; for the largest and most frequent
     * answers (a diary day is ~38 KB, uploads come from every tracker) that copy is worth saving.
     */
    public static void answer(Context ctx, Object value) {
        try {
            byte[] body = ((JavalinJackson) ctx.jsonMapper()).getMapper().writeValueAsBytes(value);
            ctx.contentType(ContentType.APPLICATION_JSON).result(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("answer is not serialisable: " + value.getClass(), e);
        }
    }

    public static ObjectMapper mapper() {
        return com.fasterxml.jackson.databind.json.JsonMapper.builder()
                .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .build()
                .registerModule(new JavaTimeModule())
                .registerModule(new SimpleModule("hourbook")
                        .addDeserializer(MinuteActivity.class, new MinuteActivityJson())
                        .addSerializer(MinuteActivity.class, new MinuteActivityJson.Writer())
                        .addSerializer(Instant.class, new InstantJson()))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }
}
