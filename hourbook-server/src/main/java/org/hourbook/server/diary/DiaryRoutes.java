package org.hourbook.server.diary;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.hourbook.api.diary.BatchResult;
import org.hourbook.api.diary.ManualTime;
import org.hourbook.api.diary.SegmentBatch;
import org.hourbook.api.diary.SegmentsPatch;
import org.hourbook.api.diary.UploadResult;
import org.hourbook.core.segment.Segment;
import org.hourbook.server.Refusal;
import org.hourbook.server.auth.Auth;
import org.hourbook.server.auth.Viewer;
import org.hourbook.server.contract.ContractUrls;
import org.hourbook.server.http.Json;
import org.hourbook.server.http.Params;
import org.hourbook.server.openapi.Endpoints;
import org.hourbook.server.openapi.Operation;
import org.hourbook.server.openapi.Operation.Param;

/** The diary API: segment upload, the day, one segment, memo/label edits, delete and manual time. */
public final class DiaryRoutes implements Endpoints.Feature {
    private final SegmentUploads uploads;
    private final SegmentEdits edits;
    private final DiaryService diary;

    public DiaryRoutes(SegmentUploads uploads, SegmentEdits edits, DiaryService diary) {
        this.uploads = uploads;
        this.edits = edits;
        this.diary = diary;
    }

    @Override
    public void register(Endpoints endpoints) {
        Param id = ContractUrls.API_ID;
        endpoints.add(Operation.post(DiaryUrls.API_SEGMENTS).tag("diary").forDevices().summary("Upload tracked segments (batch)")
                .description("Freelancer only. Client-generated UUIDs: a replay returns the stored segment (`replayed`); the same id "
                        + "with other content is `conflict` (409 segment.conflict); a slot the freelancer already used on any contract "
                        + "is `overlap` (409 segment.overlap); rule failures are `rejected` (422). Items that passed are stored either "
                        + "way; `results` has one entry per item in order.")
                .params(id).request("SegmentBatch").response("BatchResult").errors(403, 404, 409, 422), this::upload);
        endpoints.add(Operation.get(DiaryUrls.API_DAY).tag("diary").forDevices().summary("Work Diary of one day")
                .description("Hour rows of the day in the viewer's zone (`tz=mine`, 23/25 rows on DST days) or UTC, segments with "
                        + "activity level, per-minute counts, memo, label, manual/over-limit flags, screenshot URLs; day and week "
                        + "totals and seconds left under the weekly limit.")
                .params(id, Param.query("date", "date", true, "the day, YYYY-MM-DD"), Param.query("tz", "string", false, "mine (default) or utc"))
                .response("Diary").errors(404, 422), ctx -> {
                    Viewer me = Auth.require(ctx);
                    String tz = ctx.queryParam("tz") == null ? "mine" : ctx.queryParam("tz");
                    if (!tz.equals("mine") && !tz.equals("utc")) throw Refusal.invalid("validation", "tz", "tz is mine or utc");
                    Json.answer(ctx, DiaryView.of(diary.day(me, Params.contractId(ctx), Params.date(ctx, "date", true), tz.equals("utc"))));
                });
        endpoints.add(Operation.get(DiaryUrls.API_SEGMENT).tag("diary").summary("One segment")
                .description("The segment with whether it is over the weekly limit (under the terms of its week), whether the caller "
                        + "may delete it now, and whether it is protected time (tracked, screenshot, memo, activity, within the limit).")
                .params(id, DiaryUrls.API_SID).response("SegmentDetail").errors(404), ctx -> {
                    var d = diary.segment(Auth.require(ctx), Params.contractId(ctx), Params.segmentId(ctx));
                    ctx.json(new DiaryView.Detail(DiaryView.SegmentView.of(d.segment(), d.overLimit()), d.overLimit(), d.deletable(),
                            d.protectedTime()));
                });
        endpoints.add(Operation.patch(DiaryUrls.API_SEGMENTS).tag("diary").summary("Edit memo and/or label of segments")
                .description("memo: freelancer, within the edit window. label: client or freelancer, one of the contract's labels "
                        + "(blank clears).")
                .params(id).request("SegmentsPatch").response("Changed").errors(403, 404, 422), this::patch);
        endpoints.add(Operation.delete(DiaryUrls.API_SEGMENTS).tag("diary").forDevices().summary("Delete segments")
                .description("Freelancer, within the edit window. Ids in the query: `?ids=a,b`.")
                .params(id, Param.query("ids", "string", true, "comma-separated segment ids")).response("Deleted").errors(403, 404, 422),
                ctx -> ctx.json(Map.of("deleted", edits.delete(Auth.require(ctx), Params.contractId(ctx), Params.ids(ctx)))));
        endpoints.add(Operation.delete(DiaryUrls.API_SEGMENT + "/screenshot").tag("screenshots").forDevices().summary("Delete a screenshot")
                .description("Deletes the segment with it: the time is not billed. Freelancer, within the edit window.")
                .params(id, DiaryUrls.API_SID).response("Deleted").errors(403, 404, 422),
                ctx -> ctx.json(Map.of("deleted", edits.delete(Auth.require(ctx), Params.contractId(ctx), List.of(Params.segmentId(ctx))))));
        endpoints.add(Operation.post(DiaryUrls.API_MANUAL).tag("diary").summary("Add manual time")
                .description("Freelancer, where the contract allows it; from/to on the 10-minute UTC grid, not in the future, memo "
                        + "required. All or nothing: any slot already used → 409 segment.overlap.")
                .params(id).request("ManualTime").status(201).response("SegmentList").errors(403, 404, 409, 422), ctx -> {
                    ManualTime req = ctx.bodyAsClass(ManualTime.class);
                    List<Segment> created = edits.addManual(Auth.require(ctx), Params.contractId(ctx), req.from(), req.to(), req.memo());
                    ctx.status(201).json(Map.of("segments", created.stream().map(s -> DiaryView.SegmentView.of(s, false)).toList()));
                });
    }

    /**
     * 200 when every item was stored, replayed or found deleted (each is final: the tracker may
     * forget it); otherwise the first kind of failure decides the status (409 {@code
     * segment.conflict} / {@code segment.overlap}, 422 for rule rejections) and the per-item
     * results say which items were stored anyway.
     */
    private void upload(Context ctx) {
        Viewer me = Auth.require(ctx);
        long contractId = Params.contractId(ctx);
        SegmentBatch batch = ctx.bodyAsClass(SegmentBatch.class);
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

    private void patch(Context ctx) {
        Viewer me = Auth.require(ctx);
        SegmentsPatch req = ctx.bodyAsClass(SegmentsPatch.class);
        int changed = edits.edit(me, Params.contractId(ctx), req.ids(), req.memo(), req.label());
        ctx.json(Map.of("changed", changed));
    }
}
