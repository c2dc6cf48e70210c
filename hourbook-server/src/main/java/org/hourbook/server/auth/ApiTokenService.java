package org.hourbook.server.auth;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.hourbook.core.account.User;
import org.hourbook.server.Refusal;
import org.hourbook.server.http.DiskFull;
import org.hourbook.store.Database;
import org.hourbook.store.auth.ApiToken;
import org.hourbook.store.auth.TokenKind;

/** Personal and device API tokens: the secret is shown once at creation, only its SHA-256 is kept. */
public final class ApiTokenService {
    private static final String PREFIX = "hb_";

    private final Database db;
    private final Credentials credentials;
    private final Tokens tokens;
    private final Clock clock;

    public ApiTokenService(Database db, Credentials credentials, Tokens tokens, Clock clock) {
        this.db = db;
        this.credentials = credentials;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** A created token with its secret; the secret cannot be read again later. */
    public record Issued(ApiToken token, String secret) {}

    public Issued issue(String email, String password, String ip, TokenKind kind, String name) {
        User user = credentials.verify(email, password, ip);
        return issueFor(user.id(), kind, name);
    }

    public Issued issueFor(long userId, TokenKind kind, String name) {
        String cleanName = name == null || name.isBlank() ? (kind == TokenKind.DEVICE ? "tracker" : "personal") : name.strip();
        if (cleanName.length() > 100) throw Refusal.invalid("token.name_too_long", "name", "name is at most 100 characters");
        String secret = tokens.newSecret(PREFIX);
        ApiToken stored = db.apiTokens().create(Tokens.sha256(secret), userId, cleanName, kind, clock.instant());
        return new Issued(stored, secret);
    }

    /** A live token and the account it acts for. */
    public record Resolved(ApiToken token, User user) {}

    public Optional<Resolved> resolve(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) return Optional.empty();
        return db.apiTokens().findActive(Tokens.sha256(secret))
                .filter(t -> !t.isRevoked())
                .flatMap(t -> {
                    // Last use is informative only; record it at most once a minute per token.
                    if (t.lastUsedAt() == null || t.lastUsedAt().plusSeconds(60).isBefore(clock.instant())) {
                        try {
                            db.apiTokens().markUsed(t.id(), clock.instant());
                        } catch (RuntimeException e) {
                            if (!DiskFull.is(e)) throw e; // informative only; a full disk must not stop reads
                        }
                    }
                    // a disabled person's token does not work
                    return db.userStatus().findActiveUser(t.userId()).map(u -> new Resolved(t, u));
                });
    }

    public List<ApiToken> list(long userId) {
        return db.apiTokens().listForUser(userId);
    }

    /** Revokes one of the caller's tokens; someone else's token id is a 404. */
    public void revoke(long userId, long tokenId) {
        if (!db.apiTokens().revoke(tokenId, userId, clock.instant())) throw Refusal.notFound("token");
    }
}
