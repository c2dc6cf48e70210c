package org.hourbook.server.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hourbook.server.web.DiaryPage.Form;
import org.hourbook.server.web.WebBackend.Done;
import org.hourbook.server.web.WebBackend.NotFound;
import org.hourbook.server.web.WebBackend.Outcome;
import org.hourbook.server.web.WebBackend.Refused;
import org.hourbook.server.web.WebBackend.Viewer;

/**
 * The Work Diary day and its actions. Successful POSTs redirect back to the day (so reload never
 * repeats them) with a fixed notice key; refusals re-render the day with the rule's message
 * inline and a 422.
 */
final class DiaryHandlers {
    /** Notices are looked up by key so no user text ever travels through the redirect URL. */
    private static final Map<String, String> NOTICES = Map.of(
            "memo", "Memo updated.",
            "deleted", "Time deleted.",
            "manual", "Manual time added.",
            "label", "Activity label saved.");

    private final WebBackend backend;
    private final Clock clock;
    private final Pages pages;
    private final WebContext web;

    DiaryHandlers(WebBackend backend, Clock clock, Pages pages, WebContext web) {
        this.backend = backend;
        this.clock = clock;
        this.pages = pages;
        this.web = web;
    }

    void register(RoutesConfig routes) {
        routes.get("/contracts/{contractId}/diary", this::day);
        routes.post("/contracts/{contractId}/diary/segments", this::selection);
        routes.post("/contracts/{contractId}/diary/delete", this::delete);
        routes.post("/contracts/{contractId}/diary/manual", this::manual);
        routes.post("/contracts/{contractId}/segments/{segmentId}/label", this::label);
        routes.get("/contracts/{contractId}/segments/{segmentId}", this::segmentPage);
        routes.get("/contracts/{contractId}/segments/{segmentId}/minutes", this::minutes);
        routes.get("/contracts/{contractId}/segments/{segmentId}/thumb", ctx -> image(ctx, true));
        routes.get("/contracts/{contractId}/segments/{segmentId}/screenshot", ctx -> image(ctx, false));
    }

    private void day(Context ctx) {
        Viewer v = web.viewer(ctx);
        String done = ctx.queryParam("done");
        Form form = Form.empty();
        if (done != null && NOTICES.containsKey(done)) form = new Form(NOTICES.get(done), null, null, "", "", "");
        show(ctx, v, 200, form);
    }

    /** Renders the day for the request's contract, date and zone; 404 page when not visible. */
    private DiaryPage show(Context ctx, Viewer v, int status, Form form) {
        DiaryPage page = load(ctx, v, form);
        ctx.status(status);
        pages.show(ctx, "diary.jte", page);
        return page;
    }

    private DiaryPage load(Context ctx, Viewer v, Form form) {
        long id = web.contractId(ctx, v);
        boolean utc = WebContext.utc(ctx);
        ZoneId zone = DiaryLayout.shownZone(v, utc);
        Instant now = clock.instant();
        LocalDate date = WebContext.date(ctx, LocalDate.ofInstant(now, zone));
        var data = backend.diary(v, id, date, utc).orElseThrow(() -> web.notFound(ctx, v));
        return DiaryLayout.page(v, id, date, utc, data, form, now);
    }

    private void selection(Context ctx) {
        Viewer v = web.viewerForPost(ctx);
        long id = web.contractId(ctx, v);
        List<UUID> ids = WebContext.ids(ctx);
        String action = ctx.formParam("action");
        if (ids.isEmpty()) {
            show(ctx, v, 422, new Form(null, "Select at least one segment first.", "selection", "", "", ""));
            return;
        }
        if ("delete".equals(action)) {
            DiaryPage page = load(ctx, v, Form.empty());
            if (!page.permissions().delete()) {
                // Never ask someone to confirm what they may not do (only the freelancer deletes, in the edit window).
                String why = page.readOnly() ? page.permissions().readOnlyReason() : "Only the freelancer deletes time.";
                show(ctx, v, 403, new Form(null, why, "selection", "", "", ""));
                return;
            }
            Set<String> chosen = ids.stream().map(UUID::toString).collect(java.util.stream.Collectors.toSet());
            List<String> ranges = page.hours().stream().flatMap(h -> h.slots().stream())
                    .filter(c -> chosen.contains(c.id())).map(c -> c.range() + (c.memo().isEmpty() ? "" : " · " + c.memo()))
                    .toList();
            pages.show(ctx, 200, "confirm-delete.jte",
                    Map.of("page", page, "ids", ids.stream().map(UUID::toString).toList(), "ranges", ranges));
            return;
        }
        String memo = ctx.formParam("memo") == null ? "" : ctx.formParam("memo").strip();
        if (memo.isEmpty()) {
            show(ctx, v, 422, new Form(null, "Write the new memo first.", "memo", "", "", ""));
            return;
        }
        finish(ctx, v, backend.editMemo(v, id, ids, memo), "memo", null);
    }

    private void delete(Context ctx) {
        Viewer v = web.viewerForPost(ctx);
        long id = web.contractId(ctx, v);
        List<UUID> ids = WebContext.ids(ctx);
        if (ids.isEmpty()) {
            redirectToDay(ctx, id, null);
            return;
        }
        finish(ctx, v, backend.delete(v, id, ids), "deleted", null);
    }

    private void manual(Context ctx) {
        Viewer v = web.viewerForPost(ctx);
        long id = web.contractId(ctx, v);
        boolean utc = WebContext.utc(ctx);
        ZoneId zone = DiaryLayout.shownZone(v, utc);
        LocalDate date = WebContext.date(ctx, LocalDate.now(clock.withZone(zone)));
        String fromText = nonNull(ctx.formParam("from"));
        String toText = nonNull(ctx.formParam("to"));
        String memo = nonNull(ctx.formParam("memo")).strip();
        Form typed = new Form(null, null, "manual", fromText, toText, memo);
        Instant from;
        Instant to;
        try {
            from = when(fromText, date, zone, false);
            to = when(toText, date, zone, true);
        } catch (DateTimeParseException e) {
            show(ctx, v, 422, withError(typed, "Choose the start and end from the lists."));
            return;
        }
        if (memo.isEmpty()) {
            show(ctx, v, 422, withError(typed, "Write a memo that tells the client what the time was for."));
            return;
        }
        finish(ctx, v, backend.addManual(v, id, from, to, memo), "manual", typed);
    }

    private void label(Context ctx) {
        Viewer v = web.viewerForPost(ctx);
        long id = web.contractId(ctx, v);
        UUID segmentId = web.segmentId(ctx, v);
        String label = nonNull(ctx.formParam("label")).strip();
        Outcome outcome = backend.setLabel(v, id, segmentId, label.isEmpty() ? null : label);
        if (WebContext.htmx(ctx) && outcome instanceof Done) {
            // Swap just the card: re-render the day and pick this segment's card out of it.
            DiaryPage page = load(ctx, v, Form.empty());
            var card = page.hours().stream().flatMap(h -> h.slots().stream())
                    .filter(c -> c.id().equals(segmentId.toString())).findFirst();
            if (card.isPresent()) {
                pages.show(ctx, 200, "card.jte", Map.of("page", page, "c", card.get()));
                return;
            }
        }
        finish(ctx, v, outcome, "label", null);
    }

    private void finish(Context ctx, Viewer v, Outcome outcome, String notice, Form typed) {
        switch (outcome) {
            case Done d -> redirectToDay(ctx, web.contractId(ctx, v), notice);
            case Refused r -> {
                Form base = typed == null ? Form.empty() : typed;
                show(ctx, v, 422, new Form(null, r.violation().message(), typed == null ? "action" : base.errorField(),
                        base.from(), base.to(), base.memo()));
            }
            case NotFound n -> throw web.notFound(ctx, v);
        }
    }

    private void redirectToDay(Context ctx, long contractId, String notice) {
        LocalDate date = WebContext.date(ctx, null);
        StringBuilder url = new StringBuilder("/contracts/" + contractId + "/diary?");
        if (date != null) url.append("date=").append(date).append('&');
        if (WebContext.utc(ctx)) url.append("tz=utc&");
        if (notice != null) url.append("done=").append(notice);
        ctx.redirect(url.toString(), HttpStatus.SEE_OTHER);
    }

    private void segmentPage(Context ctx) {
        Viewer v = web.viewer(ctx);
        pages.show(ctx, "segment.jte", segment(ctx, v));
    }

    private void minutes(Context ctx) {
        Viewer v = web.viewer(ctx);
        pages.show(ctx, "minutes.jte", segment(ctx, v));
    }

    private SegmentPage segment(Context ctx, Viewer v) {
        long id = web.contractId(ctx, v);
        UUID segmentId = web.segmentId(ctx, v);
        boolean utc = WebContext.utc(ctx);
        var ds = backend.segment(v, id, segmentId).orElseThrow(() -> web.notFound(ctx, v));
        ZoneId zone = DiaryLayout.shownZone(v, utc);
        LocalDate date = LocalDate.ofInstant(ds.segment().start(), zone);
        return SegmentPage.of(v, id, ds.contractTitle(), ds, zone,
                "/contracts/" + id + "/diary?date=" + date + (utc ? "&tz=utc" : "") + "#seg-" + segmentId, utc);
    }

    private void image(Context ctx, boolean thumbnail) {
        Viewer v = web.viewer(ctx);
        long id = web.contractId(ctx, v);
        UUID segmentId = web.segmentId(ctx, v);
        var img = backend.screenshot(v, id, segmentId, thumbnail).orElseThrow(() -> web.notFound(ctx, v));
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Cache-Control", "private, max-age=86400");
        ctx.contentType(img.mediaType()).result(img.bytes());
    }

    /**
     * The form sends the chosen slot's UTC instant; a clock time (an older page, a hand-made post)
     * is still read in the shown zone, where "to 00:00" means the end of the day, not its start.
     */
    private static Instant when(String text, LocalDate date, ZoneId zone, boolean end) {
        if (text.endsWith("Z")) return Instant.parse(text);
        LocalTime t = LocalTime.parse(text);
        return (end && t.equals(LocalTime.MIDNIGHT) ? date.plusDays(1).atStartOfDay(zone) : date.atTime(t).atZone(zone)).toInstant();
    }

    private static Form withError(Form typed, String message) {
        return new Form(null, message, "manual", typed.from(), typed.to(), typed.memo());
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
