package org.hourbook.server.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.hourbook.server.App;
import org.hourbook.server.Config;
import org.hourbook.server.Services;
import org.hourbook.store.Database;
import org.hourbook.store.StoreConfig;
import org.hourbook.store.blob.LocalBlobStore;
import org.hourbook.store.testing.Backend;
import org.hourbook.store.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Two servers over one database (PostgreSQL, or one SQLite file) share the outbox: every mail goes out once. */
@ParameterizedClass
@EnumSource(Backend.class)
class MailOnTwoNodesIT {
    static final int MAILS = 40;

    @Parameter
    Backend backend;
    @TempDir
    Path dir;

    /** One server as {@code hourbook serve} starts it, with its own pool over the shared database. */
    record Node(Database db, Services services, App app) implements AutoCloseable {
        static Node start(StoreConfig store, Path dir, MailSettings mail) {
            Config config = Config.local("127.0.0.1", 0, dir).withPasswordCost(Config.PasswordCost.FAST).withMail(mail);
            Database db = Database.open(store);
            try {
                Services services = Services.create(config, db, new LocalBlobStore(dir.resolve("blobs")), Clock.systemUTC());
                return new Node(db, services, App.create(config, services).start());
            } catch (IOException e) {
                db.close();
                throw new UncheckedIOException(e);
            }
        }

        void queue(Message message) {
            db.useTransaction(tx -> services.outbox().queue(tx, message));
        }

        @Override
        public void close() {
            try {
                app.stop();
            } finally {
                db.close();
            }
        }
    }

    @Test
    void two_nodes_deliver_each_queued_mail_exactly_once() throws Exception {
        StoreConfig store = TestDatabases.config(backend, dir);
        try (TestSmtp smtp = TestSmtp.plain();
             Node a = Node.start(store, dir.resolve("a"), smtp.settings());
             Node b = Node.start(store, dir.resolve("b"), smtp.settings())) {
            for (int i = 0; i < MAILS; i++) {
                (i % 2 == 0 ? a : b).queue(new PasswordReset("user" + i + "@example.org", "User " + i,
                        "https://hb.example.org/reset/" + i, Duration.ofHours(1)));
            }

            assertThat(smtp.await(MAILS, Duration.ofSeconds(30))).as("all mails arrive").isTrue();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!a.services().outbox().unsent().isEmpty() && System.nanoTime() < deadline) Thread.sleep(50);

            // Every row is recorded as sent, so no claim is left that could still send one again.
            assertThat(b.services().outbox().unsent()).isEmpty();
            List<MimeMessage> received = smtp.received();
            assertThat(received).hasSize(MAILS);
            assertThat(received.stream().map(MailOnTwoNodesIT::to)).doesNotHaveDuplicates().hasSize(MAILS);
        }
    }

    @Test
    void a_server_without_mail_settings_queues_nothing_and_says_mail_is_off() {
        try (Node node = Node.start(TestDatabases.config(backend, dir), dir.resolve("a"), null)) {
            node.queue(new PasswordReset("bo@example.org", "Bo", "https://hb.example.org/reset/x", Duration.ofHours(1)));

            assertThat(node.services().outbox().configured()).isFalse();
            assertThat(node.services().outbox().unsent()).isEmpty();
        }
    }

    private static String to(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
