package org.hourbook.server.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hourbook.server.testing.Fixtures;
import org.hourbook.server.testing.TestServer;
import org.hourbook.store.testing.Backend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A retainer's 80 % and 100 % mails go out through a real SMTP server, once per threshold and cycle. */
class RetainerAlertMailIT {
    @TempDir
    Path dir;
    TestSmtp smtp;
    TestServer server;
    Fixtures fx;

    @BeforeEach
    void start() {
        smtp = TestSmtp.plain();
        server = TestServer.start(Backend.SQLITE, dir, c -> c.withMail(smtp.settings()));
        fx = new Fixtures(server);
    }

    @AfterEach
    void stop() {
        server.close();
        smtp.close();
    }

    static List<String> subjects(List<MimeMessage> mails) {
        return mails.stream().map(m -> {
            try {
                return m.getSubject() + " -> " + m.getAllRecipients()[0];
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void crossing_80_then_100_percent_mails_the_freelancer_once_each() throws Exception {
        var w = fx.retainerWithCap(2);
        fx.track(w, Instant.parse("2026-11-16T09:00:00Z"), 10, "memo", "Design"); // 1 h 40 = 83 %
        assertThat(smtp.await(1, Duration.ofSeconds(15))).as("the 80 % mail").isTrue();
        fx.track(w, Instant.parse("2026-11-16T12:00:00Z"), 1, "memo", "Design"); // still 80-something: no new mail
        fx.track(w, Instant.parse("2026-11-17T09:00:00Z"), 3, "memo", "Design"); // 2 h 30 = 125 %
        assertThat(smtp.await(2, Duration.ofSeconds(15))).as("the 100 % mail").isTrue();
        Thread.sleep(4000); // a sender round more: nothing else is queued
        List<String> s = subjects(smtp.received());
        assertThat(s).containsExactly("Website care: 80 % of this cycle's 2 hours used -> fran@pixel.test",
                "Website care: all 2 hours of this cycle are used -> fran@pixel.test");
    }

    @Test
    void with_the_setting_on_the_client_people_are_mailed_too() throws Exception {
        var w = fx.retainerWithCap(1);
        server.db().retainers().setAlertClient(w.contract().id(), true);
        fx.track(w, Instant.parse("2026-11-16T09:00:00Z"), 6, "memo", "Design");
        assertThat(smtp.await(3, Duration.ofSeconds(15))).isTrue();
        assertThat(subjects(smtp.received())).allMatch(x -> x.startsWith("Website care: all 1 hours"))
                .anyMatch(x -> x.endsWith("owner@acme.test")).anyMatch(x -> x.endsWith("carl@acme.test")).anyMatch(x -> x.endsWith("fran@pixel.test"));
    }
}
