package org.hourbook.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hourbook.server.Config;
import org.hourbook.server.mail.MailSettings;

/**
 * Turns flags and environment variables into one checked {@link Config}. Flags win over the
 * environment, the environment over defaults; every problem is reported at once, in words an
 * operator can act on, before anything starts.
 */
public final class Settings {
    static final String ENV_DB_URL = "HOURBOOK_DB_URL";
    static final String ENV_DB_USER = "HOURBOOK_DB_USER";
    static final String ENV_DB_PASSWORD = "HOURBOOK_DB_PASSWORD";
    static final String ENV_DATA = "HOURBOOK_DATA";
    static final String ENV_PORT = "HOURBOOK_PORT";
    static final String ENV_HOST = "HOURBOOK_HOST";
    static final String ENV_SECURE_COOKIES = "HOURBOOK_SECURE_COOKIES";
    static final String ENV_S3_ENDPOINT = "HOURBOOK_S3_ENDPOINT";
    static final String ENV_S3_REGION = "HOURBOOK_S3_REGION";
    static final String ENV_S3_BUCKET = "HOURBOOK_S3_BUCKET";
    static final String ENV_S3_ACCESS_KEY = "HOURBOOK_S3_ACCESS_KEY";
    static final String ENV_S3_SECRET_KEY = "HOURBOOK_S3_SECRET_KEY";
    static final String ENV_TRUSTED_PROXIES = "HOURBOOK_TRUSTED_PROXIES";
    static final String ENV_METRICS_TOKEN = "HOURBOOK_METRICS_TOKEN";
    static final String ENV_PUBLIC_URL = "HOURBOOK_PUBLIC_URL";
    static final String ENV_SMTP_HOST = "HOURBOOK_SMTP_HOST";
    static final String ENV_SMTP_PORT = "HOURBOOK_SMTP_PORT";
    static final String ENV_SMTP_SECURITY = "HOURBOOK_SMTP_SECURITY";
    static final String ENV_SMTP_USER = "HOURBOOK_SMTP_USER";
    static final String ENV_SMTP_PASSWORD = "HOURBOOK_SMTP_PASSWORD";
    static final String ENV_SMTP_FROM = "HOURBOOK_SMTP_FROM";

    static final int DEFAULT_PORT = 8080;
    static final String DEFAULT_HOST = "127.0.0.1";
    static final Path DEFAULT_DATA = Path.of("hourbook-data");
    static final Path DEFAULT_DEMO_DATA = Path.of("hourbook-data", "demo");

    /** Raised with every problem found; {@code Main} prints them and exits with status 2. */
    public static final class Invalid extends Exception {
        final List<String> problems;

        Invalid(List<String> problems) {
            super(String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }
    }

    /** What the command line said; {@code null} where a flag was not given. */
    public record Flags(Integer port, String host, Path data, String dbUrl) {}

    private final Map<String, String> env;

    public Settings(Map<String, String> env) {
        this.env = env;
    }

    /** The configuration of {@code hourbook serve}: SQLite in the data directory unless a database URL is set. */
    public Config serve(Flags flags) throws Invalid {
        List<String> problems = new ArrayList<>();
        String host = first(flags.host(), env(ENV_HOST)).orElse(DEFAULT_HOST);
        int port = port(flags.port(), problems);
        Path data = dataDir(flags.data(), DEFAULT_DATA, problems);
        String dbUrl = first(flags.dbUrl(), env(ENV_DB_URL)).orElse(null);
        if (dbUrl != null && !dbUrl.startsWith("jdbc:postgresql:") && !dbUrl.startsWith("jdbc:sqlite:")) {
            problems.add("the database URL must start with jdbc:postgresql: (or jdbc:sqlite:), got: " + redact(dbUrl)
                    + " (from " + (flags.dbUrl() != null ? "--db-url" : ENV_DB_URL) + ")");
        }
        Config.BlobSettings blobs = s3(problems).orElse(null);
        List<String> proxies = trustedProxies(problems);
        MailSettings mail = mail(problems).orElse(null);
        String publicUrl = env(ENV_PUBLIC_URL).orElse(null);
        try {
            Config.local(host, port, data).withPublicUrl(publicUrl);
        } catch (IllegalArgumentException e) {
            problems.add(ENV_PUBLIC_URL + ": " + e.getMessage());
        }
        if (!problems.isEmpty()) throw new Invalid(problems);
        Config config = Config.local(host, port, data).withPublicUrl(publicUrl);
        if (dbUrl != null) config = config.withDatabase(dbUrl, env(ENV_DB_USER).orElse(null), env(ENV_DB_PASSWORD).orElse(null));
        if (blobs != null) config = config.withBlobs(blobs);
        config = config.withTrustedProxies(proxies).withMetricsToken(env(ENV_METRICS_TOKEN).orElse(null)).withMail(mail);
        return withSecureCookies(config);
    }

    /**
     * The configuration of {@code hourbook demo}: always its own SQLite file and local screenshots
     * in the demo directory, so that trying the demo never writes into a real database or bucket.
     */
    Config demo(Flags flags) throws Invalid {
        List<String> problems = new ArrayList<>();
        String host = first(flags.host(), env(ENV_HOST)).orElse(DEFAULT_HOST);
        int port = port(flags.port(), problems);
        Path data = dataDir(flags.data(), DEFAULT_DEMO_DATA, problems);
        if (!problems.isEmpty()) throw new Invalid(problems);
        return Config.local(host, port, data);
    }

    private Config withSecureCookies(Config c) {
        boolean secure = env(ENV_SECURE_COOKIES).map(v -> v.equalsIgnoreCase("true") || v.equals("1")).orElse(false);
        return c.withSecureCookies(secure);
    }

    /** Comma-separated addresses or CIDR ranges of the reverse proxies in front of this server. */
    private List<String> trustedProxies(List<String> problems) {
        List<String> proxies = env(ENV_TRUSTED_PROXIES).map(v -> List.of(v.split("\\s*,\\s*"))).orElse(List.of());
        try {
            org.hourbook.server.http.ClientAddress.trusting(proxies);
        } catch (IllegalArgumentException e) {
            problems.add(ENV_TRUSTED_PROXIES + ": " + e.getMessage() + " (give IP addresses or CIDR ranges, comma-separated)");
        }
        return proxies;
    }

    private int port(Integer flag, List<String> problems) {
        if (flag != null) {
            if (flag < 0 || flag > 65535) problems.add("--port must be between 0 and 65535 (0 picks a free port), got " + flag);
            return flag;
        }
        Optional<String> fromEnv = env(ENV_PORT);
        if (fromEnv.isEmpty()) return DEFAULT_PORT;
        try {
            int p = Integer.parseInt(fromEnv.get().trim());
            if (p < 0 || p > 65535) problems.add(ENV_PORT + " must be between 0 and 65535, got " + p);
            return p;
        } catch (NumberFormatException e) {
            problems.add(ENV_PORT + " must be a number, got '" + fromEnv.get() + "'");
            return DEFAULT_PORT;
        }
    }

    private Path dataDir(Path flag, Path fallback, List<String> problems) {
        Path dir;
        try {
            dir = flag != null ? flag : env(ENV_DATA).map(Path::of).orElse(fallback);
        } catch (InvalidPathException e) {
            problems.add(ENV_DATA + " is not a valid path: " + e.getMessage());
            return fallback;
        }
        dir = dir.toAbsolutePath().normalize();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            problems.add("the data directory " + dir + " is a file; point --data (or " + ENV_DATA + ") to a directory");
        } else {
            try {
                Files.createDirectories(dir);
                if (!Files.isWritable(dir)) problems.add("the data directory " + dir + " is not writable");
            } catch (IOException e) {
                problems.add("cannot create the data directory " + dir + ": " + e);
            }
        }
        return dir;
    }

    /** S3 is used when a bucket is named; keys come in pairs; the endpoint defaults to AWS. */
    private Optional<Config.BlobSettings> s3(List<String> problems) {
        Optional<String> bucket = env(ENV_S3_BUCKET);
        Optional<String> endpoint = env(ENV_S3_ENDPOINT);
        Optional<String> access = env(ENV_S3_ACCESS_KEY);
        Optional<String> secret = env(ENV_S3_SECRET_KEY);
        if (bucket.isEmpty()) {
            if (endpoint.isPresent() || access.isPresent() || secret.isPresent()) {
                problems.add(ENV_S3_BUCKET + " is required when other HOURBOOK_S3_* settings are given");
            }
            return Optional.empty();
        }
        if (access.isPresent() != secret.isPresent()) {
            problems.add("set both " + ENV_S3_ACCESS_KEY + " and " + ENV_S3_SECRET_KEY + " (or neither, to use the default AWS credentials)");
        }
        if (endpoint.isPresent() && !endpoint.get().matches("https?://.+")) {
            problems.add(ENV_S3_ENDPOINT + " must be an http:// or https:// URL, got " + endpoint.get());
        }
        return Optional.of(new Config.BlobSettings.S3(endpoint.orElse(null), env(ENV_S3_REGION).orElse("us-east-1"),
                bucket.get(), access.orElse(null), secret.orElse(null)));
    }

    /**
     * Mail is on when {@code HOURBOOK_SMTP_HOST} is set; STARTTLS on its usual port unless told
     * otherwise. The password is taken as written (not trimmed) and never echoed.
     */
    private Optional<MailSettings> mail(List<String> problems) {
        Optional<String> host = env(ENV_SMTP_HOST);
        Optional<String> port = env(ENV_SMTP_PORT);
        Optional<String> security = env(ENV_SMTP_SECURITY);
        Optional<String> user = env(ENV_SMTP_USER);
        Optional<String> from = env(ENV_SMTP_FROM);
        String password = env.get(ENV_SMTP_PASSWORD);
        if (password != null && password.isBlank()) password = null;
        if (host.isEmpty()) {
            if (port.isPresent() || security.isPresent() || user.isPresent() || password != null || from.isPresent()) {
                problems.add(ENV_SMTP_HOST + " is required when other HOURBOOK_SMTP_* settings are given (or unset them all: no mail)");
            }
            return Optional.empty();
        }
        int before = problems.size();
        MailSettings.Security sec = MailSettings.Security.STARTTLS;
        if (security.isPresent()) {
            try {
                sec = MailSettings.Security.valueOf(security.get().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(ENV_SMTP_SECURITY + " must be STARTTLS (port 587), TLS (implicit TLS, also called SSL or SMTPS, "
                        + "port 465) or NONE (a local relay, port 25), got '" + security.get() + "'");
            }
        }
        int p = sec.defaultPort();
        if (port.isPresent()) {
            try {
                p = Integer.parseInt(port.get());
                if (p < 1 || p > 65535) problems.add(ENV_SMTP_PORT + " must be between 1 and 65535, got " + p);
            } catch (NumberFormatException e) {
                problems.add(ENV_SMTP_PORT + " must be a number, got '" + port.get() + "'");
            }
        }
        if (user.isPresent() != (password != null)) {
            problems.add("set both " + ENV_SMTP_USER + " and " + ENV_SMTP_PASSWORD + ", or neither (to send without signing in)");
        } else if (password != null && sec == MailSettings.Security.NONE) {
            problems.add(ENV_SMTP_SECURITY + "=NONE would send the SMTP password unencrypted; use STARTTLS or TLS");
        }
        if (from.isEmpty()) {
            problems.add(ENV_SMTP_FROM + " is required with " + ENV_SMTP_HOST + ": the sender address, "
                    + "e.g. hourbook@example.org or \"Hourbook <hourbook@example.org>\"");
        }
        if (problems.size() > before) return Optional.empty();
        try {
            return Optional.of(new MailSettings(host.get(), p, sec, user.orElse(null), password, from.get()));
        } catch (IllegalArgumentException e) {
            problems.add("HOURBOOK_SMTP_*: " + e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<String> env(String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
    }

    private static Optional<String> first(String flag, Optional<String> fromEnv) {
        return flag != null ? Optional.of(flag) : fromEnv;
    }

    /** A URL may carry a password (jdbc:postgresql://h/db?password=...); never echo it. */
    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("//[^/@]+:[^/@]+@", "//***@");
    }
}
