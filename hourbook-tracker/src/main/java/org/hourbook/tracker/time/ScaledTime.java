package org.hourbook.tracker.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * The machine's time, optionally compressed: {@code virtual = virtualOrigin + (real - realOrigin) * factor}.
 * With factor 1 and equal origins it is the machine's clock. Tests and benches run the tracker
 * (and the server they start) on the same compressed time, so a 10-minute segment passes in a
 * second while both sides still see whole 600 s segments on the UTC grid; every process that is
 * given the same three numbers computes the same virtual time from its own system clock.
 * <pre>
 *  real     R0 ----1s----> R0+1s
 *  virtual  V0 ---600s---> V0+600s          (factor 600)
 * </pre>
 */
public record ScaledTime(Instant realOrigin, Instant virtualOrigin, double factor) implements TimeSource {
    static final ScaledTime REAL = new ScaledTime(Instant.EPOCH, Instant.EPOCH, 1);
    private static final long NANO_ORIGIN = System.nanoTime();

    public ScaledTime {
        if (!(factor >= 1) || factor > 100_000) throw new IllegalArgumentException("time factor must be 1..100000, was " + factor);
    }

    public boolean isReal() {
        return factor == 1 && realOrigin.equals(virtualOrigin);
    }

    @Override
    public Instant now() {
        Instant real = Instant.now();
        if (isReal()) return real;
        long realMicros = Duration.between(realOrigin, real).toNanos() / 1000;
        return virtualOrigin.plusNanos((long) (realMicros * factor) * 1000);
    }

    @Override
    public long elapsedNanos() {
        long n = System.nanoTime() - NANO_ORIGIN;
        return factor == 1 ? n : (long) (n * factor);
    }

    @Override
    public Clock machineClock() {
        return Clock.systemUTC();
    }

    @Override
    public Duration toReal(Duration d) {
        return factor == 1 ? d : Duration.ofNanos((long) (d.toNanos() / factor));
    }

    @Override
    public Duration fromReal(Duration real) {
        return factor == 1 ? real : Duration.ofNanos((long) (real.toNanos() * factor));
    }

    /** {@code factor@realOrigin=virtualOrigin}, e.g. {@code 600@2026-11-18T10:00:00Z=2026-11-17T00:00:00Z}. */
    public String spec() {
        return String.format(Locale.ROOT, "%s@%s=%s", factor == Math.rint(factor) ? Long.toString((long) factor) : Double.toString(factor),
                realOrigin, virtualOrigin);
    }

    public static ScaledTime parse(String spec) {
        try {
            String[] a = spec.trim().split("@", 2);
            String[] b = a[1].split("=", 2);
            return new ScaledTime(Instant.parse(b[0]), Instant.parse(b[1]), Double.parseDouble(a[0]));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("time scale is factor@realOrigin=virtualOrigin (ISO instants), got \"" + spec + "\"", e);
        }
    }
}
