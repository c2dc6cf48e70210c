package org.hourbook.server.mail;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Date;
import java.util.Properties;
import org.hourbook.store.mail.ClaimedMail;

/**
 * SMTP through Jakarta Mail (Eclipse Angus): the session properties that {@link MailSettings}
 * stand for, and one connection per round of sending.
 */
final class Smtp {
    static final int CONNECT_TIMEOUT_MS = 10_000;
    static final int READ_TIMEOUT_MS = 30_000;

    private final MailSettings settings;
    private final Session session;
    private final InternetAddress from;

    Smtp(MailSettings settings) {
        this(settings, new Properties());
    }

    /** @param overrides added to the session's properties (tests: trust a test server's own certificate) */
    Smtp(MailSettings settings, Properties overrides) {
        this.settings = settings;
        Properties props = properties(settings);
        props.putAll(overrides);
        // A session of our own, never Session.getDefaultInstance (process-wide state).
        this.session = Session.getInstance(props);
        try {
            this.from = new InternetAddress(settings.from(), true);
        } catch (MessagingException e) {
            throw new IllegalArgumentException("sender address", e); // MailSettings checked it already
        }
    }

    /**
     * The session properties: timeouts so that a dead server cannot hold a claim forever, and TLS
     * that checks the server's certificate and name. STARTTLS is required, not merely tried: a
     * server (or someone in between) that does not offer it gets no mail and no password.
     */
    static Properties properties(MailSettings settings) {
        Properties p = new Properties();
        p.setProperty("mail.transport.protocol", "smtp");
        p.setProperty("mail.smtp.host", settings.host());
        p.setProperty("mail.smtp.port", String.valueOf(settings.port()));
        p.setProperty("mail.smtp.connectiontimeout", String.valueOf(CONNECT_TIMEOUT_MS));
        p.setProperty("mail.smtp.timeout", String.valueOf(READ_TIMEOUT_MS));
        p.setProperty("mail.smtp.writetimeout", String.valueOf(READ_TIMEOUT_MS));
        p.setProperty("mail.smtp.auth", String.valueOf(settings.user() != null));
        switch (settings.security()) {
            case STARTTLS -> {
                p.setProperty("mail.smtp.starttls.enable", "true");
                p.setProperty("mail.smtp.starttls.required", "true");
            }
            case TLS -> p.setProperty("mail.smtp.ssl.enable", "true");
            case NONE -> {}
        }
        if (settings.security() != MailSettings.Security.NONE) {
            p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
            p.setProperty("mail.smtp.ssl.protocols", "TLSv1.3 TLSv1.2");
        }
        return p;
    }

    /** An open connection; close it after the round. */
    Connection connect() throws MessagingException {
        Transport transport = session.getTransport("smtp");
        transport.connect(settings.host(), settings.port(), settings.user(), settings.password());
        return new Connection(transport);
    }

    final class Connection implements AutoCloseable {
        private final Transport transport;

        private Connection(Transport transport) {
            this.transport = transport;
        }

        void send(ClaimedMail mail, Date now) throws MessagingException {
            MimeMessage message = message(mail, now);
            transport.sendMessage(message, message.getAllRecipients());
        }

        @Override
        public void close() {
            try {
                transport.close();
            } catch (MessagingException e) {
                // the mails went out or were counted as failed already; a failed QUIT changes nothing
            }
        }
    }

    /**
     * The MIME message: text and HTML as alternatives, UTF-8, marked as automatic (RFC 3834: no
     * out-of-office replies), with a Message-ID fixed per outbox row, so that a mail sent again
     * after a crash between the server's "250 OK" and our record of it is recognisable as the same.
     */
    MimeMessage message(ClaimedMail mail, Date now) throws MessagingException {
        String messageId = "<hourbook." + mail.id() + "." + mail.createdAt().toEpochMilli() + "@" + domain(from.getAddress()) + ">";
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(from);
        message.setRecipient(RecipientType.TO, new InternetAddress(mail.recipient(), true));
        message.setSubject(mail.subject(), "UTF-8");
        message.setSentDate(now);
        message.setHeader("Auto-Submitted", "auto-generated");
        if (mail.htmlBody() == null) {
            message.setText(mail.textBody(), "UTF-8");
        } else {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.textBody(), "UTF-8");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.htmlBody(), "UTF-8", "html");
            message.setContent(new MimeMultipart("alternative", text, html));
        }
        message.saveChanges();
        return message;
    }

    /** Whether trying again cannot help: the server refused the recipient for good (5xx). */
    static boolean permanent(MessagingException e) {
        if (e instanceof AddressException) return true;
        return e instanceof SendFailedException failed && failed.getInvalidAddresses() != null
                && failed.getInvalidAddresses().length > 0;
    }

    private static String domain(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 ? "localhost" : address.substring(at + 1);
    }
}
