package org.hourbook.app;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.hourbook.store.auth.TokenKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hourbook import --server URL --token T}: the same import through a running server's API. */
class ImportCommandServerIT {
    @TempDir
    Path tmp;
    Running server;
    long contract;
    String token;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void start() {
        var launched = Main.launch(new String[] {"serve", "--port", "0", "--data", tmp.resolve("data").toString()}, Map.of(),
                new PrintStream(PrintStream.nullOutputStream()), System.err, Clock.systemUTC(), Instant.now());
        server = launched.running().orElseThrow();
        Instant now = Instant.now();
        long client = server.db().accounts().createOrganization("Acme", OrgKind.CLIENT, now).id();
        long user = server.db().accounts().createUser("ana@example.com", "Ana", ZoneOffset.UTC, null, now).id();
        ContractTerms c = server.db().contracts().create(new ContractTerms(0, client, user, null, "Care", 0, "EUR", null, true, List.of(),
                ScreenshotPolicy.NONE, 10, ZoneOffset.UTC, ContractStatus.ACTIVE, BillingRounding.SEGMENT));
        server.db().retainers().create(c.id(), new RetainerTerms(20 * 3600L, new CycleRule.Monthly(1), null, true, ZoneOffset.UTC), false,
                now.minusSeconds(400L * 86400));
        contract = c.id();
        token = server.services().apiTokens().issueFor(user, TokenKind.PERSONAL, "import script").secret();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    int run(String... args) {
        out.reset();
        err.reset();
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(new String[] {"--server", server.url().toString(), "--token", token}, 0, all, args.length, 4);
        return Main.launch(all, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Clock.systemUTC(), Instant.now()).exitCode();
    }

    Path file(String text) throws Exception {
        Path f = tmp.resolve("f" + System.nanoTime() + ".csv");
        Files.writeString(f, text);
        return f;
    }

    @Test
    void a_dry_run_stores_nothing_the_import_adds_the_rows_once_and_json_is_the_same_summary() throws Exception {
        Path f = file("date,description,hours\n2026-11-02,Fixes,1.5\n2026-11-03,Call,0:30\n");
        String id = Long.toString(contract);

        assertThat(run("import", f.toString(), "--contract", id, "--dry-run")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("2 read, 2 to import", "dry run: nothing was stored");
        assertThat(run("import", f.toString(), "--contract", id)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("imported  2 rows");
        assertThat(run("import", f.toString(), "--contract", id, "--json")).isZero();
        var j = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(j.path("alreadyThere").asInt()).isEqualTo(2);
        assertThat(j.path("added").asInt()).isZero();
    }

    @Test
    void a_file_with_problems_is_refused_with_every_problem_by_line_and_column_and_nothing_is_stored() throws Exception {
        Path f = file("date,description,hours\n2026-11-02,Fixes,1.5\n2026-02-30,Bad day,1\n2026-11-04,Too long,25:00\n");

        assertThat(run("import", f.toString(), "--contract", Long.toString(contract))).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("hourbook import: Nothing was imported").doesNotContain("422");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("line 3, column date: bad date '2026-02-30'",
                "line 4, column hours: duration '25:00' is over 24 h");
        assertThat(server.db().retainers().find(contract)).isPresent();
        assertThat(run("import", file("date,description,hours\n2026-11-02,Fixes,1.5\n").toString(), "--contract", Long.toString(contract),
                "--dry-run")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).as("nothing of the refused file was stored").contains("0 already there");
    }

    @Test
    void a_wrong_token_or_someone_elses_contract_is_said_in_words() throws Exception {
        Path f = file("date,description,hours\n2026-11-02,Fixes,1.5\n");
        token = "hb_wrong";
        assertThat(run("import", f.toString(), "--contract", Long.toString(contract))).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("token").doesNotContain("401");
    }
}
