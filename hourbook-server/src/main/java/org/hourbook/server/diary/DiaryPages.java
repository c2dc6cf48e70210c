package org.hourbook.server.diary;

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
import java.util.function.IntSupplier;
import java.util.stream.Collectors;
import org.hourbook.server.Refusal;
import org.hourbook.server.auth.Viewer;
import org.hourbook.server.contract.ContractService;
import org.hourbook.server.contract.ContractUrls;
import org.hourbook.server.diary.DiaryPage.Form;
import org.hourbook.server.http.ErrorMapping;
import org.hourbook.server.openapi.Endpoints;
import org.hourbook.server.openapi.Operation;
import org.hourbook.server.openapi.Operation.Param;
import org.hourbook.server.web.Pages;
import org.hourbook.server.web.WebContext;

/**
 * The Work Diary day and its actions, over the same services as the diary API. Successful POSTs
 * redirect back to the day (so reload never repeats them) with a fixed notice key; a refusal
 * re-renders the day with the rule's message inline and the status the API would answer.
 */
public final class DiaryPages implements Endpoints.Feature {
    /** Notices are looked up by key so no user text ever travels through the redirect URL. */
    private static final Map<String, String> NOTICES = Map.of(
            "memo", "Memo updated.",
            "deleted", "Time deleted.",
            "manual", "Manual time added.",
            "label", "Activity label saved.");
    private static final Param DATE = Param.query("date", "date", false, "the day, YYYY-MM-DD (default: today in the viewer's zone)");
    private static final Param TZ = Param.query("tz", "string", false, "mine (default) or utc");

    private final DiaryService diary;
    private final SegmentEdits edits;
    private final ContractService contracts;
    private final Pages pages;
    private final Clock clock;

    public DiaryPages(DiaryService diary, SegmentEdits edits, ContractService contracts, Pages pages, Clock clock) {
        this.diary = diary;
        this.edits = edits;
        this.contracts = contracts;
        this.pages = pages;
        this.clock = clock;
    }

    @Override
    public void register(Endpoints endpoints) {
        Param id = ContractUrls.PAGE_ID;
        endpoints.add(Operation.page("GET", DiaryUrls.DAY, "Work Diary of one day").params(id, DATE, TZ), this::day);
        endpoints.add(Operation.form("POST", DiaryUrls.MEMO, "Save a memo on the selected segments", "SelectionForm").params(id, DATE, TZ),
                this::memo);
        endpoints.add(Operation.form("POST", DiaryUrls.CONFIRM_DELETE, "Ask to confirm deleting the selected segments", "IdsForm")
                .description("Answers the confirmation page (200), never a change.").params(id, DATE, TZ), this::confirmDelete);
        endpoints.add(Operation.form("POST", DiaryUrls.DELETE, "Delete the confirmed segments", "IdsForm").params(id, DATE, TZ), this::delete);
        endpoints.add(Operation.form("POST", DiaryUrls.MANUAL, "Add manual time", "ManualForm")
                .description("from/to are the chosen slots' UTC instants (or local times of the viewed day).").params(id, DATE, TZ),
                this::manual);
        endpoints.add(Operation.form("POST", DiaryUrls.SEGMENT + "/label", "Set a segment's activity label", "LabelForm")
                .description("Blank clears it. With htmx answers the updated fragment, else redirects to the day.")
                .params(id, DiaryUrls.SEGMENT_ID), this::label);
        endpoints.add(Operation.page("GET", DiaryUrls.SEGMENT, "One segment: screenshot and per-minute counts")
                .params(id, DiaryUrls.SEGMENT_ID, TZ), ctx -> segment(ctx, "diary/segment.jte"));
        endpoints.add(Operation.page("GET", DiaryUrls.SEGMENT + "/minutes", "Per-minute counts (htmx fragment)")
                .params(id, DiaryUrls.SEGMENT_ID, TZ), ctx -> segment(ctx, "diary/minutes.jte"));
    }

    private void day(Context ctx) {
        Viewer v = WebContext.viewer(ctx);
        String notice = NOTICES.get(ctx.queryParam("done") == null ? "" : ctx.queryParam("done"));
        show(ctx, v, 200, notice == null ? Form.empty() : new Form(notice, null, null, "", "", ""));
    }

    /** Renders the day of the request's contract, date and zone. */
    private void show(Context ctx, Viewer v, int status, Form form) {
        pages.show(ctx, status, "diary/diary.jte", load(ctx, v, form));
    }

    private DiaryPage load(Context ctx, Viewer v, Form form) {
        boolean utc = WebContext.utc(ctx);
        Instant now = clock.instant();
        LocalDate date = WebContext.date(ctx, LocalDate.ofInstant(now, DiaryService.shownZone(v, utc)));
        var day = diary.day(v, WebContext.contractId(ctx), date, utc);
        return DiaryLayout.page(v, day, contracts.parties(day.contract().terms()), utc, form, now);
    }

    private void memo(Context ctx) {
        Viewer v = WebContext.viewer(ctx);
        List<UUID> ids = WebContext.ids(ctx);
        String memo = WebContext.field(ctx, "memo");
        if (ids.isEmpty()) {
            show(ctx, v, 422, new Form(null, "Select at least one segment first.", "selection", "", "", ""));
        } else if (memo.isEmpty()) {
            show(ctx, v, 422, new Form(null, "Write the new memo first.", "memo", "", "", ""));
        } else {
            change(ctx, v, () -> edits.editMemo(v, WebContext.contractId(ctx), ids, memo), "memo", null);
        }
    }

    /** The confirm step of a delete; never asks someone to confirm what they may not do. */
    private void confirmDelete(Context ctx) {
        Viewer v = WebContext.viewer(ctx);
        List<UUID> ids = WebContext.ids(ctx);
        if (ids.isEmpty()) {
            show(ctx, v, 422, new Form(null, "Select at least one segment first.", "selection", "", "", ""));
            return;
        }
        DiaryPage page = load(ctx, v, Form.empty());
        if (!page.permissions().delete()) {
            // Only the freelancer deletes, in the edit window.
            String why = page.readOnly() ? page.permissions().readOnlyReason() : "Only the freelancer deletes time.";
            pages.show(ctx, 403, "diary/diary.jte", load(ctx, v, new Form(null, why, "selection", "", "", "")));
            return;
        }
        Set<String> chosen = ids.stream().map(UUID::toString).collect(Collectors.toSet());
        List<String> ranges = page.hours().stream().flatMap(h -> h.slots().stream())
                .filter(c -> chosen.contains(c.id())).map(c -> c.range() + (c.memo().isEmpty() ? "" : " · " + c.memo()))
                .toList();
        pages.show(ctx, 200, "diary/confirm-delete.jte", Map.of("page", page, "ids", ids.stream().map(UUID::toString).toList(), "ranges", ranges));
    }

    private void delete(Context ctx) {
        Viewer v = WebContext.viewer(ctx);
        List<UUID> ids = WebContext.ids(ctx);
        if (ids.isEmpty()) {
            redirectToDay(ctx, null);
            return;
        }
        change(ctx, v, () -> edits.delete(v, WebContext.contractId(ctx), ids), "deleted", null);
    }

    private void manual(Context ctx) {
        Viewer v = WebContext.viewer(ctx);
        boolean utc = WebContext.utc(ctx);
        ZoneId zone = DiaryService.shownZone(v, utc);
        LocalDate date = WebContext.date(ctx, LocalDate.now(clock.withZone(zone)));
        String fromText = WebContext.field(ctx, "from");
        String toText = WebContext.field(ctx, "to");
        String memo = WebContext.field(ctx, "memo");
        Form typed = new Form(null, null, "manual", fromText, toText, memo);
        Instant from;
        Instant to;
        try {
            from = when(fromText, date, zone, false);
            to = when(toText, date, zone, true);
        } catch (DateTimeParseException e) {
            show(ctx, v, 422, typed.withError("Choose the start and end from the lists."));
            return;
        }
        if (memo.isEmpty()) {
            show(ctx, v, 422, typed.withError("Write a memo that tells the client what the time was for."));
            return;
        }
        change(ctx, v, () -> edits.addManual(v, WebContext.contractId(ctx), from, to, memo).size(), "manual", typed);
    }

    private void label(Context ctx) {
        Viewer v = WebContext.viewer(ctx);
        long id = WebContext.contractId(ctx);
        UUID segmentId = WebContext.segmentId(ctx);
        String label = WebContext.field(ctx, "label");
        Runnable save = () -> edits.setLabel(v, id, List.of(segmentId), label.isEmpty() ? null : label);
        if (!WebContext.htmx(ctx)) {
            change(ctx, v, () -> {
                save.run();
                return 1;
            }, "label", null);
            return;
        }
        try {
            save.run();
        } catch (Refusal.NotFound e) {
            throw e;
        } catch (Refusal r) {
            show(ctx, v, ErrorMapping.status(r), new Form(null, r.getMessage(), "action", "", "", ""));
            return;
        }
        // Swap just the card: re-render the day and pick this segment's card out of it.
        DiaryPage page = load(ctx, v, Form.empty());
        var card = page.hours().stream().flatMap(h -> h.slots().stream()).filter(c -> c.id().equals(segmentId.toString())).findFirst();
        if (card.isPresent()) pages.show(ctx, 200, "diary/card.jte", Map.of("page", page, "c", card.get()));
        else redirectToDay(ctx, "label");
    }

    /**
     * Runs a change: done → back to the day with the notice; refused → the day again with the
     * rule's message (next to the manual-time form when {@code typed} holds its values).
     */
    private void change(Context ctx, Viewer v, IntSupplier work, String notice, Form typed) {
        try {
            work.getAsInt();
        } catch (Refusal.NotFound e) {
            throw e;
        } catch (Refusal r) {
            Form form = typed == null ? new Form(null, r.getMessage(), "action", "", "", "") : typed.withError(r.getMessage());
            show(ctx, v, ErrorMapping.status(r), form);
            return;
        }
        redirectToDay(ctx, notice);
    }

    private void redirectToDay(Context ctx, String notice) {
        ctx.redirect(DiaryUrls.afterChange(WebContext.contractId(ctx), WebContext.date(ctx, null), WebContext.utc(ctx), notice),
                HttpStatus.SEE_OTHER);
    }

    private void segment(Context ctx, String template) {
        Viewer v = WebContext.viewer(ctx);
        var detail = diary.segment(v, WebContext.contractId(ctx), WebContext.segmentId(ctx));
        pages.show(ctx, template, SegmentPage.of(v, detail, WebContext.utc(ctx)));
    }

    /**
     * The form sends the chosen slot's UTC instant; a clock time (an older page, a hand-made post)
     * is still read in the shown zone, where "to 00:00" means the end of the day, not its start.
     */
    static Instant when(String text, LocalDate date, ZoneId zone, boolean end) {
        if (text.endsWith("Z")) return Instant.parse(text);
        LocalTime t = LocalTime.parse(text);
        return (end && t.equals(LocalTime.MIDNIGHT) ? date.plusDays(1).atStartOfDay(zone) : date.atTime(t).atZone(zone)).toInstant();
    }
}
