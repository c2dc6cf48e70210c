package org.hourbook.core.segment;

import org.hourbook.core.policy.Decision;

/**
 * The shape every incoming segment must have before anything else looks at it: on the grid,
 * 1..600 tracked seconds, input only in minutes the tracked time can touch, a memo that
 * is not blank and a person can read, and no activity counts on manual time (nobody typed
 * anything during it).
 * <p>A memo is text a client reads in the diary, the timesheet and exports, so it may not hold
 * what displays as something else or breaks other programs: control characters (NUL and the
 * rest of C0/C1 but tab and line breaks), unpaired surrogates (not text at all), and the
 * bidirectional embedding, override and isolate characters (U+202A–U+202E, U+2066–U+2069), with
 * which "Fixed bug ‮gnp.exe" reads as "Fixed bug exe.png".
 */
public final class SegmentPolicy {
    public static final int MAX_MEMO_LENGTH = 1000;

    private SegmentPolicy() {}

    public static Decision validate(Segment s) {
        return aligned(s)
                .and(() -> trackedSeconds(s))
                .and(() -> minutes(s))
                .and(() -> memo(s));
    }

    private static Decision aligned(Segment s) {
        return SegmentGrid.isAligned(s.start())
                ? Decision.accepted()
                : Decision.rejected("segment.misaligned", "start",
                        "A segment must start on the 10-minute UTC grid (e.g. 12:00, 12:10); got " + s.start() + ".");
    }

    private static Decision trackedSeconds(Segment s) {
        int t = s.trackedSeconds();
        return t >= 1 && t <= SegmentGrid.SEGMENT_SECONDS
                ? Decision.accepted()
                : Decision.rejected("segment.tracked_seconds", "trackedSeconds",
                        "Tracked seconds must be between 1 and 600; got " + t + ".");
    }

    private static Decision minutes(Segment s) {
        if (s.isManual() && !s.minutes().isEmpty()) {
            return Decision.rejected("segment.manual_minutes", "minutes", "Manual time has no activity counts.");
        }
        if (s.minutes().size() > SegmentGrid.MINUTES_PER_SEGMENT) {
            return Decision.rejected("segment.minutes", "minutes",
                    "A segment has at most 10 minutes of activity counts; got " + s.minutes().size() + ".");
        }
        // Input in more minutes than the tracked seconds fill is real when tracking was split inside
        // the slot: idle time discarded, or a stop and a start. Two runs of 171 s and 124 s touch 7
        // clock minutes with 295 s tracked (DesktopIdleIT); a run of a few seconds at each minute
        // could touch all 10. Refusing such a segment lost tracked time, so it is kept, and the
        // activity level counts no more active minutes than were tracked (ActivityLevel.activeMinutes).
        // MinuteActivity already refuses negative counts; checked again so this policy alone states the rule.
        boolean valid = s.minutes().stream().allMatch(m -> m.keys() >= 0 && m.clicks() >= 0 && m.scrolls() >= 0 && m.moves() >= 0);
        return valid ? Decision.accepted() : Decision.rejected("segment.minutes", "minutes", "Activity counts must be 0 or more.");
    }

    private static Decision memo(Segment s) {
        // Every piece of time says what it was for: the client reviews by memo, and protected
        // time requires one. Manual time is checked the same way when it is added.
        if (s.memo().isBlank()) {
            return Decision.rejected("segment.memo_required", "memo", "Describe the work in a memo.");
        }
        Decision readable = readable(s.memo(), "memo");
        if (readable instanceof Decision.Rejected) return readable;
        // Code points, not UTF-16 units: an emoji is one character to the person writing the memo.
        int length = s.memo().codePointCount(0, s.memo().length());
        return length <= MAX_MEMO_LENGTH
                ? Decision.accepted()
                : Decision.rejected("segment.memo_too_long", "memo",
                        "A memo has at most " + MAX_MEMO_LENGTH + " characters; got " + length + ".");
    }

    /** Text a person can read as it is: see the class comment. Also used for labels and imported descriptions. */
    public static Decision readable(String text, String field) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String problem = null;
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                problem = "a broken character (an unpaired surrogate)";
            } else if (Character.isLowSurrogate(c)) {
                problem = "a broken character (an unpaired surrogate)";
            } else if (c == 0) {
                problem = "a NUL character";
            } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)) {
                problem = "a control character (U+" + String.format("%04X", (int) c) + ")";
            } else if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
                problem = "a text-direction override (U+" + String.format("%04X", (int) c) + "), which can make it read as something else";
            }
            if (problem != null) {
                return Decision.rejected("segment.unreadable", field, "The " + field + " contains " + problem + " at character "
                        + (text.codePointCount(0, i) + 1) + "; remove it.");
            }
        }
        return Decision.accepted();
    }
}
