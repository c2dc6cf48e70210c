package org.hourbook.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.hourbook.server.Refusal;
import org.hourbook.server.testing.RealServer;
import org.hourbook.server.testing.TestServer;
import org.hourbook.store.auth.LinkPurpose;
import org.junit.jupiter.api.Test;

@RealServer
class CapabilityLinksIT {
    TestServer server;

    CapabilityLinks links() {
        return server.services().links();
    }

    CapabilityLinks.Issued issue(LinkPurpose purpose, Duration validFor) {
        return server.db().inTransaction(tx -> links().issue(tx, purpose, "subject", null, validFor));
    }

    @Test
    void a_link_carries_at_least_128_random_bits_and_only_its_hash_is_stored() {
        var issued = issue(LinkPurpose.INVITATION, Duration.ofDays(7));

        assertThat(java.util.Base64.getUrlDecoder().decode(issued.secret())).hasSizeGreaterThanOrEqualTo(16);
        assertThat(issued.link().tokenHash()).isEqualTo(Tokens.sha256(issued.secret())).doesNotContain(issued.secret());
    }

    @Test
    void a_link_opens_until_it_is_spent_and_then_answers_gone() {
        var issued = issue(LinkPurpose.INVITATION, Duration.ofDays(7));

        assertThat(links().open(LinkPurpose.INVITATION, issued.secret()).subject()).isEqualTo("subject");
        server.db().useTransaction(tx -> links().spend(tx, LinkPurpose.INVITATION, issued.secret()));
        assertThatThrownBy(() -> links().open(LinkPurpose.INVITATION, issued.secret()))
                .isInstanceOf(Refusal.Gone.class).hasMessageContaining("already used");
        assertThatThrownBy(() -> server.db().useTransaction(tx -> links().spend(tx, LinkPurpose.INVITATION, issued.secret())))
                .isInstanceOf(Refusal.Gone.class);
    }

    @Test
    void an_expired_link_is_gone_and_a_guess_or_another_purpose_is_not_found() {
        var issued = issue(LinkPurpose.PASSWORD, Duration.ofHours(1));

        assertThatThrownBy(() -> links().open(LinkPurpose.SETUP, issued.secret())).isInstanceOf(Refusal.NotFound.class);
        assertThatThrownBy(() -> links().open(LinkPurpose.PASSWORD, "not-a-link")).isInstanceOf(Refusal.NotFound.class);
        server.clock().advance(Duration.ofHours(1));
        assertThatThrownBy(() -> links().open(LinkPurpose.PASSWORD, issued.secret()))
                .isInstanceOf(Refusal.Gone.class).hasMessageContaining("expired");
    }

    @Test
    void the_public_url_is_the_listening_address_until_one_is_configured() {
        assertThat(server.services().publicUrl().of("/x")).isEqualTo(server.url("/x"));
    }
}
