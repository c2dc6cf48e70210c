package org.hourbook.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.hourbook.core.account.User;
import org.hourbook.core.policy.Violation;
import org.hourbook.server.PublicUrl;
import org.hourbook.server.Refusal;
import org.hourbook.server.mail.Outbox;
import org.hourbook.server.mail.PasswordReset;
import org.hourbook.store.Database;
import org.hourbook.store.account.AccountRepository;
import org.hourbook.store.auth.CapabilityLink;
import org.hourbook.store.auth.LinkPurpose;

/**
 * Setting a password through a one-time link: "forgot password" mails one (valid
 * {@value #VALID_MINUTES} minutes), the operator prints one ({@code hourbook admin reset-password}
 * and {@code create-user}, through {@code account.UserAdminService}), and {@code /password/{token}}
 * spends it, whoever made it.
 * <pre>
 * resets.request(email, ip);                  // the same quiet answer whether or not the email exists
 * Opened o = resets.open(secret);             // the page: whose password, and is it a first one
 * resets.set(secret, password, confirmation); // ends every session and token of the account
 * </pre>
 * Asking is limited per client address ({@value #MAX_PER_ADDRESS} per 15 minutes: 429), and at
 * most {@value #MAX_MAILS_PER_EMAIL} mails go to one address per 15 minutes (more are silently
 * not sent, so the answer still says nothing about the account).
 */
public final class PasswordResetService {
    static final long VALID_MINUTES = 60;
    public static final Duration VALID = Duration.ofMinutes(VALID_MINUTES);
    static final int MAX_PER_ADDRESS = 10;
    static final int MAX_MAILS_PER_EMAIL = 3;
    private static final long WINDOW_SECONDS = 15 * 60;

    private final Database db;
    private final CapabilityLinks links;
    private final Outbox outbox;
    private final PublicUrl publicUrl;
    private final PasswordHasher hasher;
    private final Clock clock;

    public PasswordResetService(Database db, CapabilityLinks links, Outbox outbox, PublicUrl publicUrl, PasswordHasher hasher, Clock clock) {
        this.db = db;
        this.links = links;
        this.outbox = outbox;
        this.publicUrl = publicUrl;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** Whether "forgot password" can mail a link; without mail the page sends people to the operator. */
    public boolean canMail() {
        return outbox.configured();
    }

    /**
     * "Forgot password": mails a link when the email names an account and mail is set up; says
     * nothing either way.
     *
     * @throws Refusal.Throttled when this address asked too often
     */
    public void request(String email, String ip) {
        if (email == null || email.isBlank() || email.length() > 254 || !email.contains("@")) {
            throw Refusal.invalid("email.invalid", "email", "enter the email address you sign in with");
        }
        Instant window = window();
        String byAddress = "reset-ip:" + (ip == null ? "unknown" : ip);
        if (db.loginAttempts().increment(byAddress, window) > MAX_PER_ADDRESS) {
            db.loginAttempts().decrement(byAddress, window);
            long wait = window.getEpochSecond() + WINDOW_SECONDS - clock.instant().getEpochSecond();
            throw new Refusal.Throttled(new Violation("password.reset_limited", null,
                    "too many requests from here; try again in " + Math.max(1, (wait + 59) / 60) + " minutes"), Math.max(1, wait));
        }
        if (!canMail()) return;
        Optional<User> user = db.accounts().findUserByEmail(email);
        // A disabled account could not sign in with a new password anyway; the operator enables it first.
        if (user.isEmpty() || db.userStatus().isDisabled(user.get().id())) return;
        if (db.loginAttempts().increment("reset-email:" + AccountRepository.normalizeEmail(email), window) > MAX_MAILS_PER_EMAIL) return;
        User u = user.get();
        db.useTransaction(tx -> {
            // Only the newest link works: a mail that arrives late cannot be used after a newer one.
            tx.links().revokeForUser(u.id(), LinkPurpose.PASSWORD, clock.instant());
            CapabilityLinks.Issued issued = links.issue(tx, LinkPurpose.PASSWORD, null, u.id(), VALID);
            outbox.queue(tx, new PasswordReset(u.email(), u.name(), publicUrl.of(AuthUrls.password(issued.secret())), VALID));
        });
    }

    /** Whose password a link sets, and whether they had one (a reset) or not (a first password). */
    public record Opened(User user, boolean hadPassword) {}

    /** The link's account while it works: {@link Refusal.NotFound} for a guess, {@link Refusal.Gone} when used or expired. */
    public Opened open(String secret) {
        CapabilityLink link = links.open(LinkPurpose.PASSWORD, secret);
        User user = account(link);
        return new Opened(user, db.accounts().passwordHash(user.id()).isPresent());
    }

    /**
     * Sets the password the link allows and spends it; every session and API token of the account
     * ends (whoever knew the old password is out), and its other password links stop working.
     */
    public User set(String secret, String password, String confirmation) {
        User user = open(secret).user();
        Refusal.check(PasswordRule.check(password, user.email()));
        if (!password.equals(confirmation)) {
            throw Refusal.invalid("password.mismatch", "confirmation", "the two passwords are not the same; type it again");
        }
        String hash = hasher.hash(password); // slow on purpose: before the transaction, not inside it
        Instant now = clock.instant();
        db.useTransaction(tx -> {
            CapabilityLink link = links.spend(tx, LinkPurpose.PASSWORD, secret);
            tx.accounts().setPasswordHash(link.userId(), hash);
            tx.sessions().deleteForUser(link.userId());
            tx.apiTokens().revokeAllForUser(link.userId(), now);
            tx.links().revokeForUser(link.userId(), LinkPurpose.PASSWORD, now);
        });
        return user;
    }

    private User account(CapabilityLink link) {
        if (link.userId() == null) throw Refusal.notFound("link");
        return db.accounts().findUser(link.userId()).orElseThrow(() -> Refusal.notFound("link"));
    }

    private Instant window() {
        return Instant.ofEpochSecond(Math.floorDiv(clock.instant().getEpochSecond(), WINDOW_SECONDS) * WINDOW_SECONDS);
    }
}
