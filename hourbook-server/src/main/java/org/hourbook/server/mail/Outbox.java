package org.hourbook.server.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.util.List;
import org.hourbook.store.Database;
import org.hourbook.store.Repositories;
import org.hourbook.store.mail.NewMail;
import org.hourbook.store.mail.OutboxEntry;

/**
 * Where features hand over mail. A mail is rendered and queued inside the caller's transaction,
 * so it goes out exactly when the change that causes it commits:
 * <pre>
 * db.inTransaction(tx -> {
 *     Invitation inv = invitations.create(tx, ...);
 *     services.outbox().queue(tx, new Invitation(email, inviter, org, "freelancer", link, Duration.ofDays(7)));
 *     return inv;
 * });
 * if (!services.outbox().configured()) ... // the page says "mail is not set up; copy the link"
 * </pre>
 * {@link MailSender} sends it in the background, on whichever node claims it first.
 */
public final class Outbox {
    /** The operator's list shows at most this many unsent mails. */
    static final int LIST_LIMIT = 500;

    private final Database db;
    private final MailSettings settings;
    private final Clock clock;
    private final MailTemplates templates = new MailTemplates();

    /** @param settings {@code null}: mail is not configured */
    public Outbox(Database db, MailSettings settings, Clock clock) {
        this.db = db;
        this.settings = settings;
        this.clock = clock;
    }

    /** Whether mail goes out at all; when not, pages show links to copy and nothing is queued. */
    public boolean configured() {
        return settings != null;
    }

    /** Renders {@code message} and queues it in {@code tx} (a transaction's repositories, or the database's for a mail on its own). */
    public QueueResult queue(Repositories tx, Message message) {
        if (!configured()) return new QueueResult.MailOff();
        try {
            new InternetAddress(message.to(), true).validate();
        } catch (AddressException e) {
            return new QueueResult.BadRecipient(message.to(), e.getMessage());
        }
        MailTemplates.Rendered r = templates.render(message);
        return tx.mail().enqueue(new NewMail(message.kind().code(), message.to(), r.subject(), r.text(), r.html(),
                        message.dedupeKey(), clock.instant()))
                .<QueueResult>map(QueueResult.Queued::new)
                .orElseGet(() -> new QueueResult.AlreadyQueued(message.dedupeKey()));
    }

    /** The operator's view: mails not sent yet (pending, being sent, failed), oldest first. */
    public List<OutboxEntry> unsent() {
        return db.mail().unsent(LIST_LIMIT);
    }

    /** The operator's "try again" for a failed mail: due now, attempts counted afresh. */
    public boolean retry(long id) {
        return db.mail().retry(id, clock.instant());
    }
}
