package org.hourbook.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.hourbook.api.importing.ImportSummary;
import org.hourbook.server.Config;
import org.hourbook.server.Refusal;
import org.hourbook.server.Services;
import org.hourbook.server.http.Json;
import org.hourbook.server.importing.ImportJson;
import org.hourbook.server.importing.ImportRequest;
import org.hourbook.store.Database;
import org.hourbook.store.blob.BlobStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hourbook import FILE --contract ID}: previews or imports a CSV export into a retainer,
 * on the local data directory (or HOURBOOK_DB_URL) or through a running server's API.
 */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        usageHelpWidth = 80,
        header = "Imports time from a CSV export into a retainer.",
        description = {
                "Reads a Toggl Track, Clockify or Harvest detailed report, or a file with",
                "the columns date, description and hours (UTF-8 or UTF-16; comma,",
                "semicolon or tab), reports every problem by line and column, and imports",
                "its rows in one transaction. Rows the contract already has are counted,",
                "never added twice. With --dry-run nothing is stored. Works on the data",
                "directory (--data, or HOURBOOK_DB_URL) or on a running server (--server",
                "URL --token T, a personal API token of the contract's freelancer).",
                "Exit code: 0 done or previewed, 1 refused, 2 usage.",
                ""},
        footerHeading = "%nExamples:%n",
        footer = {"  hourbook import toggl.csv --contract 3 --dry-run",
                "  hourbook import clockify.csv --contract 3 --day-order DAY_FIRST --json",
                "  hourbook import harvest.csv --contract 3 --server https://hours.example.com \\",
                "      --token hb_..."})
final class ImportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "the CSV file")
    Path file;

    @Option(names = "--contract", required = true, paramLabel = "ID", description = "the retainer's contract id")
    long contract;

    @Option(names = "--dry-run", description = "preview only: store nothing")
    boolean dryRun;

    @Option(names = "--json", description = {"print one JSON object: format, rows,", "hours, problems [{line, column, reason}]"})
    boolean json;

    @Option(names = "--day-order", paramLabel = "ORDER", description = {"DAY_FIRST or MONTH_FIRST, when the", "file's dates read both ways"})
    String dayOrder;

    @Option(names = "--filter", paramLabel = "KIND:NAME", description = {"only the rows of one client or project,", "e.g. client:Acme"})
    String filter;

    @Option(names = "--skip-problem-rows", description = {"import the good rows, leave out the", "rows with problems"})
    boolean skipProblemRows;

    @Option(names = "--data", paramLabel = "DIR", description = {"data directory (env HOURBOOK_DATA,", "default ./hourbook-data)"})
    Path data;

    @Option(names = "--db-url", paramLabel = "URL", description = {"PostgreSQL JDBC URL (env", "HOURBOOK_DB_URL)"})
    String dbUrl;

    @Option(names = "--server", paramLabel = "URL", description = {"a running server, e.g.", "http://127.0.0.1:8080"})
    String server;

    @Option(names = "--token", paramLabel = "T", description = {"a personal API token (with --server)"})
    String token;

    private final Main.Context ctx;

    ImportCommand(Main.Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            ctx.err().println("hourbook import: no such file: " + file);
            return 2;
        }
        if (server != null) {
            try {
                return remote();
            } catch (IOException e) {
                ctx.err().println("hourbook import: " + e.getMessage());
                return 1;
            }
        }
        Config config;
        try {
            config = new Settings(ctx.env()).serve(new Settings.Flags(null, null, data, dbUrl));
        } catch (Settings.Invalid invalid) {
            return ServeCommand.reportInvalid(ctx, "import", invalid);
        }
        if (config.dbUrl() == null && !Files.exists(config.dataDir().resolve("hourbook.db"))) {
            ctx.err().println("hourbook import: no Hourbook database in " + config.dataDir() + " (use --data DIR, HOURBOOK_DB_URL or --server)");
            return 1;
        }
        try (Database db = Boot.openDatabase(config)) {
            BlobStore blobs = Boot.openBlobs(config);
            Services services = Boot.services(config, db, blobs, ctx.clock());
            ImportRequest req = request();
            try {
                ImportSummary out = dryRun
                        ? ImportJson.of(services.imports().previewLocal(contract, () -> Files.newInputStream(file), req), null, null)
                        : ImportJson.of(services.imports().commitLocal(contract, () -> Files.newInputStream(file), req));
                print(out, ctx.out());
                return 0;
            } catch (Refusal r) {
                ctx.err().println("hourbook import: " + r.getMessage());
                if ((r.code().equals("import.problems") || r.code().equals("import.day_order")) && !dryRun) {
                    // Say what is wrong with the file the same way a dry run does: every problem by line and column.
                    print(ImportJson.of(services.imports().previewLocal(contract, () -> Files.newInputStream(file), req), null, null), ctx.out());
                } else if (json) {
                    ctx.out().println(Json.mapper().writeValueAsString(Map.of("code", r.code(), "message", r.getMessage())));
                }
                return 1;
            }
        }
    }

    private ImportRequest request() {
        Map<String, String> p = params();
        return org.hourbook.server.importing.ImportRequestParams.from(p::get);
    }

    private Map<String, String> params() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("fileName", file.getFileName().toString());
        if (dayOrder != null) p.put("dayOrder", dayOrder);
        if (filter != null) p.put("filter", filter);
        if (skipProblemRows) p.put("skipProblemRows", "true");
        if (dryRun) p.put("dryRun", "true");
        return p;
    }

    private int remote() throws IOException, InterruptedException {
        if (token == null) {
            ctx.err().println("hourbook import: --server needs --token (a personal API token)");
            return 2;
        }
        ObjectMapper m = Json.mapper();
        HttpResponse<String> r = send(params());
        if (r.statusCode() >= 300) {
            String message = r.body();
            String code = "";
            try {
                var body = m.readTree(r.body());
                message = body.path("message").asText(r.body());
                code = body.path("code").asText("");
            } catch (IOException ignored) {
                // not JSON: print as it came, with the status
                message = "the server answered " + r.statusCode() + ": " + r.body();
            }
            ctx.err().println("hourbook import: " + message);
            if ((code.equals("import.problems") || code.equals("import.day_order")) && !dryRun) {
                // Every problem by line and column, as a dry run (and the local import) prints them.
                Map<String, String> preview = params();
                preview.put("dryRun", "true");
                HttpResponse<String> p = send(preview);
                if (p.statusCode() < 300) print(m.readValue(p.body(), ImportSummary.class), ctx.out());
            } else if (json) {
                ctx.out().println(r.body());
            }
            return 1;
        }
        print(m.readValue(r.body(), ImportSummary.class), ctx.out());
        return 0;
    }

    private HttpResponse<String> send(Map<String, String> params) throws IOException, InterruptedException {
        String query = params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        URI uri = URI.create(server.replaceAll("/+$", "") + "/api/v1/contracts/" + contract + "/imports?" + query);
        HttpRequest req = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(30)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofFile(file)).build();
        try {
            return HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString());
        } catch (java.net.ConnectException e) {
            throw new IOException("cannot reach " + server + " (is the server running?)", e);
        }
    }

    private void print(ImportSummary s, PrintStream out) throws IOException {
        if (json) {
            out.println(Json.mapper().writeValueAsString(s));
            return;
        }
        out.println("format    " + (s.format() == null ? "unknown" : s.format().toLowerCase()));
        out.println("rows      " + s.rows() + " read, " + s.entries() + " to import, " + s.alreadyThere() + " already there");
        out.println("hours     " + s.hours().stripTrailingZeros().toPlainString());
        if (s.firstDate() != null) out.println("dates     " + s.firstDate() + " .. " + s.lastDate());
        out.println("problems  " + s.problemCount());
        for (ImportSummary.Problem p : s.problems()) {
            out.println("  line " + p.line() + (p.column() == null ? "" : ", column " + p.column()) + ": " + p.reason());
        }
        if (s.warning() != null) out.println("warning   " + s.warning());
        if (s.importId() != null) out.println("imported  " + s.added() + " rows (import #" + s.importId() + ")");
        else if (dryRun) out.println("dry run: nothing was stored");
    }
}
