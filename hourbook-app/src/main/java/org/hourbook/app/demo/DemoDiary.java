package org.hourbook.app.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.hourbook.core.contract.ContractTerms;
import org.hourbook.core.segment.MinuteActivity;
import org.hourbook.core.segment.ScreenshotRef;
import org.hourbook.core.segment.Segment;
import org.hourbook.core.segment.SegmentGrid;
import org.hourbook.core.segment.Source;

/**
 * Two billing weeks of one freelancer's work, the previous week and the current one up to "now":
 * working days in the freelancer's own zone, sessions with breaks and a lunch, one memo per
 * session (the tracker asks for it at start), partial segments where a session starts or stops
 * inside a slot, and now and then manual time on contracts that allow it.
 * <pre>
 *  local day   08:50 ──session── 10:35  break  10:50 ──session── 12:20  lunch  13:10 ── ... ── 17:40
 *  slots       |08:50|09:00|...|10:30|        |10:50|...                                (600 s, UTC grid)
 *               full  full      35 s tracked → partial segment
 * </pre>
 * Segments of one freelancer never share a slot, so the demo respects the overlap rule across
 * contracts. All randomness comes from the seed, all time from the clock.
 */
public final class DemoDiary {
    /** Picks the stored screenshot of a segment: a scene kind (see {@link DemoCast.Contract#scenes}) and the capture time. */
    public interface ShotSource {
        ScreenshotRef pick(int scene, SplittableRandom rnd, Instant takenAt);
    }

    /** A contract of this freelancer with what the demo knows about the work on it. */
    public record Work(ContractTerms terms, DemoCast.Contract spec) {}

    private static final List<String> MANUAL_MEMOS = List.of(
            "Call with the client: sprint planning and priorities",
            "Workshop on site: whiteboard session for the next milestone",
            "Offline: sketching flows on paper during the train ride");

    private final Clock clock;
    private final ShotSource shots;

    public DemoDiary(Clock clock, ShotSource shots) {
        this.clock = clock;
        this.shots = shots;
    }

    /** The start of the previous billing week (Monday 00:00 UTC), where the demo's time begins. */
    public static Instant previousWeekStart(Instant now) {
        LocalDate monday = now.atZone(ZoneOffset.UTC).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return monday.minusWeeks(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public List<Segment> generate(ZoneId zone, List<Work> work, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Instant now = clock.instant();
        Instant from = previousWeekStart(now);
        Instant currentWeek = from.plus(Duration.ofDays(7));
        List<Segment> out = new ArrayList<>();
        Set<Instant> usedSlots = new HashSet<>();
        LocalDate last = now.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            // By calendar date: a Monday in Berlin starts on Sunday in UTC but belongs to the new week.
            boolean previousWeek = day.isBefore(currentWeek.atZone(ZoneOffset.UTC).toLocalDate());
            List<Work> open = work.stream().filter(w -> !w.spec().closed() || previousWeek).toList();
            if (open.isEmpty() || day.getDayOfWeek() == DayOfWeek.SUNDAY) continue;
            double dailyHours = open.stream().mapToDouble(w -> w.spec().weeklyHours()).sum() / 5;
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY) {
                if (rnd.nextInt(3) != 0) continue;
                dailyHours = 1 + rnd.nextDouble(1.5); // a short catch-up on some Saturdays
            }
            workDay(day, zone, open, dailyHours * (0.8 + rnd.nextDouble(0.4)), rnd, from, now, usedSlots, out);
            manualTime(day, zone, open, rnd, from, now, usedSlots, out);
        }
        return out;
    }

    private void workDay(LocalDate day, ZoneId zone, List<Work> open, double hours, SplittableRandom rnd,
                         Instant from, Instant now, Set<Instant> used, List<Segment> out) {
        Instant t = day.atTime(LocalTime.of(8, 30)).atZone(zone).toInstant().plusSeconds(rnd.nextInt(75 * 60));
        long remaining = (long) (hours * 3600);
        boolean lunched = false;
        while (remaining > 15 * 60) {
            long length = Math.min(remaining, (50 + rnd.nextInt(110)) * 60L + rnd.nextInt(60));
            Work w = pickWeighted(open, rnd);
            session(w, t, t.plusSeconds(length), rnd, from, now, used, out);
            remaining -= length;
            t = t.plusSeconds(length);
            boolean lunchTime = !lunched && t.atZone(zone).getHour() >= 12;
            t = t.plusSeconds(lunchTime ? (40 + rnd.nextInt(30)) * 60L : (8 + rnd.nextInt(25)) * 60L + rnd.nextInt(60));
            lunched |= lunchTime;
        }
    }

    private void session(Work w, Instant start, Instant end, SplittableRandom rnd, Instant from, Instant now,
                         Set<Instant> used, List<Segment> out) {
        String memo = w.spec().memos().get(rnd.nextInt(w.spec().memos().size()));
        String label = w.terms().activityLabels().isEmpty() ? null
                : w.terms().activityLabels().get(rnd.nextInt(w.terms().activityLabels().size()));
        int intensity = 40 + rnd.nextInt(90); // some sessions are typing-heavy, some are reading
        for (Instant slot = SegmentGrid.slotStart(start); slot.isBefore(end); slot = SegmentGrid.slotEnd(slot)) {
            Instant trackedFrom = start.isAfter(slot) ? start : slot;
            Instant slotEnd = SegmentGrid.slotEnd(slot);
            Instant trackedTo = end.isBefore(slotEnd) ? end : slotEnd;
            int tracked = (int) Duration.between(trackedFrom, trackedTo).toSeconds();
            if (tracked < 60 || slot.isBefore(from) || slotEnd.isAfter(now) || !used.add(slot)) continue;
            Instant takenAt = trackedFrom.plusSeconds(rnd.nextInt(tracked));
            int scene = w.spec().scenes().get(rnd.nextInt(w.spec().scenes().size()));
            out.add(new Segment(uuid(rnd), w.terms().id(), w.terms().freelancerId(), slot, tracked,
                    minutes(slot, trackedFrom, trackedTo, intensity, rnd), memo, label, Source.TRACKED,
                    shots.pick(scene, rnd, takenAt)));
        }
    }

    /** Ten minutes of counts: bursts of typing, pauses to think, and some low-activity segments (reading, calls). */
    private static List<MinuteActivity> minutes(Instant slot, Instant trackedFrom, Instant trackedTo, int intensity, SplittableRandom rnd) {
        boolean low = rnd.nextInt(12) == 0;
        List<MinuteActivity> minutes = new ArrayList<>(SegmentGrid.MINUTES_PER_SEGMENT);
        for (int m = 0; m < SegmentGrid.MINUTES_PER_SEGMENT; m++) {
            Instant mStart = slot.plusSeconds(m * 60L);
            boolean tracked = mStart.plusSeconds(60).isAfter(trackedFrom) && mStart.isBefore(trackedTo);
            boolean idle = low ? rnd.nextInt(10) < 8 : rnd.nextInt(9) == 0;
            if (!tracked || idle) {
                minutes.add(MinuteActivity.NONE);
                continue;
            }
            double burst = rnd.nextInt(4) == 0 ? 1.8 : 0.4 + rnd.nextDouble();
            int keys = (int) (intensity * burst * rnd.nextDouble(0.5, 1.2));
            minutes.add(new MinuteActivity(keys, rnd.nextInt(2, 25), rnd.nextInt(0, 40),
                    (int) (120 * burst) + rnd.nextInt(300)));
        }
        return minutes;
    }

    /** Now and then an hour of offline work, entered by hand before the day starts. */
    private static void manualTime(LocalDate day, ZoneId zone, List<Work> open, SplittableRandom rnd, Instant from,
                                   Instant now, Set<Instant> used, List<Segment> out) {
        if (day.getDayOfWeek() != DayOfWeek.TUESDAY && day.getDayOfWeek() != DayOfWeek.THURSDAY) return;
        List<Work> allowed = open.stream().filter(w -> w.terms().manualTimeAllowed()).toList();
        if (allowed.isEmpty()) return;
        Work w = allowed.get(rnd.nextInt(allowed.size()));
        Instant start = SegmentGrid.slotStart(day.atTime(LocalTime.of(7, 0)).atZone(zone).toInstant());
        String memo = MANUAL_MEMOS.get(rnd.nextInt(MANUAL_MEMOS.size()));
        String label = w.terms().activityLabels().isEmpty() ? null : w.terms().activityLabels().getLast();
        int slots = 3 + rnd.nextInt(4);
        for (int i = 0; i < slots; i++) {
            Instant slot = start.plus(10L * i, ChronoUnit.MINUTES);
            if (slot.isBefore(from) || SegmentGrid.slotEnd(slot).isAfter(now) || !used.add(slot)) continue;
            out.add(new Segment(uuid(rnd), w.terms().id(), w.terms().freelancerId(), slot, SegmentGrid.SEGMENT_SECONDS,
                    List.of(), memo, label, Source.MANUAL, null));
        }
    }

    private static Work pickWeighted(List<Work> open, SplittableRandom rnd) {
        double total = open.stream().mapToDouble(w -> w.spec().weeklyHours()).sum();
        double r = rnd.nextDouble(total);
        for (Work w : open) {
            r -= w.spec().weeklyHours();
            if (r < 0) return w;
        }
        return open.getLast();
    }

    /** A random (version 4) UUID drawn from the seed, so a demo generated twice is the same. */
    private static UUID uuid(SplittableRandom rnd) {
        long hi = (rnd.nextLong() & ~0xF000L) | 0x4000L;
        long lo = (rnd.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(hi, lo);
    }
}
