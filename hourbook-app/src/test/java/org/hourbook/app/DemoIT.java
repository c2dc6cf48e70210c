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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the built jar as a user would ({@code java -jar hourbook.jar demo}) on a free port in a
 * temporary directory, then uses what it printed: the URL and the accounts.
 */
class DemoIT {
    private static final Pattern ACCOUNT = Pattern.compile("^account (owner|manager|freelancer|client) (\\S+@\\S+) (\\S+)$");
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
                if (ACCOUNT.matcher(line).matches() && ++accountLines == 7) ready.complete(null);
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
        assertThat(accounts).extracting(a -> a[0]).contains("owner", "manager", "freelancer", "client");
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
        JsonNode contracts = JSON.readTree(get("/api/v1/contracts", token(account("owner"))).body());
        assertThat(contracts).extracting(c -> c.path("status").asText()).contains("CLOSED", "ACTIVE");
    }

    @Test
    void the_previous_week_holds_manual_and_over_limit_time() throws Exception {
        String token = token(account("owner"));
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
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("reusing the demo data").contains("account owner ");
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

    private static HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(url.resolve(path)).timeout(Duration.ofSeconds(10));
        if (token != null) b.header("Authorization", "Bearer " + token);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

}
