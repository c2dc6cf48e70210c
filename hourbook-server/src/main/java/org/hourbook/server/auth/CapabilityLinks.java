package org.hourbook.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.hourbook.core.policy.Violation;
import org.hourbook.server.Refusal;
import org.hourbook.store.Database;
import org.hourbook.store.Repositories;
import org.hourbook.store.auth.CapabilityLink;
import org.hourbook.store.auth.LinkPurpose;

/**
 * One-time capability links: the setup link, invitations, password links, email confirmations.
 * The secret in the URL is 256 random bits from {@code SecureRandom}; only its SHA-256 is
 * stored; each link expires, can be revoked, and is spent by one atomic update.
 * <pre>
 * Issued i = links.issue(tx, LinkPurpose.PASSWORD, null, user.id(), Duration.ofHours(1));
 * publicUrl.of("/password/" + i.secret());                 // what the mail or the operator gets
 * CapabilityLink l = links.open(LinkPurpose.PASSWORD, secret);      // to show the form
 * links.spend(tx, LinkPurpose.PASSWORD, secret);                    // with the change it allows
 * </pre>
 * Opening a link that was used, revoked or has expired is {@link Refusal.Gone} (410, a page that
 * says so); a secret that names no link of that purpose is {@link Refusal.NotFound} (404), so a
 * guess learns nothing.
 */
public final class CapabilityLinks {
    private final Database db;
    private final Tokens tokens;
    private final Clock clock;

    public CapabilityLinks(Database db, Tokens tokens, Clock clock) {
        this.db = db;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** A new link; {@code secret} goes into the URL and is never stored. */
    public record Issued(CapabilityLink link, String secret) {}

    public Issued issue(Repositories tx, LinkPurpose purpose, String subject, Long userId, Duration validFor) {
        String secret = tokens.newSecret("");
        Instant now = clock.instant();
        return new Issued(tx.links().create(Tokens.sha256(secret), purpose, subject, userId, now, now.plus(validFor)), secret);
    }

    /** The link this secret names while it still works. */
    public CapabilityLink open(LinkPurpose purpose, String secret) {
        return live(db.repositories(), purpose, secret);
    }

    /**
     * Spends the link inside {@code tx}, so the change it allows commits with it (or neither
     * does). Of two openings at once, the second is {@link Refusal.Gone}.
     */
    public CapabilityLink spend(Repositories tx, LinkPurpose purpose, String secret) {
        CapabilityLink link = live(tx, purpose, secret);
        if (!tx.links().spend(link.id(), clock.instant())) throw gone("used");
        return link;
    }

    /** Revokes every live link of this purpose and subject (e.g. a restart voids the old setup link). */
    public int revokeAll(Repositories tx, LinkPurpose purpose, String subject) {
        return tx.links().revokeAll(purpose, subject, clock.instant());
    }

    private CapabilityLink live(Repositories repos, LinkPurpose purpose, String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) throw Refusal.notFound("link");
        CapabilityLink link = repos.links().findByHash(Tokens.sha256(secret)).filter(l -> l.purpose() == purpose)
                .orElseThrow(() -> Refusal.notFound("link"));
        String why = link.spentBecause(clock.instant());
        if (why != null) throw gone(why);
        return link;
    }

    private static Refusal.Gone gone(String why) {
        String message = switch (why) {
            case "used" -> "this link was already used; each link works once";
            case "expired" -> "this link has expired; ask for a new one";
            default -> "this link was withdrawn; ask for a new one";
        };
        return new Refusal.Gone(new Violation("link." + why, null, message));
    }
}
