package org.hourbook.store.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hourbook.store.testing.Fixtures.NOW;

import java.nio.file.Path;
import java.time.Duration;
import org.hourbook.core.account.User;
import org.hourbook.store.Database;
import org.hourbook.store.testing.Backend;
import org.hourbook.store.testing.Fixtures;
import org.hourbook.store.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Backend.class)
class SessionAndTokenRepositoryIT {
    @Parameter
    Backend backend;
    @TempDir
    Path dir;
    Database db;
    User ana;

    @BeforeEach
    void open() {
        db = TestDatabases.open(backend, dir);
        ana = Fixtures.freelancer(db, "ana@example.org");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private StoredSession session(String hash, Duration ttl) {
        return new StoredSession(hash, ana.id(), "csrf-" + hash, NOW, NOW.plus(ttl), NOW);
    }

    @Test
    void a_session_reads_back_and_slides_its_expiry_when_touched() {
        db.sessions().create(session("h1", Duration.ofHours(1)));

        assertThat(db.sessions().touch("h1", NOW.plusSeconds(60), NOW.plusSeconds(7200))).isTrue();

        assertThat(db.sessions().find("h1")).contains(
                new StoredSession("h1", ana.id(), "csrf-h1", NOW, NOW.plusSeconds(7200), NOW.plusSeconds(60)));
    }

    @Test
    void expired_sessions_are_purged_and_live_ones_kept() {
        db.sessions().create(session("old", Duration.ofMinutes(5)));
        db.sessions().create(session("live", Duration.ofHours(5)));

        assertThat(db.sessions().find("old").orElseThrow().isExpired(NOW.plusSeconds(300))).isTrue();
        assertThat(db.sessions().deleteExpired(NOW.plusSeconds(300))).isEqualTo(1);

        assertThat(db.sessions().find("old")).isEmpty();
        assertThat(db.sessions().find("live")).isPresent();
    }

    @Test
    void signing_out_everywhere_deletes_every_session_of_the_user() {
        db.sessions().create(session("a", Duration.ofHours(1)));
        db.sessions().create(session("b", Duration.ofHours(1)));

        assertThat(db.sessions().deleteForUser(ana.id())).isEqualTo(2);
        assertThat(db.sessions().delete("a")).isFalse();
    }

    @Test
    void a_token_is_found_by_its_hash_until_revoked() {
        ApiToken token = db.apiTokens().create("tokhash", ana.id(), "laptop", TokenKind.DEVICE, NOW);

        assertThat(db.apiTokens().findActive("tokhash")).contains(token);
        assertThat(db.apiTokens().revoke(token.id(), ana.id(), NOW.plusSeconds(5))).isTrue();

        assertThat(db.apiTokens().findActive("tokhash")).isEmpty();
        assertThat(db.apiTokens().listForUser(ana.id())).singleElement()
                .satisfies(t -> assertThat(t.revokedAt()).isEqualTo(NOW.plusSeconds(5)));
    }

    @Test
    void only_the_owner_can_revoke_a_token_and_only_once() {
        User bob = Fixtures.freelancer(db, "bob@example.org");
        ApiToken token = db.apiTokens().create("tokhash", ana.id(), "ci", TokenKind.PERSONAL, NOW);

        assertThat(db.apiTokens().revoke(token.id(), bob.id(), NOW)).isFalse();
        assertThat(db.apiTokens().revoke(token.id(), ana.id(), NOW)).isTrue();
        assertThat(db.apiTokens().revoke(token.id(), ana.id(), NOW)).isFalse();
    }

    @Test
    void using_a_token_records_when() {
        ApiToken token = db.apiTokens().create("tokhash", ana.id(), "ci", TokenKind.PERSONAL, NOW);

        db.apiTokens().markUsed(token.id(), NOW.plusSeconds(90));

        assertThat(db.apiTokens().findActive("tokhash").orElseThrow().lastUsedAt()).isEqualTo(NOW.plusSeconds(90));
    }
}
