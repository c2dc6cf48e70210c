package org.hourbook.server.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.hourbook.core.importing.CsvImport;
import org.hourbook.core.importing.ImportPreview;
import org.hourbook.core.importing.ImportProblem;
import org.hourbook.core.importing.ImportedEntry;
import org.hourbook.core.importing.KnownKeys;
import org.hourbook.core.policy.Violation;
import org.hourbook.core.retainer.CycleBalance;
import org.hourbook.core.retainer.OveragePolicy;
import org.hourbook.server.Refusal;
import org.hourbook.server.audit.AuditService;
import org.hourbook.server.auth.Viewer;
import org.hourbook.server.retainer.RetainerAlerts;
import org.hourbook.server.retainer.RetainerService;
import org.hourbook.store.Database;
import org.hourbook.store.blob.Blob;
import org.hourbook.store.blob.BlobStore;
import org.hourbook.store.importing.ImportRepository;
import org.hourbook.store.importing.StoredImport;

/**
 * CSV import into a retainer: the file is kept in the blob store (shared by all nodes) between the
 * preview and the import, named by its hash and sealed to the person and contract; the preview
 * reads it through {@code CsvImport.stream}, the import reads it again and stores the entries in
 * one transaction, in batches, skipping keys the contract already has ({@link KnownKeys}, read
 * once). Nothing is held per row of the file; the contract's earlier keys are held, 16–32 bytes each.
 */
public final class ImportService {
    static final int BATCH = 1000;
    /** Entries the preview shows as a sample. */
    static final int SAMPLE = 20;

    /** An uploaded file waiting to be imported; {@code seal} proves this person uploaded it for this contract. */
    public record Upload(String key, String fileName, String seal) {}

    /** The preview plus what only the database knows: rows already imported, and the overage warning. */
    public record Preview(Upload upload, ImportPreview summary, List<ImportedEntry> sample, int entryCount, int alreadyThere, Violation overage) {}

    /** What an import did. */
    public record Result(StoredImport stored, Preview preview) {}

    private final Database db;
    private final RetainerService retainers;
    private final AuditService audit;
    private final BlobStore blobs;
    private final RetainerAlerts alerts;
    private final byte[] sealKey;
    private final Clock clock;

    public ImportService(Database db, RetainerService retainers, AuditService audit, BlobStore blobs, RetainerAlerts alerts,
                         String serverKey, Clock clock) {
        this.db = db;
        this.retainers = retainers;
        this.audit = audit;
        this.blobs = blobs;
        this.alerts = alerts;
        this.sealKey = ("import-upload:" + serverKey).getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    public Upload upload(Viewer viewer, long contractId, String fileName, InputStream body) {
        RetainerService.Seen s = mayImport(viewer, contractId);
        try {
            String key = blobs.put(body, "text/csv");
            db.imports().uploaded(key, s.id(), clock.instant());
            return new Upload(key, fileName, seal(key, s.id(), viewer.id()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Preview preview(Viewer viewer, long contractId, Upload upload, ImportRequest req) {
        RetainerService.Seen s = mayImport(viewer, contractId);
        check(upload, s.id(), viewer.id());
        return preview(s, upload, req);
    }

    public Result commit(Viewer viewer, long contractId, Upload upload, ImportRequest req) {
        RetainerService.Seen s = mayImport(viewer, contractId);
        check(upload, s.id(), viewer.id());
        return commit(s, viewer.id(), upload, req);
    }

    /** The CLI's preview on the local data directory: no one is signed in there, the operator is. */
    public Preview previewLocal(long contractId, CsvFile.Source source, ImportRequest req) {
        return preview(local(contractId), new Upload(null, req.name(), null), req, source);
    }

    public Result commitLocal(long contractId, CsvFile.Source source, ImportRequest req) {
        RetainerService.Seen s = local(contractId);
        return commit(s, s.contract().terms().freelancerId(), new Upload(null, req.name(), null), req, source);
    }

    private Preview preview(RetainerService.Seen s, Upload upload, ImportRequest req) {
        return preview(s, upload, req, () -> open(upload.key()));
    }

    private Preview preview(RetainerService.Seen s, Upload upload, ImportRequest req, CsvFile.Source source) {
        List<ImportedEntry> sample = new ArrayList<>();
        KnownKeys known = db.imports().keys(s.id());
        int[] already = {0};
        CycleBalance current = retainers.book(s).current();
        long[] inCycle = {0};
        int[] count = {0};
        ImportPreview summary = scan(s, source, req, e -> {
            count[0]++;
            if (sample.size() < SAMPLE) sample.add(e);
            if (e.billable() && current.cycle().contains(e.start())) inCycle[0] += e.seconds();
            if (known.contains(e.dedupeKey())) already[0]++;
        });
        Violation overage = OveragePolicy.check(s.retainer().terms(), current, inCycle[0]) instanceof OveragePolicy.Warned w ? w.warning() : null;
        return new Preview(upload, summary, sample, count[0], already[0], overage);
    }

    private Result commit(RetainerService.Seen s, long actorId, Upload upload, ImportRequest req) {
        Result r = commit(s, actorId, upload, req, () -> open(upload.key()));
        return r;
    }

    /**
     * One read of the file inside one transaction: entries go in by batches as they are read (on
     * another thread, see {@link ReadAhead}), and a file that turns out to have problems (known
     * once it is read through) is rolled back whole, so nothing is imported unless everything
     * that was asked for is.
     */
    private Result commit(RetainerService.Seen s, long actorId, Upload upload, ImportRequest req, CsvFile.Source source) {
        if (s.contract().terms().isClosed()) throw Refusal.conflict("contract.closed", null, "this contract is closed; nothing can be imported");
        Instant now = clock.instant();
        long contractId = s.id();
        CycleBalance current = retainers.book(s).current();
        List<ImportedEntry> sample = new ArrayList<>();
        long[] inCycle = {0};
        int[] total = {0};
        ImportPreview[] read = new ImportPreview[1];
        StoredImport stored = db.inTransaction(tx -> {
            // First the retainer's row: it holds off another import or an undo of this contract (on
            // PostgreSQL a row lock, on SQLite the write lock) until this one commits, so the keys
            // read next stay the contract's keys while this import adds to them.
            tx.retainers().bump(contractId);
            long importId = tx.imports().begin(contractId, actorId, req.name(), "", 0, now);
            KnownKeys known = tx.imports().keys(contractId);
            int[] added = {0};
            long[] seconds = {0};
            // The file is read on a thread of its own while this one, holding the transaction, stores.
            ImportPreview p = ReadAhead.run(sink -> scan(s, source, req, e -> {
                total[0]++;
                if (sample.size() < SAMPLE) sample.add(e);
                if (e.billable() && current.cycle().contains(e.start())) inCycle[0] += e.seconds();
                sink.accept(e);
            }), BATCH, b -> {
                ImportRepository.Added a = tx.imports().insert(importId, contractId, known.isEmpty() ? b : unknown(b, known));
                added[0] += a.rows();
                seconds[0] += a.seconds();
            });
            read[0] = p;
            refuseIfIncomplete(p, req);
            tx.imports().finish(importId, added[0], total[0] - added[0], seconds[0]);
            tx.imports().describe(importId, p.format().name(), p.rows());
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("file", req.name());
            after.put("format", p.format().name());
            after.put("rows", p.rows());
            after.put("added", added[0]);
            after.put("alreadyThere", total[0] - added[0]);
            after.put("hours", org.hourbook.core.week.Hours.decimal(seconds[0]));
            if (p.hasProblems()) after.put("rowsLeftOut", p.problemCount());
            audit.record(tx, contractId, actorId, "import.create", "import", Long.toString(importId), null, after);
            return tx.imports().find(importId).orElseThrow();
        });
        alerts.soon(contractId);
        if (upload.key() != null) {
            deleteQuietly(upload.key());
            db.imports().forgetUpload(upload.key());
        }
        Violation overage = OveragePolicy.check(s.retainer().terms(), current, inCycle[0]) instanceof OveragePolicy.Warned w ? w.warning() : null;
        return new Result(stored, new Preview(upload, read[0], sample, total[0], stored.rowsAlready(), overage));
    }

    private static List<ImportedEntry> unknown(List<ImportedEntry> batch, KnownKeys known) {
        List<ImportedEntry> fresh = new ArrayList<>(batch.size());
        for (ImportedEntry e : batch) if (!known.contains(e.dedupeKey())) fresh.add(e);
        return fresh;
    }

    /** Nothing is imported from a file of unknown format, of undecided day/month order, or with problems not waived. */
    private static void refuseIfIncomplete(ImportPreview p, ImportRequest req) {
        if (p.format() != null && !p.askDayOrder() && (!p.hasProblems() || req.skipProblemRows())) return;
        ImportProblem first = p.problems().isEmpty() ? null : p.problems().getFirst();
        String why = p.askDayOrder() ? "say whether the file's dates are day/month or month/day"
                : first == null ? "the file has problems" : "line " + first.line() + ": " + first.reason()
                + (p.problemCount() > 1 ? " (and " + (p.problemCount() - 1) + " more problems)" : "");
        throw Refusal.invalid(p.askDayOrder() ? "import.day_order" : "import.problems", p.askDayOrder() ? "dayOrder" : null,
                "Nothing was imported: " + why + ".");
    }

    public List<StoredImport> list(Viewer viewer, long contractId) {
        RetainerService.Seen s = retainers.seen(viewer, contractId);
        return db.imports().imports(s.id());
    }

    /** Takes out every row the import added; the import stays listed as undone. */
    public StoredImport undo(Viewer viewer, long contractId, long importId) {
        RetainerService.Seen s = mayImport(viewer, contractId);
        StoredImport imp = db.imports().find(importId).filter(i -> i.contractId() == s.id()).orElseThrow(() -> Refusal.notFound("import"));
        if (imp.undone()) throw Refusal.conflict("import.undone", null, "this import was undone already");
        Instant now = clock.instant();
        db.useTransaction(tx -> {
            tx.retainers().bump(s.id()); // first, as in an import: an import under way waits for the undo, or it for the import
            int deleted = tx.imports().undo(importId, now);
            audit.record(tx, s.id(), viewer.id(), "import.undo", "import", Long.toString(importId),
                    Map.of("file", imp.fileName(), "added", imp.rowsAdded()), Map.of("deleted", deleted));
        });
        return db.imports().find(importId).orElseThrow();
    }

    private ImportPreview scan(RetainerService.Seen s, CsvFile.Source source, ImportRequest req, Consumer<ImportedEntry> sink) {
        CsvFile file;
        try {
            file = CsvFile.of(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<CsvFile.Rows> open = new ArrayList<>();
        try {
            return CsvImport.stream(() -> {
                try {
                    CsvFile.Rows rows = file.rows();
                    open.add(rows);
                    return rows;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, req.options(s.retainer().terms().zone()), sink);
        } catch (UncheckedIOException | IllegalStateException e) {
            // Commons CSV's word for a quote that never closes; the whole file is unreadable past it.
            throw Refusal.invalid("import.unreadable", "file", "The file cannot be read as CSV: " + plain(e));
        } finally {
            open.forEach(CsvFile.Rows::close);
        }
    }

    private static String plain(Exception e) {
        Throwable t = e.getCause() != null ? e.getCause() : e;
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }

    private RetainerService.Seen mayImport(Viewer viewer, long contractId) {
        RetainerService.Seen s = retainers.seen(viewer, contractId);
        if (!s.contract().access().canEditTime()) throw Refusal.forbidden("access.import", null, "only the freelancer imports time");
        return s;
    }

    private RetainerService.Seen local(long contractId) {
        var c = db.contracts().find(contractId).orElseThrow(() -> Refusal.notFound("contract"));
        var r = retainers.find(contractId).orElseThrow(() -> Refusal.notARetainer(c.title()));
        return new RetainerService.Seen(new org.hourbook.server.contract.Visible(c, null), r);
    }

    private InputStream open(String key) throws IOException {
        Blob b = blobs.open(BlobStore.checkKey(key)).orElseThrow(() -> new Refusal.Gone(new Violation("import.upload_gone", "file",
                "The uploaded file is no longer here: a file waits " + UPLOAD_KEPT.toHours() + " hours for its import, and an imported "
                        + "one is removed. Upload it again; rows imported already are counted, never added twice.")));
        return b.stream();
    }

    /** How long an uploaded file waits for its import (a preview left open over lunch still works). */
    public static final java.time.Duration UPLOAD_KEPT = java.time.Duration.ofHours(24);

    /** Removes the files of uploads never imported within {@link #UPLOAD_KEPT}; returns how many (housekeeping calls it). */
    public int sweepUploads(Instant now) {
        int n = 0;
        for (String key : db.imports().uploadsBefore(now.minus(UPLOAD_KEPT), 500)) {
            deleteQuietly(key);
            db.imports().forgetUpload(key);
            n++;
        }
        return n;
    }

    private void deleteQuietly(String key) {
        try {
            blobs.delete(key);
        } catch (IOException | RuntimeException ignored) {
            // an upload left behind is only disk space; the import itself is done
        }
    }

    private void check(Upload u, long contractId, long userId) {
        if (u == null || u.key() == null || u.seal() == null) throw Refusal.notFound("upload");
        try {
            BlobStore.checkKey(u.key());
        } catch (IllegalArgumentException e) {
            throw Refusal.notFound("upload");
        }
        if (!java.security.MessageDigest.isEqual(seal(u.key(), contractId, userId).getBytes(StandardCharsets.UTF_8),
                u.seal().getBytes(StandardCharsets.UTF_8))) {
            throw Refusal.notFound("upload");
        }
    }

    private String seal(String key, long contractId, long userId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(sealKey, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((key + ":" + contractId + ":" + userId).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
