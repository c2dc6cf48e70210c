package org.hourbook.core.retainer;

import java.util.EnumSet;
import java.util.Set;

/**
 * The points of a cycle's available hours (cap + rollover) at which the freelancer, and if asked
 * the client, get one alert: 80 % and 100 %.
 * <pre>
 *  available 20 h         16 h (80 %)          20 h (100 %)
 *  |......................|....................|.............
 *  before 15 h, after 17 h     -> {80 %}          crossed when before < mark <= after
 *  before 15 h, after 21 h     -> {80 %, 100 %}   one change may cross both
 *  before 17 h, after 15 h     -> {}              going down crosses nothing
 * </pre>
 */
public enum Threshold {
    EIGHTY_PERCENT(80), FULL(100);

    private final int percent;

    Threshold(int percent) {
        this.percent = percent;
    }

    public int percent() {
        return percent;
    }

    /** The used seconds at which this threshold is reached: {@code ceil(available x percent / 100)}. */
    public long markSeconds(long availableSeconds) {
        return Math.ceilDiv(Math.multiplyExact(availableSeconds, percent), 100L);
    }

    /** The thresholds that used time going from {@code usedBefore} to {@code usedAfter} crossed. */
    public static Set<Threshold> crossed(long availableSeconds, long usedBefore, long usedAfter) {
        Set<Threshold> out = EnumSet.noneOf(Threshold.class);
        if (availableSeconds <= 0) return out;
        for (Threshold t : values()) {
            long mark = t.markSeconds(availableSeconds);
            if (usedBefore < mark && usedAfter >= mark) out.add(t);
        }
        return out;
    }

    /**
     * A key that names one alert: one threshold of one cycle of one contract. The outbox stores it
     * uniquely, so several nodes (or a change going down and up again) send it once.
     */
    public String alertKey(long contractId, Cycle cycle) {
        return "retainer-threshold:" + contractId + ":" + cycle.start().getEpochSecond() + ":" + percent;
    }
}
