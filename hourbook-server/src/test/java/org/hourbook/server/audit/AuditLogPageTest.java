package org.hourbook.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class AuditLogPageTest {
    private final ObjectMapper json = new ObjectMapper();

    private JsonNode read(String text) throws Exception {
        return json.readTree(text);
    }

    @Test
    void an_upload_of_many_segments_reads_as_its_total_and_its_memos_not_as_json() throws Exception {
        JsonNode upload = read("""
                [{"id":"a","start":"2026-11-16T09:00:00Z","trackedSeconds":600,"memo":"Checkout: fix form","label":null},
                 {"id":"b","start":"2026-11-16T09:10:00Z","trackedSeconds":540,"memo":"Checkout: fix form","label":null},
                 {"id":"c","start":"2026-11-16T09:20:00Z","trackedSeconds":600,"memo":"Review PR #412","label":null}]""");

        assertThat(AuditLogPage.segmentChanges(null, upload)).containsExactly(
                new AuditLogPage.Change("tracked", "—", "0:29 h"),
                new AuditLogPage.Change("memos", "—", "Checkout: fix form; Review PR #412"));
    }

    @Test
    void one_created_segment_shows_what_it_holds_without_its_id_start_or_hashes() throws Exception {
        JsonNode created = read("""
                {"id":"a","start":"2026-11-16T09:00:00Z","trackedSeconds":245,"memo":"Refunds: tests","label":"Testing",
                 "source":"TRACKED","screenshot":"77fd9c47"}""");

        assertThat(AuditLogPage.segmentChanges(null, created)).containsExactly(
                new AuditLogPage.Change("tracked", "—", "0:04 h"),
                new AuditLogPage.Change("memo", "—", "Refunds: tests"),
                new AuditLogPage.Change("label", "—", "Testing"),
                new AuditLogPage.Change("screenshot", "—", "attached"));
    }

    @Test
    void a_memo_edit_shows_only_the_memo() throws Exception {
        assertThat(AuditLogPage.segmentChanges(read("{\"start\":\"2026-11-16T09:00:00Z\",\"memo\":\"wip\"}"),
                read("{\"start\":\"2026-11-16T09:00:00Z\",\"memo\":\"Checkout: fix form\"}")))
                .containsExactly(new AuditLogPage.Change("memo", "wip", "Checkout: fix form"));
    }
}
