package org.hourbook.server.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
     * The first link to {@code pathPrefix} (e.g. {@code "/password/"}) in the plain-text body of the
     * newest mail to {@code to}, waiting up to 10 s for it to arrive; fails the test when there is none.
     */
    public String linkTo(String to, String pathPrefix) {
        Pattern link = Pattern.compile("https?://\\S+?" + Pattern.quote(pathPrefix) + "[A-Za-z0-9_-]+");
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        do {
            List<MimeMessage> all = received();
            for (int i = all.size() - 1; i >= 0; i--) {
                try {
                    MimeMessage m = all.get(i);
                    if (!m.getAllRecipients()[0].toString().equalsIgnoreCase(to)) continue;
                    Matcher found = link.matcher(text(m));
                    if (found.find()) return found.group();
                } catch (MessagingException | IOException e) {
                    throw new AssertionError("unreadable mail", e);
                }
            }
            server.waitForIncomingEmail(200, all.size() + 1);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("no mail to " + to + " with a link to " + pathPrefix + " arrived; got " + received().size() + " mails");
    }

    /** The plain-text part of a mail. */
    public static String text(MimeMessage m) throws MessagingException, IOException {
        Object content = m.getContent();
        if (content instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                if (parts.getBodyPart(i).isMimeType("text/plain")) return (String) parts.getBodyPart(i).getContent();
            }
        }
        return String.valueOf(content);
    }

    @Override
    public void close() {
        server.stop();
    }
}
