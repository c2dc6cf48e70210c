package org.hourbook.store.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hourbook.store.testing.Fixtures.NOW;

import java.nio.file.Path;
import java.time.Duration;
import org.hourbook.core.account.User;
import org.hourbook.store.Database;
import org.hourbook.store.auth.LinkPurpose;
import org.hourbook.store.auth.StoredSession;
import org.hourbook.store.auth.TokenKind;
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
class UserStatusRepositoryIT {
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

    @Test
    void disabling_ends_every_session_token_and_password_link_at_once_and_keeps_the_person() {
        db.sessions().create(new StoredSession("s1", ana.id(), "c", NOW, NOW.plus(Duration.ofDays(1)), NOW));
        db.apiTokens().create("t1", ana.id(), "tracker", TokenKind.DEVICE, NOW);
        db.links().create("l1", LinkPurpose.PASSWORD, null, ana.id(), NOW, NOW.plus(Duration.ofHours(1)));

        assertThat(db.userStatus().disable(ana.id(), NOW.plusSeconds(60))).isTrue();

        assertThat(db.sessions().find("s1")).isEmpty();
        assertThat(db.apiTokens().findActive("t1")).isEmpty();
        assertThat(db.links().findByHash("l1").orElseThrow().revokedAt()).isNotNull();
        assertThat(db.userStatus().findActiveUser(ana.id())).isEmpty();
        assertThat(db.accounts().findUser(ana.id())).contains(ana);
        assertThat(db.userStatus().find(ana.id()).orElseThrow().disabledAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void disabling_twice_changes_nothing_the_second_time() {
        db.userStatus().disable(ana.id(), NOW);

        assertThat(db.userStatus().disable(ana.id(), NOW.plusSeconds(60))).isFalse();
        assertThat(db.userStatus().find(ana.id()).orElseThrow().disabledAt()).isEqualTo(NOW);
    }

    @Test
    void enabling_lets_the_account_resolve_again_but_revoked_tokens_stay_revoked() {
        db.apiTokens().create("t1", ana.id(), "tracker", TokenKind.DEVICE, NOW);
        db.userStatus().disable(ana.id(), NOW);

        assertThat(db.userStatus().enable(ana.id())).isTrue();

        assertThat(db.userStatus().findActiveUser(ana.id())).contains(ana);
        assertThat(db.userStatus().isDisabled(ana.id())).isFalse();
        assertThat(db.apiTokens().findActive("t1")).isEmpty();
        assertThat(db.userStatus().enable(ana.id())).as("already enabled").isFalse();
    }

    @Test
    void the_list_says_who_has_no_password_yet_and_when_each_was_last_seen() {
        User bo = db.accounts().createUser("bo@example.org", "Bo", java.time.ZoneId.of("UTC"), "$argon2id$x", NOW);
        db.sessions().create(new StoredSession("s1", bo.id(), "c", NOW, NOW.plus(Duration.ofDays(1)), NOW.plusSeconds(30)));
        var token = db.apiTokens().create("t1", bo.id(), "tracker", TokenKind.DEVICE, NOW);
        db.apiTokens().markUsed(token.id(), NOW.plusSeconds(90));

        var list = db.userStatus().list();

        assertThat(list).extracting(s -> s.user().email()).containsExactly("ana@example.org", "bo@example.org");
        assertThat(list.get(0).hasPassword()).isFalse();
        assertThat(list.get(0).lastSeenAt()).isNull();
        assertThat(list.get(1).hasPassword()).isTrue();
        assertThat(list.get(1).lastSeenAt()).isEqualTo(NOW.plusSeconds(90));
        assertThat(list.get(1).createdAt()).isEqualTo(NOW);
    }
}
