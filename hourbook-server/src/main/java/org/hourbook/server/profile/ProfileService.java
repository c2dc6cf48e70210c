package org.hourbook.server.profile;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.hourbook.core.account.User;
import org.hourbook.server.PublicUrl;
import org.hourbook.server.Refusal;
import org.hourbook.server.auth.CapabilityLinks;
import org.hourbook.server.auth.Credentials;
import org.hourbook.server.auth.PasswordHasher;
import org.hourbook.server.auth.PasswordRule;
import org.hourbook.server.auth.Tokens;
import org.hourbook.server.auth.Viewer;
import org.hourbook.server.mail.EmailChange;
import org.hourbook.server.mail.Outbox;
import org.hourbook.store.Database;
import org.hourbook.store.account.AccountRepository;
import org.hourbook.store.auth.CapabilityLink;
import org.hourbook.store.auth.LinkPurpose;

/**
 * A person's own account: name, time zone (the diary's "mine"), password, email.
 * <pre>
 * profiles.update(viewer, "Fran F.", "Europe/Lisbon");
 * profiles.changePassword(viewer, current, next, confirmation, ip, cookieSecret);   // other sessions end
 * EmailChanged e = profiles.changeEmail(viewer, "new@example.org", current, ip);    // Mailed or Changed
 * User u = profiles.confirmEmail(secret);                                           // the link in that mail
 * </pre>
 * Changing the password or the email needs the current password (checked with the sign-in
 * limits), so a browser left signed in cannot be used to take the account over. With mail
 * configured a new email takes effect when a link sent to it is opened ({@value #EMAIL_LINK_HOURS}
 * h), proving the address; without mail nothing can prove it, so it changes at once and the page
 * asks the person to check it (a reset would go through the operator anyway).
 */
public final class ProfileService {
    static final long EMAIL_LINK_HOURS = 24;
    static final Duration EMAIL_LINK_VALID = Duration.ofHours(EMAIL_LINK_HOURS);
    static final int MAX_NAME = 100;

    private final Database db;
    private final Credentials credentials;
    private final PasswordHasher hasher;
    private final CapabilityLinks links;
    private final Outbox outbox;
    private final PublicUrl publicUrl;
    private final Clock clock;

    public ProfileService(Database db, Credentials credentials, PasswordHasher hasher, CapabilityLinks links, Outbox outbox,
                          PublicUrl publicUrl, Clock clock) {
        this.db = db;
        this.credentials = credentials;
        this.hasher = hasher;
        this.links = links;
        this.outbox = outbox;
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    /** Whether a new email is confirmed by a mailed link (else it changes at once). */
    public boolean confirmsByMail() {
        return outbox.configured();
    }

    public void update(Viewer viewer, String name, String zone) {
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty()) throw Refusal.invalid("profile.name_missing", "name", "enter your name");
        if (cleanName.length() > MAX_NAME) throw Refusal.invalid("profile.name_too_long", "name", "a name has at most " + MAX_NAME + " characters");
        db.accounts().updateProfile(viewer.id(), cleanName, zone(zone));
    }

    /**
     * Changes the password when the current one is right; every other session of the person ends
     * (API and device tokens keep working: the page says so and lists them).
     *
     * @param cookieSecret this browser's session cookie, whose session stays
     */
    public void changePassword(Viewer viewer, String current, String next, String confirmation, String ip, String cookieSecret) {
        checkCurrent(viewer, current, ip);
        Refusal.check(PasswordRule.check(next, viewer.email()));
        if (!next.equals(confirmation)) {
            throw Refusal.invalid("password.mismatch", "confirmation", "the two new passwords are not the same; type it again");
        }
        String hash = hasher.hash(next);
        db.useTransaction(tx -> {
            tx.accounts().setPasswordHash(viewer.id(), hash);
            tx.sessions().deleteOthers(viewer.id(), cookieSecret == null ? "" : Tokens.sha256(cookieSecret));
            tx.links().revokeForUser(viewer.id(), LinkPurpose.PASSWORD, clock.instant());
        });
    }

    /** What became of a new email address. */
    public sealed interface EmailChanged {
        String email();

        /** A link went to the new address; nothing changes until it is opened. */
        record Mailed(String email, Duration validFor) implements EmailChanged {}

        /** Mail is not set up: the address changed at once. */
        record Changed(String email) implements EmailChanged {}
    }

    public EmailChanged changeEmail(Viewer viewer, String email, String current, String ip) {
        String wanted = email == null ? "" : email.strip();
        if (!looksLikeEmail(wanted)) throw Refusal.invalid("email.invalid", "email", "enter an email address such as name@example.org");
        if (AccountRepository.normalizeEmail(wanted).equals(AccountRepository.normalizeEmail(viewer.email()))) {
            throw Refusal.invalid("email.same", "email", "that is already your email address");
        }
        checkCurrent(viewer, current, ip);
        if (taken(viewer.id(), wanted)) throw Refusal.conflict("email.taken", "email", "another account uses that email address");
        if (!confirmsByMail()) {
            if (!db.accounts().changeEmail(viewer.id(), wanted)) throw Refusal.conflict("email.taken", "email", "another account uses that email address");
            return new EmailChanged.Changed(wanted);
        }
        Instant now = clock.instant();
        db.useTransaction(tx -> {
            // Only the newest request counts: an older link (perhaps to a mistyped address) stops working.
            tx.links().revokeForUser(viewer.id(), LinkPurpose.EMAIL_CHANGE, now);
            CapabilityLinks.Issued issued = links.issue(tx, LinkPurpose.EMAIL_CHANGE, wanted, viewer.id(), EMAIL_LINK_VALID);
            outbox.queue(tx, new EmailChange(wanted, viewer.name(), publicUrl.of(ProfileUrls.confirmEmail(issued.secret())), EMAIL_LINK_VALID));
        });
        return new EmailChanged.Mailed(wanted, EMAIL_LINK_VALID);
    }

    /** The address an email link would confirm, while the link works (for its page). */
    public String pendingEmail(String secret) {
        return links.open(LinkPurpose.EMAIL_CHANGE, secret).subject();
    }

    /** Confirms the new address of the link: the email changes (409 if another account took it meanwhile). */
    public User confirmEmail(String secret) {
        return db.inTransaction(tx -> {
            CapabilityLink link = links.spend(tx, LinkPurpose.EMAIL_CHANGE, secret);
            if (link.userId() == null || !tx.accounts().changeEmail(link.userId(), link.subject())) {
                throw Refusal.conflict("email.taken", "email", "another account uses that email address now; ask for a new link");
            }
            return tx.accounts().findUser(link.userId()).orElseThrow(() -> Refusal.notFound("link"));
        });
    }

    private void checkCurrent(Viewer viewer, String current, String ip) {
        try {
            credentials.verify(viewer.email(), current == null ? "" : current, ip);
        } catch (Refusal.NotSignedIn | Refusal.RuleBroken e) {
            throw Refusal.invalid("password.current_wrong", "current", "that is not your current password");
        }
    }

    private boolean taken(long userId, String email) {
        return db.accounts().findUserByEmail(email).filter(u -> u.id() != userId).isPresent();
    }

    static ZoneId zone(String zone) {
        try {
            if (zone == null || zone.isBlank()) throw new DateTimeException("empty");
            return ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            throw Refusal.invalid("profile.zone", "zone", "choose a time zone from the list, such as Europe/Berlin");
        }
    }

    static boolean looksLikeEmail(String email) {
        int at = email.indexOf('@');
        return email.length() <= 254 && at > 0 && at == email.lastIndexOf('@') && at < email.length() - 1
                && email.chars().noneMatch(c -> Character.isWhitespace(c) || c < 0x20);
    }
}
