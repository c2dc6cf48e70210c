package org.hourbook.tracker.activity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hourbook.core.segment.MinuteActivity;
import org.hourbook.tracker.time.TimeSource;

/**
 * Counts input per clock minute. Counts only: the listeners call {@link #key()} and friends and
 * keep nothing about the event, so no key code or position exists here even for an instant.
 */
public final class ActivityCounter {
    /** The counts of one clock minute ({@code start} on the minute). */
    public record Minute(Instant start, MinuteActivity counts) {}

    private final TimeSource time;
    private long minute = Long.MIN_VALUE;
    private int keys;
    private int clicks;
    private int scrolls;
    private int moves;
    private final List<Minute> done = new ArrayList<>();
    private volatile Instant lastInput;

    public ActivityCounter(TimeSource time) {
        this.time = time;
    }

    public void key() {
        add(1, 0, 0, 0);
    }

    public void click() {
        add(0, 1, 0, 0);
    }

    public void scroll(int steps) {
        add(0, 0, Math.max(1, Math.abs(steps)), 0);
    }

    public void move() {
        add(0, 0, 0, 1);
    }

    /** The last input seen, or {@code null}. */
    public Instant lastInput() {
        return lastInput;
    }

    private synchronized void add(int k, int c, int s, int m) {
        Instant now = time.now();
        long mm = Math.floorDiv(now.getEpochSecond(), 60);
        if (mm != minute) {
            flush();
            minute = mm;
        }
        keys += k;
        clicks += c;
        scrolls += s;
        moves += m;
        lastInput = now;
    }

    /** Everything counted since the last call, by minute (a minute may appear in two drains). */
    public synchronized List<Minute> drain() {
        flush();
        List<Minute> out = List.copyOf(done);
        done.clear();
        return out;
    }

    private void flush() {
        if (minute != Long.MIN_VALUE && keys + clicks + scrolls + moves > 0) {
            done.add(new Minute(Instant.ofEpochSecond(minute * 60), new MinuteActivity(keys, clicks, scrolls, moves)));
        }
        keys = clicks = scrolls = moves = 0;
    }
}
