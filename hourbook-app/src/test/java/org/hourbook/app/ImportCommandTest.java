package org.hourbook.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.hourbook.core.account.OrgKind;
import org.hourbook.core.contract.BillingRounding;
import org.hourbook.core.contract.ContractStatus;
import org.hourbook.core.contract.ContractTerms;
import org.hourbook.core.contract.ScreenshotPolicy;
import org.hourbook.core.retainer.CycleRule;
import org.hourbook.core.retainer.RetainerTerms;
import org.hourbook.store.Database;
import org.hourbook.store.StoreConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hourbook import} on a data directory: the preview as JSON, the import, and a file with problems. */
class ImportCommandTest {
    @TempDir
    Path tmp;
    long contract;
    Path data;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @BeforeEach
    void retainer() {
        data = tmp.resolve("data");
        Instant now = Instant.now();
        try (Database db = Database.open(StoreConfig.sqlite(data))) {
            long client = db.accounts().createOrganization("Acme", OrgKind.CLIENT, now).id();
            long user = db.accounts().createUser("ana@example.com", "Ana", ZoneOffset.UTC, null, now).id();
            ContractTerms c = db.contracts().create(new ContractTerms(0, client, user, null, "Care", 0, "EUR", null, true, List.of(),
                    ScreenshotPolicy.NONE, 10, ZoneOffset.UTC, ContractStatus.ACTIVE, BillingRounding.SEGMENT));
            db.retainers().create(c.id(), new RetainerTerms(20 * 3600L, new CycleRule.Monthly(1), null, true, ZoneOffset.UTC), false, now);
            contract = c.id();
        }
    }

    int run(String... args) {
        return Main.launch(args, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()),
                Clock.systemUTC(), Instant.now()).exitCode();
    }

    Path file(String text) throws Exception {
        Path f = tmp.resolve("f" + System.nanoTime() + ".csv");
        Files.writeString(f, text);
        return f;
    }

    @Test
    void a_dry_run_prints_the_preview_as_json_and_stores_nothing_then_the_import_adds_the_rows_once() throws Exception {
        Path f = file("date,description,hours\n2026-11-02,Fixes,1.5\n2026-11-03,Call,0:30\n");
        assertThat(run("import", f.toString(), "--contract", Long.toString(contract), "--data", data.toString(), "--dry-run", "--json")).isZero();
        JsonNode j = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(j.path("format").asText()).isEqualTo("GENERIC");
        assertThat(j.path("rows").asInt()).isEqualTo(2);
        assertThat(j.path("hours").decimalValue()).isEqualByComparingTo("2");
        assertThat(j.path("problems").isArray()).isTrue();
        out.reset();
        assertThat(run("import", f.toString(), "--contract", Long.toString(contract), "--data", data.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("imported  2 rows");
        out.reset();
        assertThat(run("import", f.toString(), "--contract", Long.toString(contract), "--data", data.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("2 already there").contains("imported  0 rows");
    }

    @Test
    void a_file_with_problems_is_refused_with_every_problem_by_line_and_column() throws Exception {
        Path f = file("date,description,hours\n2026-11-02,ok,1\n2026-02-30,bad,1\n2026-11-04,long,25:00\n");
        assertThat(run("import", f.toString(), "--contract", Long.toString(contract), "--data", data.toString(), "--json")).isEqualTo(1);
        JsonNode j = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(j.path("problems").size()).isEqualTo(2);
        assertThat(j.path("problems").get(0).path("line").asInt()).isEqualTo(3);
        assertThat(j.path("problems").get(0).path("column").asText()).isEqualTo("date");
        assertThat(j.path("problems").get(1).path("reason").asText()).contains("24 h");
    }
}
