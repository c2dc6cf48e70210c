package org.hourbook.server.retainer;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hourbook.core.retainer.WorkEntry;
import org.hourbook.core.worklog.Curation;
import org.hourbook.core.worklog.CurationPolicy;
import org.hourbook.server.Refusal;
import org.hourbook.server.audit.AuditService;
import org.hourbook.server.auth.Viewer;
import org.hourbook.store.Database;
import org.hourbook.store.retainer.RetainerRepository;

/**
 * The freelancer's curation of the client's work log: rename a line, merge lines, move an entry
 * (to another line or a new one), hide an entry, publish an entry's raw text as is, and undo each.
 * Each action is audited and saved with a version check, so two tabs never lose each other's edits.
 */
public final class WorkLogService {
    /** One curation action as the API and the forms send it. */
    public record Action(String action, String line, String into, String entry, String text) {}

    private static final int ATTEMPTS = 5;

    private final Database db;
    private final RetainerService retainers;
    private final AuditService audit;

    public WorkLogService(Database db, RetainerService retainers, AuditService audit) {
        this.db = db;
        this.retainers = retainers;
        this.audit = audit;
    }

    /** Applies {@code a} and returns the retainer as it reads afterwards. */
    public RetainerBook curate(Viewer viewer, long contractId, Action a) {
        RetainerService.Seen s = retainers.seen(viewer, contractId);
        if (!s.contract().access().canEditTime()) throw Refusal.forbidden("access.worklog", null, "only the freelancer curates the work log");
        if (a == null || a.action() == null) throw Refusal.invalid("worklog.action", "action", "say what to do");
        RetainerBook book = retainers.book(s);
        Set<String> entryIds = book.entries().stream().map(WorkEntry::id).collect(Collectors.toSet());
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            var stored = db.retainers().curation(contractId);
            Curation before = stored.map(c -> CurationCodec.decode(c.json())).orElse(Curation.NONE);
            Curation after = apply(before, a, entryIds, book);
            long version = stored.map(RetainerRepository.StoredCuration::version).orElse(0L);
            Instant now = retainers.now();
            boolean saved = db.inTransaction(tx -> {
                if (!tx.retainers().saveCuration(contractId, CurationCodec.encode(after), version, now)) return false;
                tx.retainers().bump(contractId);
                audit.record(tx, contractId, viewer.id(), "worklog." + a.action().toLowerCase(Locale.ROOT), "worklog",
                        a.line() != null ? a.line() : a.entry(), null, describe(a));
                return true;
            });
            if (saved) return retainers.book(s);
        }
        throw Refusal.conflict("worklog.busy", null, "the work log is being changed elsewhere; reload and try again");
    }

    private static Curation apply(Curation c, Action a, Set<String> entryIds, RetainerBook book) {
        return switch (a.action().toLowerCase(Locale.ROOT)) {
            case "rename" -> {
                Refusal.check(CurationPolicy.checkRename(a.text()));
                yield c.rename(line(a.line()), a.text());
            }
            case "unrename" -> c.clearRename(line(a.line()));
            case "merge" -> {
                Refusal.check(CurationPolicy.checkMerge(line(a.line()), line(a.into())));
                yield c.merge(a.line(), a.into());
            }
            case "unmerge" -> c.merge(line(a.line()), a.line());
            case "move" -> {
                String entry = entry(a.entry(), entryIds);
                if (a.into() != null && !a.into().isBlank()) yield c.move(entry, a.into());
                // A new line of its own, named by the freelancer.
                Refusal.check(CurationPolicy.checkRename(a.text()));
                String fresh = "custom:" + UUID.randomUUID().toString().substring(0, 8);
                yield c.move(entry, fresh).rename(fresh, a.text());
            }
            case "unmove" -> c.unmove(entry(a.entry(), entryIds));
            case "hide" -> c.hide(entry(a.entry(), entryIds));
            case "unhide" -> c.unhide(entry(a.entry(), entryIds));
            case "publish" -> c.publish(entry(a.entry(), entryIds));
            case "unpublish" -> c.unpublish(entry(a.entry(), entryIds));
            default -> throw Refusal.invalid("worklog.action", "action",
                    "the action is one of rename, unrename, merge, unmerge, move, unmove, hide, unhide, publish, unpublish");
        };
    }

    private static String line(String id) {
        if (id == null || id.isBlank()) throw Refusal.invalid("worklog.line", "line", "say which line");
        return id;
    }

    private static String entry(String id, Set<String> known) {
        if (id == null || !known.contains(id)) throw Refusal.invalid("worklog.entry", "entry", "no such entry on this retainer");
        return id;
    }

    private static Map<String, Object> describe(Action a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("action", a.action());
        if (a.line() != null) m.put("line", a.line());
        if (a.into() != null) m.put("into", a.into());
        if (a.entry() != null) m.put("entry", a.entry());
        if (a.text() != null) m.put("text", a.text());
        return m;
    }
}
