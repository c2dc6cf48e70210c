package org.hourbook.server.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hourbook.api.diary.ManualTime;
import org.hourbook.api.diary.SegmentBatch;
import org.hourbook.api.diary.SegmentUpload;
import org.hourbook.api.diary.SegmentsPatch;
import org.hourbook.core.access.ContractAccess.TermField;
import org.hourbook.core.segment.MinuteActivity;
import org.hourbook.server.testing.Api;
import org.hourbook.server.testing.Fixtures.World;
import org.hourbook.server.testing.Fixtures;
import org.hourbook.server.testing.Images;
import org.hourbook.server.testing.RealServer;
import org.hourbook.server.testing.TestServer;
import org.hourbook.store.testing.Backend;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document against the running server: every field a real answer carries is
 * documented (and every documented required field is there), and the request schemas name exactly
 * what the server reads.
 */
@RealServer
class OpenApiIT {
    static final Instant MONDAY_9 = Instant.parse("2026-11-16T09:00:00Z");

    TestServer server;
    Fixtures fx;
    World w;
    JsonNode doc;
    String contract;

    @BeforeEach
    void start() {
        w = fx.hourlyContractWithLimit(20);
        doc = server.anonymous().get("/api/v1/openapi.json").json();
        contract = "/api/v1/contracts/" + w.contract().id();
    }

    JsonNode schema(String name) {
        return doc.at("/components/schemas/" + name);
    }

    JsonNode resolve(JsonNode s) {
        return s.has("$ref") ? doc.at(s.get("$ref").asText().substring(1)) : s;
    }

    /** The alternative of a {@code oneOf} that describes an object or array value, else the schema itself. */
    JsonNode alternativeFor(JsonNode value, JsonNode s) {
        if (!s.has("oneOf") || !(value.isObject() || value.isArray())) return s;
        for (JsonNode alt : s.get("oneOf")) {
            JsonNode r = resolve(alt);
            if (value.isObject() ? r.has("properties") : r.has("items")) return r;
        }
        return s;
    }

    /** Paths of fields in {@code value} that {@code schema} does not describe, and required fields that are missing. */
    List<String> mismatches(JsonNode value, JsonNode schema, String path) {
        List<String> out = new ArrayList<>();
        JsonNode s = alternativeFor(value, resolve(schema));
        if (value.isObject() && s.has("properties")) {
            value.fieldNames().forEachRemaining(f -> {
                if (!s.get("properties").has(f)) out.add(path + "." + f + " (undocumented)");
                else out.addAll(mismatches(value.get(f), s.get("properties").get(f), path + "." + f));
            });
            s.path("required").forEach(r -> {
                if (!value.has(r.asText())) out.add(path + "." + r.asText() + " (documented as required, missing)");
            });
        } else if (value.isArray() && s.has("items")) {
            for (int i = 0; i < value.size(); i++) out.addAll(mismatches(value.get(i), s.get("items"), path + "[" + i + "]"));
        }
        return out;
    }

    void conforms(Api.Response r, String schemaName) {
        assertThat(schema(schemaName).isMissingNode()).as(schemaName).isFalse();
        assertThat(mismatches(r.json(), schema(schemaName), schemaName)).as(r.toString()).isEmpty();
    }

    @Test
    void every_field_of_real_answers_is_documented() {
        Api fran = server.api(w.freelancer().token());
        Api client = server.api(w.client().token());
        UUID first = UUID.randomUUID();
        var firstItem = Fixtures.segment(first, MONDAY_9, 600, "a");
        conforms(fran.post(contract + "/segments", Map.of("segments", List.of(firstItem,
                Fixtures.segment(UUID.randomUUID(), MONDAY_9.plusSeconds(600), 600, "b")))), "BatchResult");
        var replay = fran.post(contract + "/segments", Map.of("segments", List.of(firstItem)));
        assertThat(replay.json().at("/results/0/segment/id").asText()).as("a replay carries the stored segment").isEqualTo(first.toString());
        conforms(replay, "BatchResult");
        var failed = fran.post(contract + "/segments", Map.of("segments", List.of(Fixtures.segment(UUID.randomUUID(), MONDAY_9.plusSeconds(30), 600, "x"))));
        assertThat(failed.status()).isEqualTo(422);
        conforms(failed, "BatchResult");
        var shot = server.api(w.freelancer().token()).putBytes(contract + "/segments/" + first + "/screenshot?takenAt=2026-11-16T09:04:00Z",
                Images.jpeg(320, 200, java.awt.Color.BLUE), "image/jpeg");
        assertThat(shot.status()).as(shot.toString()).isEqualTo(200);
        conforms(shot, "Screenshot");
        conforms(fran.post(contract + "/manual-time", Map.of("from", "2026-11-16T12:00:00Z", "to", "2026-11-16T12:20:00Z",
                "memo", "call")), "SegmentList");
        conforms(client.get(contract + "/diary?date=2026-11-16"), "Diary");
        conforms(fran.get(contract + "/diary?date=2026-11-16&tz=utc"), "Diary");
        conforms(client.get(contract + "/timesheet?week=2026-11-16"), "Timesheet");
        conforms(client.patch(contract + "/segments", Map.of("ids", List.of(first.toString()), "label", "Code")), "Changed");
        conforms(client.get("/api/v1/contracts"), "ContractList");
        conforms(client.get(contract), "Contract");
        conforms(server.api(w.clientOwner().token()).patch(contract, Map.of("weeklyLimitHours", 25)), "Contract");
        conforms(client.get(contract + "/audit"), "AuditPage");
        conforms(server.api(w.lead().token()).get("/api/v1/teams/" + w.agency().id()), "Team");
        conforms(fran.get("/api/v1/me"), "Me");
        conforms(fran.get("/api/v1/auth/tokens"), "TokenList");
        conforms(server.anonymous().post("/api/v1/auth/tokens", Map.of("email", "fran@pixel.test", "password", Fixtures.PASSWORD)), "IssuedToken");
        conforms(server.anonymous().post("/api/v1/auth/session", Map.of("email", "fran@pixel.test", "password", Fixtures.PASSWORD)), "Session");
        conforms(fran.delete(contract + "/segments?ids=" + first), "Deleted");
        conforms(server.anonymous().get("/api/v1/health"), "Health");
        conforms(client.get(contract + "/diary?date=someday"), "Error");
        conforms(fran.post(contract + "/segments", "{nope"), "Error");
    }

    static Set<String> components(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toCollection(TreeSet::new));
    }

    Set<String> properties(String schemaName) {
        Set<String> names = new TreeSet<>();
        schema(schemaName).path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void the_upload_schema_names_exactly_what_the_server_reads() {
        assertThat(properties("SegmentBatch")).isEqualTo(components(SegmentBatch.class));
        assertThat(properties("SegmentUpload")).isEqualTo(components(SegmentUpload.class));
        assertThat(properties("Minute")).isEqualTo(components(MinuteActivity.class));
        assertThat(properties("ManualTime")).isEqualTo(components(ManualTime.class));
        assertThat(properties("SegmentsPatch")).isEqualTo(components(SegmentsPatch.class));
    }

    @Test
    void the_terms_change_schema_names_exactly_the_terms_the_server_accepts() {
        Set<String> accepted = Arrays.stream(TermField.values()).map(TermField::jsonName).collect(Collectors.toCollection(TreeSet::new));
        assertThat(properties("TermsPatch")).isEqualTo(accepted);
        // and the server refuses a name the schema does not have
        var r = server.api(w.clientOwner().token()).patch(contract, Map.of("freelancerId", 1));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.code()).isEqualTo("contract.unknown_field");
    }

    @Test
    void the_screenshot_upload_documents_both_body_forms_and_taken_at() {
        JsonNode put = doc.at("/paths/~1api~1v1~1contracts~1{id}~1segments~1{sid}~1screenshot/put");
        List<String> params = new ArrayList<>();
        put.path("parameters").forEach(p -> params.add(p.path("in").asText() + ":" + p.path("name").asText()));
        assertThat(params).contains("path:id", "path:sid", "query:takenAt");
        JsonNode multipart = put.at("/requestBody/content/multipart~1form-data/schema/properties");
        assertThat(multipart.has("image")).isTrue();
        assertThat(multipart.has("thumbnail")).isTrue();
        assertThat(multipart.has("takenAt")).isTrue();
        assertThat(put.at("/requestBody/content").has("image/png")).isTrue();
    }

    @Test
    void the_readable_reference_shows_code_as_code_and_expands_every_body_schema() {
        String html = server.anonymous().get("/api/v1/docs").body();
        assertThat(html).contains("<link rel=\"stylesheet\" href=\"/static/hourbook.css\">").doesNotContain("<script")
                .contains("(<code>personal</code> or <code>device</code>)").doesNotContain("`personal`");
        assertThat(html).contains("href=\"#schema-SegmentBatch\"", "id=\"schema-SegmentBatch\"", "id=\"schema-Minute\"",
                "<code>trackedSeconds</code>");
        var anchors = java.util.regex.Pattern.compile("href=\"#schema-([A-Za-z]+)\"").matcher(html);
        while (anchors.find()) assertThat(html).as(anchors.group(1)).contains("id=\"schema-" + anchors.group(1) + "\"");
    }

    @Test
    void operational_endpoints_are_described() {
        assertThat(doc.at("/paths/~1metrics/get/summary").asText()).isNotEmpty();
        assertThat(doc.at("/paths/~1api~1v1~1health/get/summary").asText()).isNotEmpty();
        assertThat(doc.at("/paths/~1metrics/get/description").asText()).contains("HOURBOOK_METRICS_TOKEN");
    }
}
