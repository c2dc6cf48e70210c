package org.hourbook.server.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

/**
 * A real SMTP server (GreenMail) on 127.0.0.1, plain or implicit TLS with GreenMail's own
 * self-signed certificate; it accepts mail for any address and keeps it for the test to read.
 */
public final class TestSmtp implements AutoCloseable {
    public static final String FROM = "Hourbook <hourbook@example.org>";

    private final GreenMail server;
    private final int port;
    private final boolean tls;

    private TestSmtp(int port, boolean tls, GreenMailConfiguration configuration) {
        this.port = port;
        this.tls = tls;
        this.server = new GreenMail(new ServerSetup(port, "127.0.0.1", tls ? ServerSetup.PROTOCOL_SMTPS : ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(configuration);
        server.start();
    }

    public static TestSmtp plain() {
        return on(freePort());
    }

    /** A plain server on a given port, e.g. one that was down until now. */
    static TestSmtp on(int port) {
        return new TestSmtp(port, false, GreenMailConfiguration.aConfig());
    }

    /** Implicit TLS (SMTPS) that accepts this one login. */
    static TestSmtp tls(String user, String password) {
        return new TestSmtp(freePort(), true, GreenMailConfiguration.aConfig().withUser("hourbook@example.org", user, password));
    }

    /** A port nothing listens on (yet): an SMTP server that is down. */
    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() { return port; }

    /** Settings that reach this server as configured by an operator (no extra trust). */
    public MailSettings settings() {
        return new MailSettings("127.0.0.1", port, tls ? MailSettings.Security.TLS : MailSettings.Security.NONE, null, null, FROM);
    }

    /**
     * What a test adds to trust this server's certificate: GreenMail's is self-signed and names
     * no host. Production settings never carry these (see SmtpSecurityIT).
     */
    static Properties trustingTestCertificate() {
        Properties p = new Properties();
        p.setProperty("mail.smtp.ssl.trust", "127.0.0.1");
        p.setProperty("mail.smtp.ssl.checkserveridentity", "false");
        return p;
    }

    public List<MimeMessage> received() {
        return List.of(server.getReceivedMessages());
    }

    /** Waits until at least {@code count} mails arrived; returns whether they did in time. */
    public boolean await(int count, Duration timeout) {
        return server.waitForIncomingEmail(timeout.toMillis(), count);
    }

    /**
     * The link to {@code pathPrefix} (e.g. {@code "/password/"}) in the newest mail to {@code to},
     * waiting up to 10 s for it to arrive; fails the test when there is none.
     */
    public String linkTo(String to, String pathPrefix) {
        return awaitLink(to, pathPrefix, Duration.ofSeconds(10));
    }

    /** The plain-text body of a mail (decoded), e.g. to find the link in it. */
    public static String text(MimeMessage message) {
        try {
            Object content = message.getContent();
            if (content instanceof jakarta.mail.Multipart parts) return (String) parts.getBodyPart(0).getContent();
            return content.toString();
        } catch (IOException | jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits for a mail to {@code recipient} whose text holds a link with {@code path} in it (e.g.
     * "/invite/") and returns that link, as an invitee would click it (from the newest such mail).
     */
    public String awaitLink(String recipient, String path, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        java.util.regex.Pattern link = java.util.regex.Pattern.compile("https?://\\S*" + java.util.regex.Pattern.quote(path) + "\\S*");
        while (System.nanoTime() < deadline) {
            for (MimeMessage m : List.of(server.getReceivedMessages()).reversed()) {
                try {
                    if (!m.getAllRecipients()[0].toString().equalsIgnoreCase(recipient)) continue;
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
                var matcher = link.matcher(text(m));
                if (matcher.find()) return matcher.group();
            }
            server.waitForIncomingEmail(200, server.getReceivedMessages().length + 1);
        }
        throw new AssertionError("no mail to " + recipient + " with a " + path + " link within " + timeout);
    }

    @Override
    public void close() {
        server.stop();
    }
}
