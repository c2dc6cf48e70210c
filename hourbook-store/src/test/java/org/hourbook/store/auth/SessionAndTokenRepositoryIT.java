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
    void a_users_live_sessions_list_newest_seen_first_with_their_browser() {
        db.sessions().create(new StoredSession("aaaaaaaaaaaaaaaa1", ana.id(), "c1", NOW, NOW.plusSeconds(3600), NOW, "Firefox/140"));
        db.sessions().create(new StoredSession("bbbbbbbbbbbbbbbb2", ana.id(), "c2", NOW, NOW.plusSeconds(3600), NOW.plusSeconds(60), null));
        db.sessions().create(new StoredSession("cccccccccccccccc3", ana.id(), "c3", NOW, NOW.plusSeconds(10), NOW, "x".repeat(400)));

        var listed = db.sessions().listForUser(ana.id(), NOW.plusSeconds(30));

        assertThat(listed).extracting(StoredSession::tokenHash).containsExactly("bbbbbbbbbbbbbbbb2", "aaaaaaaaaaaaaaaa1");
        assertThat(listed.get(1).userAgent()).isEqualTo("Firefox/140");
        assertThat(db.sessions().find("cccccccccccccccc3").orElseThrow().userAgent()).hasSize(300);
    }

    @Test
    void one_session_ends_by_its_public_id_only_for_its_owner_and_all_others_end_together() {
        User bo = Fixtures.freelancer(db, "bo@example.org");
        db.sessions().create(session("1111111111111111aaaa", Duration.ofHours(1)));
        db.sessions().create(session("2222222222222222bbbb", Duration.ofHours(1)));
        db.sessions().create(session("3333333333333333cccc", Duration.ofHours(1)));

        assertThat(db.sessions().deleteByPublicId(bo.id(), "1111111111111111")).as("not bo's").isFalse();
        assertThat(db.sessions().deleteByPublicId(ana.id(), "1111111111111111")).isTrue();
        assertThat(db.sessions().deleteByPublicId(ana.id(), "1111")).as("a prefix is no id").isFalse();
        assertThat(db.sessions().deleteOthers(ana.id(), "3333333333333333cccc")).isEqualTo(1);

        assertThat(db.sessions().listForUser(ana.id(), NOW)).extracting(StoredSession::tokenHash).containsExactly("3333333333333333cccc");
    }

    @Test
    void revoking_every_token_of_a_user_leaves_others_tokens_alone() {
        User bo = Fixtures.freelancer(db, "bo@example.org");
        db.apiTokens().create("t1", ana.id(), "laptop", TokenKind.DEVICE, NOW);
        db.apiTokens().create("t2", ana.id(), "script", TokenKind.PERSONAL, NOW);
        db.apiTokens().create("t3", bo.id(), "bo's", TokenKind.PERSONAL, NOW);

        assertThat(db.apiTokens().revokeAllForUser(ana.id(), NOW)).isEqualTo(2);

        assertThat(db.apiTokens().findActive("t1")).isEmpty();
        assertThat(db.apiTokens().findActive("t2")).isEmpty();
        assertThat(db.apiTokens().findActive("t3")).isPresent();
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
