package org.hourbook.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.hourbook.server.mail.MailSettings;

/**
 * Everything the server needs to know at start-up, read once by {@code Main} and passed in.
 *
 * @param dataDir        where SQLite and the local blob store live
 * @param dbUrl          a {@code jdbc:postgresql:} URL, or {@code null} for SQLite in {@code dataDir}
 * @param blobs          where screenshots are stored
 * @param secureCookies  set the cookie's Secure flag (on behind TLS; off for http://localhost)
 * @param passwordCost   Argon2id parameters; tests and the demo may use {@link PasswordCost#FAST}
 * @param limits         screenshot byte/pixel limits enforced before any decoding
 * @param trustedProxies addresses or CIDR ranges of reverse proxies whose {@code X-Forwarded-For}
 *                       is believed (for the client address of login limits); empty: none
 * @param metricsToken   when set, {@code /metrics} needs {@code Authorization: Bearer <token>};
 *                       {@code null}: open to whoever reaches the listening address
 * @param mail           the SMTP server outbound mail goes through; {@code null}: mail is not
 *                       configured (nothing is queued, pages show links to copy)
 */
public record Config(
        String host,
        int port,
        Path dataDir,
        String dbUrl,
        String dbUser,
        String dbPassword,
        BlobSettings blobs,
        boolean secureCookies,
        PasswordCost passwordCost,
        Duration sessionIdle,
        Duration sessionAbsolute,
        Duration shutdownTimeout,
        UploadLimits limits,
        java.util.List<String> trustedProxies,
        String metricsToken,
        MailSettings mail) {

    public Config {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(dataDir, "dataDir");
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0..65535, was " + port);
        blobs = blobs == null ? new BlobSettings.Local(dataDir.resolve("blobs")) : blobs;
        passwordCost = passwordCost == null ? PasswordCost.PRODUCTION : passwordCost;
        sessionIdle = sessionIdle == null ? Duration.ofDays(7) : sessionIdle;
        sessionAbsolute = sessionAbsolute == null ? Duration.ofDays(30) : sessionAbsolute;
        shutdownTimeout = shutdownTimeout == null ? Duration.ofSeconds(10) : shutdownTimeout;
        limits = limits == null ? UploadLimits.DEFAULT : limits;
        trustedProxies = trustedProxies == null ? java.util.List.of() : java.util.List.copyOf(trustedProxies);
        metricsToken = metricsToken == null || metricsToken.isBlank() ? null : metricsToken;
    }

    /** The settings before mail existed; mail off. */
    public Config(String host, int port, Path dataDir, String dbUrl, String dbUser, String dbPassword, BlobSettings blobs,
            boolean secureCookies, PasswordCost passwordCost, Duration sessionIdle, Duration sessionAbsolute,
            Duration shutdownTimeout, UploadLimits limits, java.util.List<String> trustedProxies, String metricsToken) {
        this(host, port, dataDir, dbUrl, dbUser, dbPassword, blobs, secureCookies, passwordCost, sessionIdle, sessionAbsolute,
                shutdownTimeout, limits, trustedProxies, metricsToken, null);
    }

    /** The settings before proxies and the metrics token existed; both off. */
    public Config(String host, int port, Path dataDir, String dbUrl, String dbUser, String dbPassword, BlobSettings blobs,
            boolean secureCookies, PasswordCost passwordCost, Duration sessionIdle, Duration sessionAbsolute,
            Duration shutdownTimeout, UploadLimits limits) {
        this(host, port, dataDir, dbUrl, dbUser, dbPassword, blobs, secureCookies, passwordCost, sessionIdle, sessionAbsolute,
                shutdownTimeout, limits, null, null);
    }

    /** Sensible defaults for one laptop: SQLite and local blobs under {@code dataDir}. */
    public static Config local(String host, int port, Path dataDir) {
        return new Config(host, port, dataDir, null, null, null, null, false, null, null, null, null, null, null, null, null);
    }

    public Config withPasswordCost(PasswordCost cost) {
        return new Config(host, port, dataDir, dbUrl, dbUser, dbPassword, blobs, secureCookies, cost, sessionIdle,
                sessionAbsolute, shutdownTimeout, limits, trustedProxies, metricsToken, mail);
    }

    public Config withDatabase(String url, String user, String password) {
        return new Config(host, port, dataDir, url, user, password, blobs, secureCookies, passwordCost, sessionIdle,
                sessionAbsolute, shutdownTimeout, limits, trustedProxies, metricsToken, mail);
    }

    public Config withBlobs(BlobSettings settings) {
        return new Config(host, port, dataDir, dbUrl, dbUser, dbPassword, settings, secureCookies, passwordCost,
                sessionIdle, sessionAbsolute, shutdownTimeout, limits, trustedProxies, metricsToken, mail);
    }

    @Override
    public String toString() { // never log the database password or the metrics token
        return "Config[host=" + host + ", port=" + port + ", dataDir=" + dataDir + ", dbUrl=" + dbUrl + ", blobs=" + blobs
                + ", secureCookies=" + secureCookies + ", trustedProxies=" + trustedProxies
                + ", metricsToken=" + (metricsToken == null ? "none" : "***") + ", mail=" + (mail == null ? "off" : mail) + "]";
    }

    /** Believe {@code X-Forwarded-For} from these proxies (addresses or CIDR ranges such as {@code 10.0.0.0/8}). */
    public Config withTrustedProxies(java.util.List<String> proxies) {
        return new Config(host, port, dataDir, dbUrl, dbUser, dbPassword, blobs, secureCookies, passwordCost, sessionIdle,
                sessionAbsolute, shutdownTimeout, limits, proxies, metricsToken, mail);
    }

    public Config withMetricsToken(String token) {
        return new Config(host, port, dataDir, dbUrl, dbUser, dbPassword, blobs, secureCookies, passwordCost, sessionIdle,
                sessionAbsolute, shutdownTimeout, limits, trustedProxies, token, mail);
    }

    public Config withSecureCookies(boolean secure) {
        return new Config(host, port, dataDir, dbUrl, dbUser, dbPassword, blobs, secure, passwordCost, sessionIdle,
                sessionAbsolute, shutdownTimeout, limits, trustedProxies, metricsToken, mail);
    }

    /** Send mail through this SMTP server; {@code null} turns mail off. */
    public Config withMail(MailSettings settings) {
        return new Config(host, port, dataDir, dbUrl, dbUser, dbPassword, blobs, secureCookies, passwordCost, sessionIdle,
                sessionAbsolute, shutdownTimeout, limits, trustedProxies, metricsToken, settings);
    }

    /** Where screenshots go: a local folder, or an S3-compatible bucket. */
    public sealed interface BlobSettings {
        record Local(Path dir) implements BlobSettings {}

        record S3(String endpoint, String region, String bucket, String accessKey, String secretKey) implements BlobSettings {
            @Override
            public String toString() { // never log the secret
                return "S3[endpoint=" + endpoint + ", region=" + region + ", bucket=" + bucket + "]";
            }
        }
    }

    /** Argon2id cost. PRODUCTION takes roughly 50-100 ms per hash on a small server. */
    public record PasswordCost(int memoryKib, int iterations, int parallelism) {
        public static final PasswordCost PRODUCTION = new PasswordCost(16_384, 2, 1);
        public static final PasswordCost FAST = new PasswordCost(1024, 1, 1);
    }

    /** Screenshot upload limits, checked on the bytes and the image header before any decoding. */
    public record UploadLimits(int maxBytes, long maxPixels) {
        public static final UploadLimits DEFAULT = new UploadLimits(5 * 1024 * 1024, 40_000_000L);
    }
}
