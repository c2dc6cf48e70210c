package org.hourbook.server.retainer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hourbook.core.contract.ContractTerms;
import org.hourbook.core.policy.Violation;
import org.hourbook.server.PublicUrl;
import org.hourbook.server.Refusal;
import org.hourbook.server.audit.AuditService;
import org.hourbook.server.auth.Tokens;
import org.hourbook.server.auth.Viewer;
import org.hourbook.store.Database;
import org.hourbook.store.retainer.RetainerLink;
import org.hourbook.store.retainer.StoredRetainer;

/**
 * The public links of a retainer: long-lived, several per contract, each with a note, revocable
 * and rotatable (a new secret for the same note, the old one gone). The secret is 256 bits from
 * {@code SecureRandom} and shown once, when made; the database keeps its SHA-256 only.
 * Opening a link is rate limited per client address in the database, so all nodes share the count.
 */
public final class ShareLinkService {
    public static final int MAX_NOTE = 120;
    /** Requests per client address per minute on public links, all links and nodes together. */
    public static final int DEFAULT_PER_MINUTE = 120;
    /** Last-opened is written at most this often per link: a busy page costs no write per view. */
    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    /** A link as made or rotated: the only moment its address is known. */
    public record Issued(RetainerLink link, String url) {}

    /** What an open link shows: the retainer's status as of {@code at}; its last-opened time is written again at {@code touchDue}. */
    public record Opened(RetainerLink link, org.hourbook.api.retainer.RetainerStatus status, Instant at, String token, Instant touchDue) {}

    /** A retainer worked out for its public page, valid while its data version, title and minute stay the same. */
    private record Cached(long version, String title, long minute, org.hourbook.api.retainer.RetainerStatus status, Instant at) {}

    /** Public pages are read far more often than their retainer changes; at most this many are kept. */
    public static final int CACHED = 1000;

    private final Database db;
    private final RetainerService retainers;
    private final AuditService audit;
    private final Tokens tokens;
    private final PublicUrl publicUrl;
    private final PublicRateLimit limit;
    private final Map<Long, Cached> cache = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Cached> eldest) {
            return size() > CACHED;
        }
    });

    public ShareLinkService(Database db, RetainerService retainers, AuditService audit, Tokens tokens, PublicUrl publicUrl, int perMinute) {
        this.db = db;
        this.retainers = retainers;
        this.audit = audit;
        this.tokens = tokens;
        this.publicUrl = publicUrl;
        this.limit = new PublicRateLimit(db, retainers.clock(), perMinute);
    }

    public List<RetainerLink> list(Viewer viewer, long contractId) {
        RetainerService.Seen s = retainers.seen(viewer, contractId);
        mayShare(s);
        return db.retainers().links(contractId);
    }

    public Issued create(Viewer viewer, long contractId, String note) {
        RetainerService.Seen s = retainers.seen(viewer, contractId);
        mayShare(s);
        String n = note(note);
        String token = tokens.newSecret("");
        Instant now = retainers.now();
        RetainerLink link = db.inTransaction(tx -> {
            RetainerLink l = tx.retainers().createLink(contractId, Tokens.sha256(token), n, viewer.id(), now);
            audit.record(tx, contractId, viewer.id(), "retainer_link.create", "retainer_link", Long.toString(l.id()), null, Map.of("note", n));
            return l;
        });
        return new Issued(link, publicUrl.of(RetainerUrls.publicPath(token)));
    }

    public RetainerLink revoke(Viewer viewer, long contractId, long linkId) {
        RetainerService.Seen s = retainers.seen(viewer, contractId);
        mayShare(s);
        RetainerLink link = owned(contractId, linkId);
        Instant now = retainers.now();
        db.useTransaction(tx -> {
            if (tx.retainers().revokeLink(linkId, now)) {
                audit.record(tx, contractId, viewer.id(), "retainer_link.revoke", "retainer_link", Long.toString(linkId),
                        Map.of("note", link.note()), Map.of("revoked", true));
            }
        });
        return db.retainers().link(linkId).orElseThrow();
    }

    /** The old address stops working (410) and a new one with the same note replaces it. */
    public Issued rotate(Viewer viewer, long contractId, long linkId) {
        RetainerService.Seen s = retainers.seen(viewer, contractId);
        mayShare(s);
        RetainerLink old = owned(contractId, linkId);
        if (old.revoked()) throw Refusal.conflict("retainer_link.revoked", null, "this link is revoked; make a new one");
        String token = tokens.newSecret("");
        Instant now = retainers.now();
        RetainerLink link = db.inTransaction(tx -> {
            tx.retainers().revokeLink(linkId, now);
            RetainerLink l = tx.retainers().createLink(contractId, Tokens.sha256(token), old.note(), viewer.id(), now);
            audit.record(tx, contractId, viewer.id(), "retainer_link.rotate", "retainer_link", Long.toString(l.id()),
                    Map.of("link", linkId), Map.of("link", l.id(), "note", old.note()));
            return l;
        });
        return new Issued(link, publicUrl.of(RetainerUrls.publicPath(token)));
    }

    /** Counts one public request of {@code address}; whether it may be answered. Never touches the database. */
    boolean admits(String address) {
        return limit.hit(address) == 0;
    }

    /** See {@link Database#changeStamp()}: read it before {@link #open}, to know later whether its answer still holds. */
    long changeStamp() {
        return db.changeStamp();
    }

    java.time.Clock clock() {
        return retainers.clock();
    }

    /** Sends the rate limit's last counts to the database and stops its timer. */
    public void close() {
        limit.close();
    }

    /** Counts one public request of {@code address}; too many in this minute is a 429 with the seconds to wait. */
    public void throttle(String address) {
        long wait = limit.hit(address);
        if (wait > 0) throw new Refusal.Throttled(new Violation("retainer.rate_limited", null, "too many requests; try again in a minute"), wait);
    }

    /** The retainer behind a public link: 404 for a secret nobody made, 410 for a revoked one. */
    public Opened open(String token) {
        if (token == null || token.length() < 20 || token.length() > 100) throw Refusal.notFound("link");
        // The link, the contract and the retainer's data on one connection.
        return db.reading(() -> opened(token));
    }

    /**
     * One lookup finds the link with its retainer's data version; the work-out is reused while
     * that version (bumped by every change of time, imports, curation and terms), the title and
     * the minute are unchanged, so new time shows on the next load and a page view costs no
     * recomputation.
     */
    private Opened opened(String token) {
        var found = db.retainers().openLink(Tokens.sha256(token)).orElseThrow(() -> Refusal.notFound("link"));
        RetainerLink link = found.link();
        if (link.revoked()) throw new Refusal.Gone(new Violation("retainer_link.revoked", null, "this link was turned off by its owner"));
        Instant now = retainers.now();
        long minute = now.getEpochSecond() / 60;
        Cached c = cache.get(link.contractId());
        if (c == null || c.version() != found.dataVersion() || c.minute() != minute || !c.title().equals(found.title())) {
            ContractTerms contract = db.contracts().find(link.contractId()).orElseThrow(() -> Refusal.notFound("link"));
            StoredRetainer r = db.retainers().find(link.contractId()).orElseThrow(() -> Refusal.notFound("link"));
            c = new Cached(found.dataVersion(), contract.title(), minute, retainers.book(contract, r, now).status(now), now);
            cache.put(link.contractId(), c);
        }
        Instant touchDue = link.lastOpenedAt() == null ? now : link.lastOpenedAt().plus(TOUCH_EVERY);
        if (!touchDue.isAfter(now)) {
            db.retainers().touchLink(link.id(), now);
            touchDue = now.plus(TOUCH_EVERY);
        }
        return new Opened(link, c.status(), c.at(), token, touchDue);
    }

    public String url(String token) {
        return publicUrl.of(RetainerUrls.publicPath(token));
    }

    private RetainerLink owned(long contractId, long linkId) {
        return db.retainers().link(linkId).filter(l -> l.contractId() == contractId).orElseThrow(() -> Refusal.notFound("link"));
    }

    private static void mayShare(RetainerService.Seen s) {
        if (!s.contract().access().canEditTime()) throw Refusal.forbidden("access.retainer_links", null, "only the freelancer shares the retainer");
    }

    private static String note(String note) {
        String n = note == null ? "" : note.strip();
        if (n.isEmpty()) n = "Shared link";
        if (n.codePointCount(0, n.length()) > MAX_NOTE) throw Refusal.invalid("retainer_link.note", "note", "A note has at most " + MAX_NOTE + " characters.");
        if (n.contains("\n") || n.contains("\r")) throw Refusal.invalid("retainer_link.note", "note", "A note is one line.");
        return n;
    }
}
