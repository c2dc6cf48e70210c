package org.hourbook.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hourbook.app.demo.DemoData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the built jar as a user would ({@code java -jar hourbook.jar demo}) on a free port in a
 * temporary directory, then uses what it printed: the URL and the accounts.
 */
class DemoIT {
    private static final Pattern ACCOUNT = Pattern.compile("^account ([a-z-]+) (\\S+@\\S+) (\\S+)$");
    private static final Pattern URL = Pattern.compile("^hourbook: open (http://\\S+)$");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    static Path dir;

    private static Process process;
    private static final List<String> output = new CopyOnWriteArrayList<>();
    private static URI url;
    private static final List<String[]> accounts = new ArrayList<>();

    @BeforeAll
    static void start_the_demo() throws Exception {
        Path jar = Path.of(System.getProperty("hourbook.jar", "target/hourbook.jar"));
        assertThat(jar).as("the shaded jar is built in the package phase, before integration tests").exists();
        String java = ProcessHandle.current().info().command().orElse("java");
        process = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-jar", jar.toString(),
                "demo", "--port", "0", "--data", dir.resolve("demo").toString())
                .redirectErrorStream(true).start();
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Thread.ofPlatform().daemon().start(() -> readOutput(ready));
        ready.get(180, TimeUnit.SECONDS);
        for (String line : output) {
            Matcher m = URL.matcher(line);
            if (m.matches()) url = URI.create(m.group(1));
            Matcher a = ACCOUNT.matcher(line);
            if (a.matches()) accounts.add(new String[] {a.group(1), a.group(2), a.group(3)});
        }
        output.stream().filter(l -> l.contains("started in") || l.contains("generated demo data"))
                .forEach(l -> System.out.println("[DemoIT] " + l));
    }

    private static void readOutput(CompletableFuture<Void> ready) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            int accountLines = 0;
            for (String line; (line = r.readLine()) != null; ) {
                output.add(line);
                if (ACCOUNT.matcher(line).matches() && ++accountLines == DemoData.accounts().size()) ready.complete(null);
            }
            ready.completeExceptionally(new IllegalStateException("demo exited early:\n" + String.join("\n", output)));
        } catch (IOException e) {
            ready.completeExceptionally(e);
        }
    }

    @AfterAll
    static void stop_gracefully() throws Exception {
        if (process == null) return;
        process.destroy(); // SIGTERM: the shutdown hook stops the server
        if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly();
    }

    @Test
    void prints_the_url_and_an_account_line_for_every_role() {
        assertThat(url).isNotNull();
        assertThat(url.getHost()).isEqualTo("127.0.0.1");
        assertThat(accounts).extracting(a -> a[0])
                .contains("agency-owner", "agency-manager", "freelancer", "client-owner", "client-manager", "client");
        assertThat(output).anyMatch(l -> l.matches("hourbook: started in \\d+ ms.*"));
    }

    @Test
    void health_answers() throws Exception {
        HttpResponse<String> r = get("/api/v1/health", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("ok");
    }

    @Test
    void a_printed_account_signs_in_for_an_api_token() throws Exception {
        String[] freelancer = account("freelancer");
        String token = token(freelancer);
        HttpResponse<String> me = get("/api/v1/me", token);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(me.body()).path("email").asText()).isEqualTo(freelancer[1]);
    }

    @Test
    void the_agency_owner_sees_a_closed_contract() throws Exception {
        JsonNode contracts = JSON.readTree(get("/api/v1/contracts", token(account("agency-owner"))).body());
        assertThat(contracts).extracting(c -> c.path("status").asText()).contains("CLOSED", "ACTIVE");
    }

    @Test
    void the_previous_week_holds_manual_and_over_limit_time() throws Exception {
        String token = token(account("agency-owner"));
        LocalDate previousMonday = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        long manual = 0;
        long overLimit = 0;
        for (JsonNode c : JSON.readTree(get("/api/v1/contracts", token).body())) {
            HttpResponse<String> r = get("/api/v1/contracts/" + c.path("id").asLong() + "/timesheet?week=" + previousMonday, token);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            JsonNode sheet = JSON.readTree(r.body());
            manual += sheet.path("manualSeconds").asLong();
            overLimit += sheet.path("overLimitSeconds").asLong();
        }
        assertThat(manual).as("manual seconds").isPositive();
        assertThat(overLimit).as("over-limit seconds").isPositive();
    }

    @Test
    void every_contract_has_a_history_in_its_audit_log_and_none_of_it_is_in_the_future() throws Exception {
        String token = token(account("agency-owner"));
        java.util.Set<String> actions = new java.util.HashSet<>();
        for (JsonNode c : JSON.readTree(get("/api/v1/contracts", token).body())) {
            HttpResponse<String> r = get("/api/v1/contracts/" + c.path("id").asLong() + "/audit?limit=500", token);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            JsonNode entries = JSON.readTree(r.body()).path("entries");
            assertThat(entries).as("audit of contract " + c.path("id")).isNotEmpty();
            for (JsonNode e : entries) {
                actions.add(e.path("action").asText());
                assertThat(java.time.Instant.parse(e.path("at").asText())).isBeforeOrEqualTo(java.time.Instant.now());
            }
        }
        assertThat(actions).contains("contract.create", "segment.create", "segment.manual", "segment.memo");
    }

    @Test
    void the_jar_answers_help_with_its_commands_and_environment_variables() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process help = new ProcessBuilder(java, "-jar", System.getProperty("hourbook.jar", "target/hourbook.jar"), "serve", "--help")
                .redirectErrorStream(true).start();
        String text = new String(help.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(help.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(help.exitValue()).isZero();
        assertThat(text).contains("Usage: hourbook serve", "--port", "--data", "--db-url", "HOURBOOK_DB_URL", "HOURBOOK_DATA",
                "HOURBOOK_PORT", "HOURBOOK_S3_BUCKET", "HOURBOOK_S3_ENDPOINT");
    }

    @Test
    void a_second_start_reuses_the_generated_data() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Main.Launched again = Main.launch(new String[] {"demo", "--no-serve", "--data", dir.resolve("demo").toString()},
                Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8), System.err, Clock.systemUTC(), Instant.now());
        assertThat(again.exitCode()).isZero();
        assertThat(again.running()).isEmpty();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("reusing the demo data").contains("account agency-owner ", "account client-owner ");
    }

    @Test
    void each_printed_role_is_the_role_the_account_really_has() throws Exception {
        for (String[] a : accounts) {
            // "agency-owner" = OWNER of an AGENCY; "freelancer" and "client" name the role alone.
            String kind = a[0].contains("-") ? a[0].substring(0, a[0].indexOf('-')) : null;
            String role = a[0].substring(a[0].indexOf('-') + 1);
            JsonNode me = JSON.readTree(get("/api/v1/me", token(a)).body());
            assertThat(me.path("memberships")).as(a[0] + " " + a[1] + ": " + me).anySatisfy(m -> {
                assertThat(m.path("role").asText()).isEqualToIgnoringCase(role);
                if (kind != null) assertThat(m.path("orgKind").asText()).isEqualToIgnoringCase(kind);
            });
        }
    }

    @Test
    void the_client_owner_offers_a_contract_the_freelancer_accepts_then_changes_its_rate_and_closes_it() throws Exception {
        String owner = token(account("client-owner"));
        long clientOrg = JSON.readTree(get("/api/v1/contracts", owner).body()).get(0).path("clientOrgId").asLong();
        HttpResponse<String> created = send("POST", "/api/v1/contracts", owner, Map.of("clientOrgId", clientOrg,
                "freelancerEmail", account("freelancer")[1], "title", "DemoIT: owner's contract", "rateMinor", 6000,
                "currency", "EUR", "zone", "Europe/London"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(JSON.readTree(created.body()).path("status").asText()).isEqualTo("OFFERED");
        long id = JSON.readTree(created.body()).path("id").asLong();
        HttpResponse<String> accepted = send("POST", "/api/v1/contracts/" + id + "/offer/accept", token(account("freelancer")), Map.of());
        assertThat(JSON.readTree(accepted.body()).path("status").asText()).as(accepted.body()).isEqualTo("ACTIVE");
        HttpResponse<String> rate = send("PATCH", "/api/v1/contracts/" + id, owner, Map.of("rateMinor", 6500));
        assertThat(rate.statusCode()).as(rate.body()).isEqualTo(200);
        assertThat(JSON.readTree(rate.body()).path("rateMinor").asLong()).isEqualTo(6500);
        HttpResponse<String> closed = send("POST", "/api/v1/contracts/" + id + "/close", owner, Map.of());
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        assertThat(JSON.readTree(closed.body()).path("status").asText()).isEqualTo("CLOSED");
    }

    @Test
    void the_client_manager_changes_the_rate_and_withdraws_an_offer_but_a_plain_client_member_may_not() throws Exception {
        String manager = token(account("client-manager"));
        JsonNode open = null;
        for (JsonNode c : JSON.readTree(get("/api/v1/contracts", manager).body())) {
            if (c.path("status").asText().equals("ACTIVE")) open = c;
        }
        assertThat(open).as("an active contract of the manager's company").isNotNull();
        long id = open.path("id").asLong();
        // The plain member of the same company is found among the accounts by being refused, not by name.
        for (String[] client : accounts.stream().filter(a -> a[0].equals("client")).toList()) {
            String member = token(client);
            if (get("/api/v1/contracts/" + id, member).statusCode() != 200) continue;
            assertThat(send("PATCH", "/api/v1/contracts/" + id, member, Map.of("rateMinor", 1)).statusCode()).isEqualTo(403);
            assertThat(send("POST", "/api/v1/contracts/" + id + "/close", member, Map.of()).statusCode()).isEqualTo(403);
        }
        HttpResponse<String> rate = send("PATCH", "/api/v1/contracts/" + id, manager, Map.of("rateMinor", open.path("rateMinor").asLong() + 500));
        assertThat(rate.statusCode()).as(rate.body()).isEqualTo(200);
        HttpResponse<String> created = send("POST", "/api/v1/contracts", manager, Map.of("clientOrgId", open.path("clientOrgId").asLong(),
                "freelancerEmail", account("freelancer")[1], "title", "DemoIT: manager's contract", "rateMinor", 5000,
                "currency", "USD", "zone", "America/Chicago"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        HttpResponse<String> withdrawn = send("POST", "/api/v1/contracts/" + JSON.readTree(created.body()).path("id").asLong()
                + "/offer/withdraw", manager, Map.of());
        assertThat(JSON.readTree(withdrawn.body()).path("status").asText()).as(withdrawn.body()).isEqualTo("WITHDRAWN");
    }

    @Test
    void the_agency_owner_has_an_offer_waiting_and_their_agency_a_pending_invitation() throws Exception {
        String owner = token(account("agency-owner"));
        JsonNode offered = null;
        for (JsonNode c : JSON.readTree(get("/api/v1/contracts", owner).body())) {
            if (c.path("status").asText().equals("OFFERED")) offered = c;
        }
        assertThat(offered).as("a pending offer").isNotNull();
        JsonNode offer = JSON.readTree(get("/api/v1/contracts/" + offered.path("id").asLong() + "/offer", owner).body());
        assertThat(offer.path("toEmail").asText()).isEqualTo(account("agency-owner")[1]);
        JsonNode me = JSON.readTree(get("/api/v1/me", owner).body());
        long agency = me.path("memberships").get(0).path("orgId").asLong();
        HttpResponse<String> members = HTTP.send(HttpRequest.newBuilder(url.resolve("/orgs/" + agency)).header("Accept", "text/html")
                .header("Cookie", sessionCookie(account("agency-owner"))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(members.body()).contains("Open invitations", "noah@brightlane.example");
    }

    private static String sessionCookie(String[] account) throws Exception {
        String body = JSON.writeValueAsString(Map.of("email", account[1], "password", account[2]));
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(url.resolve("/api/v1/auth/session"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        return r.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
    }

    private static String[] account(String role) {
        return accounts.stream().filter(a -> a[0].equals(role)).findFirst().orElseThrow();
    }

    private static String token(String[] account) throws Exception {
        String body = JSON.writeValueAsString(Map.of("email", account[1], "password", account[2], "name", "DemoIT"));
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(url.resolve("/api/v1/auth/tokens"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body()).path("token").asText();
    }

    private static HttpResponse<String> send(String method, String path, String token, Map<String, ?> body) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(url.resolve(path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        return HTTP.send(r, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(url.resolve(path)).timeout(Duration.ofSeconds(10));
        if (token != null) b.header("Authorization", "Bearer " + token);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

}
