package org.hourbook.server.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MailTemplatesTest {
    final MailTemplates templates = new MailTemplates();

    static Stream<Message> everyKind() {
        return Stream.of(
                new Invitation("bo@example.org", "Ana Lima", "Smith & Co", "freelancer", "https://hb.example.org/i/tok", Duration.ofDays(7)),
                new PasswordReset("bo@example.org", "Bo", "https://hb.example.org/reset/tok", Duration.ofHours(1)),
                new EmailChange("new@example.org", "Bo", "https://hb.example.org/email/tok", Duration.ofHours(24)),
                new ContractOffer("bo@example.org", "Smith & Co", "Cleo", "Website rebuild", "https://hb.example.org/offers/3"),
                new RetainerAlert("bo@example.org", 7, "Support retainer", LocalDate.of(2026, 3, 1), 80,
                        Duration.ofHours(16), Duration.ofHours(20), "https://hb.example.org/contracts/7"));
    }

    @Test
    void every_kind_of_mail_has_both_templates() {
        assertThat(everyKind().map(Message::kind)).containsExactlyInAnyOrder(MailKind.values());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyKind")
    void each_mail_carries_its_link_in_text_and_html(Message message) {
        MailTemplates.Rendered r = templates.render(message);
        String link = switch (message) {
            case Invitation m -> m.link();
            case PasswordReset m -> m.link();
            case EmailChange m -> m.link();
            case ContractOffer m -> m.link();
            case RetainerAlert m -> m.link();
            default -> throw new AssertionError(message);
        };

        assertThat(r.text()).contains(link, "\n\n-- \n").doesNotContain("<p", "&amp;", "\n\n\n").endsWith("· Hourbook\n");
        assertThat(r.html()).contains("href=\"" + link + "\"").startsWith("<!DOCTYPE html>");
        assertThat(r.subject()).isNotBlank().doesNotContain("\n");
    }

    @Test
    void user_text_is_escaped_in_html_and_left_as_written_in_plain_text() {
        Invitation evil = new Invitation("bo@example.org", "Eve <script>alert(1)</script>", "Smith & Co", "freelancer",
                "https://hb.example.org/i/tok", Duration.ofDays(7));

        MailTemplates.Rendered r = templates.render(evil);

        assertThat(r.html()).doesNotContain("<script>").contains("Eve &lt;script&gt;", "Smith &amp; Co");
        assertThat(r.text()).contains("Eve <script>alert(1)</script> invited you to join Smith & Co on Hourbook as freelancer.");
    }

    @Test
    void a_line_break_in_user_text_cannot_end_the_subject_line() {
        Invitation sneaky = new Invitation("bo@example.org", "Ana\r\nBcc: victim@example.org", "Org", "freelancer",
                "https://hb.example.org/i/tok", Duration.ofDays(7));

        assertThat(templates.render(sneaky).subject()).isEqualTo("Ana Bcc: victim@example.org invited you to Org on Hourbook");
    }

    @Test
    void a_retainer_alert_says_how_much_is_used_and_what_remains_and_is_keyed_per_threshold_cycle_and_recipient() {
        RetainerAlert at80 = new RetainerAlert("Bo@Example.org", 7, "Support retainer", LocalDate.of(2026, 3, 1), 80,
                Duration.ofMinutes(16 * 60 + 30), Duration.ofHours(20), "https://hb.example.org/contracts/7");
        RetainerAlert at100 = new RetainerAlert("bo@example.org", 7, "Support retainer", LocalDate.of(2026, 3, 1), 100,
                Duration.ofHours(22), Duration.ofHours(20), "https://hb.example.org/contracts/7");

        assertThat(templates.render(at80).text()).contains("16.5 of 20 hours used in the cycle that began 2026-03-01 · 3.5 remain",
                "reached 80 %");
        assertThat(templates.render(at100).text()).contains("22 of 20 hours", "2 over", "used up");
        assertThat(at80.subject()).isEqualTo("Support retainer: 80 % of this cycle's 20 hours used");
        assertThat(at100.subject()).isEqualTo("Support retainer: all 20 hours of this cycle are used");
        assertThat(List.of(at80.dedupeKey(), at100.dedupeKey()))
                .containsExactly("retainer-alert:7:2026-03-01:80:bo@example.org", "retainer-alert:7:2026-03-01:100:bo@example.org");
    }

    @Test
    void how_long_a_link_works_reads_as_people_say_it() {
        assertThat(Words.span(Duration.ofDays(7))).isEqualTo("7 days");
        assertThat(Words.span(Duration.ofHours(24))).isEqualTo("24 hours");
        assertThat(Words.span(Duration.ofHours(1))).isEqualTo("1 hour");
        assertThat(Words.span(Duration.ofMinutes(30))).isEqualTo("30 minutes");
    }
}
