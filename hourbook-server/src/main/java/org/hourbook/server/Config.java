package org.hourbook.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.hourbook.server.mail.MailSettings;

/**
 * Everything the server needs to know at start-up, read once by {@code Main} and passed in.
 * <pre>
 * Config c = Config.local("127.0.0.1", 8080, dataDir).withMail(smtp).withPublicUrl("https://hours.example.com");
 * </pre>
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
 * @param publicUrl      the address people reach the server at (e.g. {@code https://hours.example.com}),
 *                       for the links in mails and printed setup links; {@code null}: the
 *                       listening address ({@link PublicUrl})
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
        List<String> trustedProxies,
        String metricsToken,
        MailSettings mail,
        String publicUrl) {

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
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
        metricsToken = metricsToken == null || metricsToken.isBlank() ? null : metricsToken;
        publicUrl = PublicUrl.checked(publicUrl);
    }

    /** Sensible defaults for one laptop: SQLite and local blobs under {@code dataDir}. */
    public static Config local(String host, int port, Path dataDir) {
        return new Config(host, port, dataDir, null, null, null, null, false, null, null, null, null, null, null, null, null, null);
    }

    public Config withPasswordCost(PasswordCost cost) {
        return edit(b -> b.passwordCost = cost);
    }

    public Config withDatabase(String url, String user, String password) {
        return edit(b -> {
            b.dbUrl = url;
            b.dbUser = user;
            b.dbPassword = password;
        });
    }

    /** Screenshot byte and pixel limits. */
    public Config withLimits(UploadLimits uploadLimits) {
        return edit(b -> b.limits = uploadLimits);
    }

    public Config withBlobs(BlobSettings settings) {
        return edit(b -> b.blobs = settings);
    }

    /** Believe {@code X-Forwarded-For} from these proxies (addresses or CIDR ranges such as {@code 10.0.0.0/8}). */
    public Config withTrustedProxies(List<String> proxies) {
        return edit(b -> b.trustedProxies = proxies);
    }

    public Config withMetricsToken(String token) {
        return edit(b -> b.metricsToken = token);
    }

    public Config withSecureCookies(boolean secure) {
        return edit(b -> b.secureCookies = secure);
    }

    /** Send mail through this SMTP server; {@code null} turns mail off. */
    public Config withMail(MailSettings settings) {
        return edit(b -> b.mail = settings);
    }

    /** The address people reach the server at, for links in mails (no trailing slash needed). */
    public Config withPublicUrl(String url) {
        return edit(b -> b.publicUrl = url);
    }

    @Override
    public String toString() { // never log the database password or the metrics token
        return "Config[host=" + host + ", port=" + port + ", dataDir=" + dataDir + ", dbUrl=" + dbUrl + ", blobs=" + blobs
                + ", secureCookies=" + secureCookies + ", trustedProxies=" + trustedProxies
                + ", metricsToken=" + (metricsToken == null ? "none" : "***") + ", mail=" + (mail == null ? "off" : mail)
                + ", publicUrl=" + publicUrl + "]";
    }

    /** A copy with some settings changed: one place that lists every component. */
    private Config edit(java.util.function.Consumer<Fields> change) {
        Fields f = new Fields(this);
        change.accept(f);
        return new Config(host, port, dataDir, f.dbUrl, f.dbUser, f.dbPassword, f.blobs, f.secureCookies, f.passwordCost, sessionIdle,
                sessionAbsolute, shutdownTimeout, f.limits, f.trustedProxies, f.metricsToken, f.mail, f.publicUrl);
    }

    /** The settings a {@code with...} may change. */
    private static final class Fields {
        String dbUrl;
        String dbUser;
        String dbPassword;
        BlobSettings blobs;
        boolean secureCookies;
        PasswordCost passwordCost;
        UploadLimits limits;
        List<String> trustedProxies;
        String metricsToken;
        MailSettings mail;
        String publicUrl;

        Fields(Config c) {
            dbUrl = c.dbUrl;
            dbUser = c.dbUser;
            dbPassword = c.dbPassword;
            blobs = c.blobs;
            secureCookies = c.secureCookies;
            passwordCost = c.passwordCost;
            limits = c.limits;
            trustedProxies = c.trustedProxies;
            metricsToken = c.metricsToken;
            mail = c.mail;
            publicUrl = c.publicUrl;
        }
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
