package org.hourbook.tracker.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.hourbook.tracker.config.TrackerConfig;
import org.hourbook.tracker.journal.Journal;
import org.hourbook.tracker.journal.JournalSegment;
import org.hourbook.tracker.session.TrackerState;
import org.hourbook.tracker.session.TrackerStatus;
import org.hourbook.tracker.session.WeekLockWarning;
import org.hourbook.tracker.sync.Syncer;

/**
 * The facts {@code track status} prints and the window shows, as one JSON object (the same with
 * or without a running tracker: without one they come from the journal alone) and as text.
 */
public final class StatusView {
    private StatusView() {}

    public static ObjectNode of(TrackerStatus t, Syncer.State sync, Journal journal, String account, Instant now) {
        ObjectNode o = Control.JSON.createObjectNode();
        TrackerState s = t == null ? new TrackerState.Stopped(null) : t.state();
        o.put("state", switch (s) {
            case TrackerState.Stopped x -> "stopped";
            case TrackerState.Waiting x -> "waiting";
            case TrackerState.Running x -> "tracking";
            case TrackerState.Idle x -> x.returnedAt() == null ? "idle" : "idle-returned";
        });
        switch (s) {
            case TrackerState.Stopped x -> o.put("reason", x.reason());
            case TrackerState.Waiting x -> session(o, x.session()).put("startsAt", x.startsAt().toString());
            case TrackerState.Running x -> session(o, x.session()).put("since", x.since().toString());
            case TrackerState.Idle x -> {
                session(o, x.session()).put("idleSince", x.since().toString());
                if (x.returnedAt() != null) o.put("returnedAt", x.returnedAt().toString());
            }
        }
        if (t != null) {
            o.put("sessionSeconds", t.sessionSeconds()).put("todaySeconds", t.todaySeconds()).put("weekSeconds", t.weekSeconds());
            if (t.limitLeftSeconds() != null) o.put("limitLeftSeconds", t.limitLeftSeconds());
            if (t.cycleLeftSeconds() != null) o.put("cycleLeftSeconds", t.cycleLeftSeconds());
            if (t.activity() != null) o.put("activity", t.activity());
            if (t.capture() != null) o.put("capture", t.capture());
            if (t.lastShot() != null) {
                o.putObject("lastScreenshot").put("segment", t.lastShot().segment().toString()).put("takenAt", t.lastShot().takenAt().toString())
                        .put("file", t.lastShot().thumbFile()).put("upload", t.lastShot().state());
            }
            ArrayNode n = o.putArray("notices");
            t.notices().forEach(n::add);
        }
        Journal.Counts c = journal.counts(account);
        ObjectNode so = o.putObject("sync");
        String syncState = sync != null && sync.signedOut() ? "signed-out"
                : sync != null && sync.offlineSince() != null ? "offline" : c.waiting() + c.shotsWaiting() > 0 ? "waiting" : "synced";
        so.put("state", syncState).put("waiting", c.waiting()).put("held", c.held()).put("screenshotsWaiting", c.shotsWaiting()).put("refused", c.refused());
        if (sync != null) {
            if (sync.offlineSince() != null) so.put("offlineSince", sync.offlineSince().toString());
            if (sync.lastSuccess() != null) so.put("lastSuccess", sync.lastSuccess().toString());
            if (sync.problem() != null) so.put("problem", sync.problem());
            if (sync.skew() != null) so.put("clockSkewSeconds", sync.skew().toSeconds());
            if (sync.nextAttempt() != null) so.put("nextAttempt", sync.nextAttempt().toString());
        }
        WeekLockWarning.check(c.oldestWaiting(), now).ifPresent(w -> so.put("weekLock", w.message()));
        ArrayNode refused = o.putArray("refused");
        for (JournalSegment r : journal.refused(account)) {
            ObjectNode ro = refused.addObject().put("segment", r.id().toString()).put("start", r.slotStart().toString())
                    .put("trackedSeconds", r.trackedSeconds()).put("contract", r.contractId());
            if (r.refusal() != null) ro.put("code", r.refusal().code()).put("message", r.refusal().message());
        }
        return o;
    }

    private static ObjectNode session(ObjectNode o, TrackerState.Session s) {
        o.putObject("contract").put("id", s.contract().id()).put("title", s.contract().title());
        o.put("memo", s.memo());
        if (s.label() != null) o.put("label", s.label());
        return o;
    }

    public static String text(JsonNode o, ZoneId zone) {
        StringBuilder b = new StringBuilder();
        String state = o.path("state").asText();
        JsonNode c = o.path("contract");
        String what = c.isMissingNode() ? "" : c.path("title").asText() + " (#" + c.path("id").asLong() + ") — \"" + o.path("memo").asText() + "\""
                + (o.has("label") ? " [" + o.path("label").asText() + "]" : "");
        switch (state) {
            case "tracking" -> line(b, "Tracking", what + " since " + time(o.path("since").asText(), zone));
            case "waiting" -> line(b, "Waiting", what + "; starts at " + time(o.path("startsAt").asText(), zone) + " (this 10-minute slot already has a segment)");
            case "idle" -> line(b, "Idle", what + "; no input since " + time(o.path("idleSince").asText(), zone) + ", time is not counted");
            case "idle-returned" -> line(b, "Idle", "back after idling since " + time(o.path("idleSince").asText(), zone)
                    + ": keep or discard the idle time ('" + TrackerConfig.command() + " idle keep' or '" + TrackerConfig.command() + " idle discard')");
            default -> line(b, "Stopped", o.path("reason").isTextual() ? o.path("reason").asText() : "not tracking");
        }
        if (o.has("sessionSeconds")) {
            String totals = "session " + hm(o.path("sessionSeconds").asLong()) + "   today " + hm(o.path("todaySeconds").asLong())
                    + "   this week " + hm(o.path("weekSeconds").asLong());
            if (o.has("limitLeftSeconds")) totals += "   left under the weekly limit " + hm(o.path("limitLeftSeconds").asLong());
            if (o.has("cycleLeftSeconds")) {
                long left = o.path("cycleLeftSeconds").asLong();
                totals += left >= 0 ? "   left this cycle " + hm(left) : "   over this cycle's hours by " + hm(-left);
            }
            line(b, "Time", totals);
        }
        JsonNode s = o.path("sync");
        String sync = switch (s.path("state").asText()) {
            case "synced" -> "synced" + (s.has("lastSuccess") ? " (" + time(s.path("lastSuccess").asText(), zone) + ")" : "");
            case "offline" -> "offline since " + time(s.path("offlineSince").asText(), zone) + ", " + waiting(s) + (s.has("problem") ? ": " + s.path("problem").asText() : "");
            case "signed-out" -> "signed out: " + s.path("problem").asText();
            default -> waiting(s);
        };
        line(b, "Sync", sync);
        if (s.has("clockSkewSeconds") && Math.abs(s.path("clockSkewSeconds").asLong()) >= 30) {
            line(b, "Clock", "this computer's clock is " + Math.abs(s.path("clockSkewSeconds").asLong()) + " s "
                    + (s.path("clockSkewSeconds").asLong() > 0 ? "behind" : "ahead of") + " the server's; set it right (NTP)");
        }
        if (s.has("weekLock")) line(b, "Week lock", s.path("weekLock").asText());
        if (o.has("activity")) line(b, "Activity", o.path("activity").asText());
        if (o.has("capture")) line(b, "Screenshot", "failing: " + o.path("capture").asText());
        if (o.has("lastScreenshot")) {
            line(b, "Screenshot", "last at " + time(o.path("lastScreenshot").path("takenAt").asText(), zone) + " (segment " + o.path("lastScreenshot").path("segment").asText() + ")");
        }
        for (JsonNode r : o.path("refused")) {
            line(b, "Refused", time(r.path("start").asText(), zone) + " " + hm(r.path("trackedSeconds").asLong()) + ": " + r.path("message").asText()
                    + " (" + r.path("code").asText() + ")");
        }
        for (JsonNode n : o.path("notices")) line(b, "Note", n.asText());
        return b.toString();
    }

    private static String waiting(JsonNode s) {
        int w = s.path("waiting").asInt();
        int shots = s.path("screenshotsWaiting").asInt();
        if (w == 0 && shots == 0) return "nothing waiting";
        String t = w + " segment" + (w == 1 ? "" : "s") + " waiting";
        if (s.path("held").asInt() > 0) t += " (" + s.path("held").asInt() + " until idle is decided)";
        if (shots > 0) t += ", " + shots + " screenshot" + (shots == 1 ? "" : "s");
        return t;
    }

    private static void line(StringBuilder b, String head, String text) {
        b.append(String.format(Locale.ROOT, "%-11s %s%n", head, text));
    }

    static String hm(long seconds) {
        return String.format(Locale.ROOT, "%d:%02d", seconds / 3600, (seconds % 3600) / 60);
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ENGLISH);

    private static String time(String iso, ZoneId zone) {
        try {
            return TIME.format(Instant.parse(iso).atZone(zone));
        } catch (RuntimeException e) {
            return iso;
        }
    }

    static Duration seconds(long s) {
        return Duration.ofSeconds(s);
    }
}
