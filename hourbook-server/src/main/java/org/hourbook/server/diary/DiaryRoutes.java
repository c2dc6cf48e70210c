package org.hourbook.server.diary;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hourbook.core.segment.Segment;
import org.hourbook.server.auth.Auth;
import org.hourbook.server.auth.Viewer;
import org.hourbook.server.contract.ContractService;
import org.hourbook.server.contract.Visible;
import org.hourbook.server.http.ApiException;
import org.hourbook.server.http.Json;
import org.hourbook.server.http.Paths;

/** Segment upload, the diary day, memo/label edits, delete and manual time. */
public final class DiaryRoutes {
    private DiaryRoutes() {}

    public record Batch(List<SegmentUpload> segments) {}

    public record BatchResult(String code, String field, String message, List<UploadResult> results) {}

    public record SegmentsPatch(List<UUID> ids, String memo, String label) {}

    public record ManualTime(Instant from, Instant to, String memo) {}

    public static void register(RoutesConfig routes, ContractService contracts, SegmentUploads uploads, SegmentEdits edits, DiaryService diary) {
        routes.post("/api/v1/contracts/{id}/segments", ctx -> upload(ctx, uploads));
        routes.get("/api/v1/contracts/{id}/diary", ctx -> {
            Viewer me = Auth.require(ctx);
            String tz = ctx.queryParam("tz") == null ? "mine" : ctx.queryParam("tz");
            if (!tz.equals("mine") && !tz.equals("utc")) throw ApiException.invalid("validation", "tz", "tz is mine or utc");
            Json.answer(ctx, DiaryView.of(diary.day(me, Paths.contractId(ctx), Paths.date(ctx, "date", true), tz.equals("utc"))));
        });
        routes.patch("/api/v1/contracts/{id}/segments", ctx -> patch(ctx, contracts, edits));
        routes.delete("/api/v1/contracts/{id}/segments", ctx -> {
            int n = edits.delete(Auth.require(ctx), Paths.contractId(ctx), Paths.ids(ctx));
            ctx.json(Map.of("deleted", n));
        });
        routes.post("/api/v1/contracts/{id}/manual-time", ctx -> {
            ManualTime req = ctx.bodyAsClass(ManualTime.class);
            List<Segment> created = edits.addManual(Auth.require(ctx), Paths.contractId(ctx), req.from(), req.to(), req.memo());
            ctx.status(201).json(Map.of("segments", created.stream().map(s -> DiaryView.SegmentView.of(s, false)).toList()));
        });
    }

    /**
     * 200 when every item was stored, replayed or found deleted (each is final: the tracker may
     * forget it); otherwise the first kind of failure decides the
     * status (409 {@code segment.conflict} / {@code segment.overlap}, 422 for rule rejections)
     * and the per-item results say which items were stored anyway.
     */
    static void upload(Context ctx, SegmentUploads uploads) {
        Viewer me = Auth.require(ctx);
        long contractId = Paths.contractId(ctx);
        Batch batch = ctx.bodyAsClass(Batch.class);
        List<UploadResult> results = uploads.upload(me, contractId, batch == null ? null : batch.segments());
        if (results.stream().allMatch(UploadResult::settled)) {
            Json.answer(ctx, new BatchResult(null, null, null, results));
            return;
        }
        UploadResult worst = results.stream().filter(r -> r.status().equals("conflict")).findFirst()
                .or(() -> results.stream().filter(r -> r.status().equals("overlap")).findFirst())
                .orElseGet(() -> results.stream().filter(r -> !r.settled()).findFirst().orElseThrow());
        int status = worst.status().equals("rejected") ? 422 : 409;
        Json.answer(ctx.status(status), new BatchResult(worst.code(), worst.field(), worst.message(), results));
    }

    static void patch(Context ctx, ContractService contracts, SegmentEdits edits) {
        Viewer me = Auth.require(ctx);
        long contractId = Paths.contractId(ctx);
        SegmentsPatch req = ctx.bodyAsClass(SegmentsPatch.class);
        if (req.memo() == null && req.label() == null) throw ApiException.invalid("validation", null, "send memo and/or label");
        // Check every part before changing anything, so a forbidden field changes nothing.
        Visible v = contracts.visible(me, contractId);
        if (req.memo() != null && !v.access().canEditTime()) throw ApiException.forbidden("access.memo", "memo", "only the freelancer edits memos");
        if (req.label() != null && !v.access().canEditLabels()) throw ApiException.forbidden("access.label", "label", "you may not change labels here");
        int changed = 0;
        if (req.memo() != null) changed = edits.editMemo(me, contractId, req.ids(), req.memo());
        if (req.label() != null) changed = edits.setLabel(me, contractId, req.ids(), req.label());
        ctx.json(Map.of("changed", changed));
    }
}
