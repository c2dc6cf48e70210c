package org.hourbook.server.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.hourbook.core.account.OrgKind;
import org.hourbook.core.account.Organization;
import org.hourbook.core.account.Role;
import org.hourbook.core.account.User;
import org.hourbook.core.policy.Violation;
import org.hourbook.server.PublicUrl;
import org.hourbook.server.Refusal;
import org.hourbook.server.auth.CapabilityLinks;
import org.hourbook.server.auth.PasswordHasher;
import org.hourbook.store.Database;
import org.hourbook.store.auth.LinkPurpose;

/**
 * The first run: on a database with no account, {@code serve} prints a one-time setup link
 * ({@link #firstRunLink}); its page creates the first person and their organization. Each start
 * issues a new link and voids the one before, so only the last printed works; once anyone has
 * an account there is nothing to set up and every setup link is gone (410).
 */
public final class SetupService {
    static final Duration VALID = Duration.ofHours(24);

    private final Database db;
    private final CapabilityLinks links;
    private final PasswordHasher passwords;
    private final PublicUrl publicUrl;
    private final Clock clock;

    public SetupService(Database db, CapabilityLinks links, PasswordHasher passwords, PublicUrl publicUrl, Clock clock) {
        this.db = db;
        this.links = links;
        this.passwords = passwords;
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    /** Whether the install has no account yet (the sign-in page then says where the setup link is). */
    public boolean needed() {
        return !db.accounts().hasUsers();
    }

    /** A fresh setup link (the earlier ones voided) while nobody has an account; empty afterwards. */
    public Optional<String> firstRunLink() {
        Optional<String> secret = db.inTransaction(tx -> {
            if (tx.accounts().hasUsers()) return Optional.<String>empty();
            links.revokeAll(tx, LinkPurpose.SETUP, null);
            return Optional.of(links.issue(tx, LinkPurpose.SETUP, null, null, VALID).secret());
        });
        return secret.map(s -> publicUrl.of(AccountUrls.setup(s)));
    }

    /** Checks that the link still works (404 for a guess, 410 when used, expired, voided or the install is set up). */
    public void open(String secret) {
        links.open(LinkPurpose.SETUP, secret);
        if (!needed()) throw done();
    }

    /** The first account and its organization, with the person as its owner. */
    public record Done(User user, Organization org) {}

    public Done complete(String secret, NewAccount account, String orgName, OrgKind kind) {
        open(secret);
        String name = NewAccount.orgName(orgName, "orgName");
        // Argon2 is slow on purpose: hash before the transaction holds the writer.
        String hash = passwords.hash(account.password());
        Instant now = clock.instant();
        return db.inTransaction(tx -> {
            links.spend(tx, LinkPurpose.SETUP, secret);
            if (tx.accounts().hasUsers()) throw done();
            User user = tx.accounts().createUser(account.email(), account.name(), account.zone(), hash, now);
            Organization org = tx.accounts().createOrganization(name, kind, now);
            tx.accounts().putMember(org.id(), user.id(), Role.OWNER, now);
            return new Done(user, org);
        });
    }

    private static Refusal.Gone done() {
        return new Refusal.Gone(new Violation("setup.done", null, "this Hourbook is already set up; sign in instead"));
    }
}
