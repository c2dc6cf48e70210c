package org.hourbook.server.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Objects;

/**
 * The SMTP server mail goes out through. {@code Config.mail()} is {@code null} when none is
 * configured: then nothing is queued and pages offer the link to copy instead.
 *
 * @param security how the connection is protected: STARTTLS (upgrade, required: never falls back
 *                 to plain text), TLS (implicit, "SMTPS"), or NONE (a local relay)
 * @param user     {@code null} to send without authenticating; then {@code password} is {@code null} too
 * @param from     the sender, e.g. {@code Hourbook <hourbook@example.org>}
 */
public record MailSettings(String host, int port, Security security, String user, String password, String from) {

    public enum Security {
        STARTTLS(587), TLS(465), NONE(25);

        private final int defaultPort;

        Security(int defaultPort) {
            this.defaultPort = defaultPort;
        }

        /** The usual port: submission (587) for STARTTLS, submissions (465) for TLS, 25 for a plain relay. */
        public int defaultPort() { return defaultPort; }
    }

    public MailSettings {
        if (host == null || host.isBlank()) throw new IllegalArgumentException("the SMTP host is missing");
        Objects.requireNonNull(security, "security");
        if (port < 1 || port > 65535) throw new IllegalArgumentException("the SMTP port must be between 1 and 65535, got " + port);
        user = user == null || user.isBlank() ? null : user;
        password = password == null || password.isEmpty() ? null : password;
        if ((user == null) != (password == null)) {
            throw new IllegalArgumentException("give both the SMTP user and password, or neither (to send without signing in)");
        }
        if (password != null && security == Security.NONE) {
            throw new IllegalArgumentException("the SMTP password would cross the network unencrypted; use STARTTLS or TLS");
        }
        Objects.requireNonNull(from, "from");
        try {
            InternetAddress[] parsed = InternetAddress.parse(from, true);
            if (parsed.length != 1) throw new AddressException("one address expected", from);
            parsed[0].validate();
        } catch (AddressException e) {
            throw new IllegalArgumentException("the sender address '" + from + "' is not one valid email address, such as "
                    + "hourbook@example.org or \"Hourbook <hourbook@example.org>\"");
        }
    }

    /** Settings on the security's usual port, without signing in. */
    public static MailSettings of(String host, Security security, String from) {
        return new MailSettings(host, security.defaultPort(), security, null, null, from);
    }

    public MailSettings withLogin(String user, String password) {
        return new MailSettings(host, port, security, user, password, from);
    }

    public MailSettings withPort(int port) {
        return new MailSettings(host, port, security, user, password, from);
    }

    @Override
    public String toString() { // never log the password
        return "MailSettings[host=" + host + ", port=" + port + ", security=" + security + ", user=" + user
                + ", password=" + (password == null ? "none" : "***") + ", from=" + from + "]";
    }
}
