package org.hourbook.server.retainer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hourbook.core.account.User;
import org.hourbook.core.contract.ContractTerms;
import org.hourbook.core.retainer.CycleBalance;
import org.hourbook.core.retainer.Threshold;
import org.hourbook.server.PublicUrl;
import org.hourbook.server.mail.Outbox;
import org.hourbook.server.mail.RetainerAlert;
import org.hourbook.store.Database;
import org.hourbook.store.retainer.StoredRetainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The 80 % and 100 % mails of a retainer's cycle. Time arriving (an upload, manual time, an
 * import) calls {@link #soon}: the check runs after the caller's commit on a virtual thread of its
 * own, so the upload answers as fast as before. It queues, through the outbox, the highest
 * threshold the cycle has reached; the mail's dedupe key (contract, cycle, threshold, recipient)
 * makes it once per cycle however many nodes notice it. A cycle that jumps straight to 100 % gets
 * the 100 % mail only.
 */
public final class RetainerAlerts {
    private static final Logger LOG = LoggerFactory.getLogger(RetainerAlerts.class);

    private final Database db;
    private final RetainerService retainers;
    private final Outbox outbox;
    private final PublicUrl publicUrl;
    /** Contracts whose check is queued and has not started reading yet: more time meanwhile needs no second check. */
    private final Set<Long> pending = ConcurrentHashMap.newKeySet();

    public RetainerAlerts(Database db, RetainerService retainers, Outbox outbox, PublicUrl publicUrl) {
        this.db = db;
        this.retainers = retainers;
        this.outbox = outbox;
        this.publicUrl = publicUrl;
    }

    /** Checks the contract's thresholds in the background, after the caller's transaction. */
    public void soon(long contractId) {
        if (!outbox.configured() || !pending.add(contractId)) return;
        Thread.ofVirtual().name("retainer-alerts-" + contractId).start(() -> {
            pending.remove(contractId);
            try {
                check(contractId);
            } catch (RuntimeException e) {
                LOG.warn("retainer alert check for contract {} failed: {}", contractId, e.toString());
            }
        });
    }

    /** Queues the mail of the highest threshold the current cycle has reached; returns the threshold, if any. */
    public Optional<Threshold> check(long contractId) {
        if (!outbox.configured()) return Optional.empty();
        Optional<StoredRetainer> r = db.retainers().find(contractId);
        Optional<ContractTerms> c = db.contracts().find(contractId);
        if (r.isEmpty() || c.isEmpty() || c.get().isClosed()) return Optional.empty();
        CycleBalance b = retainers.book(c.get(), r.get(), retainers.now()).current();
        Threshold reached = null;
        for (Threshold t : Threshold.values()) {
            if (b.availableSeconds() > 0 && b.usedSeconds() >= t.markSeconds(b.availableSeconds())) reached = t;
        }
        if (reached == null) return Optional.empty();
        Threshold t = reached;
        String link = publicUrl.of(RetainerUrls.page(contractId));
        List<String> to = recipients(c.get(), r.get().alertClient());
        db.useTransaction(tx -> {
            for (String address : to) {
                outbox.queue(tx, new RetainerAlert(address, contractId, c.get().title(), b.cycle().firstDay(), t.percent(),
                        Duration.ofSeconds(b.usedSeconds()), Duration.ofSeconds(b.availableSeconds()), link));
            }
        });
        return Optional.of(t);
    }

    /** The freelancer, and with the setting on, every member of the client organization. */
    private List<String> recipients(ContractTerms c, boolean alertClient) {
        Set<String> out = new LinkedHashSet<>();
        db.accounts().findUser(c.freelancerId()).map(User::email).ifPresent(out::add);
        if (alertClient) {
            for (var m : db.accounts().membersOf(c.clientOrgId())) db.accounts().findUser(m.userId()).map(User::email).ifPresent(out::add);
        }
        return new ArrayList<>(out);
    }
}
