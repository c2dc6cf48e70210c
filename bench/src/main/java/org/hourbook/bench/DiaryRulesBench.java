package org.hourbook.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.hourbook.core.contract.BillingRounding;
import org.hourbook.core.diary.DiaryDay;
import org.hourbook.core.segment.MinuteActivity;
import org.hourbook.core.segment.Segment;
import org.hourbook.core.segment.Source;
import org.hourbook.core.week.WeeklyLimitPolicy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The CPU part of a diary day request, without I/O: over-limit marks for a full billing week
 * (5 days × 6 h = 180 segments, limit 20 h) and the day's hour-by-hour layout in a zone with a
 * 45-minute offset. Shows how much of the endpoint's time the rules themselves take.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DiaryRulesBench {
    private List<Segment> week;
    private List<Segment> day;
    private final LocalDate monday = LocalDate.of(2026, 11, 16);

    @Setup
    public void fill() {
        SplittableRandom rnd = new SplittableRandom(7);
        week = new ArrayList<>();
        for (int d = 0; d < 5; d++) {
            Instant nine = monday.plusDays(d).atTime(9, 0).toInstant(java.time.ZoneOffset.UTC);
            for (int i = 0; i < 36; i++) {
                List<MinuteActivity> minutes = new ArrayList<>();
                for (int m = 0; m < 10; m++) minutes.add(new MinuteActivity(rnd.nextInt(200), rnd.nextInt(20), rnd.nextInt(30), rnd.nextInt(400)));
                week.add(new Segment(UUID.randomUUID(), 1, 1, nine.plusSeconds(600L * i), 600, minutes, "memo", "Build", Source.TRACKED, null));
            }
        }
        day = week.subList(72, 108);
    }

    @Benchmark
    public Set<UUID> overLimitOfAWeek() {
        return WeeklyLimitPolicy.overLimit(week, 20, BillingRounding.SEGMENT);
    }

    @Benchmark
    public DiaryDay layoutOfADay() {
        return DiaryDay.layout(monday.plusDays(2), ZoneId.of("Asia/Kathmandu"), day);
    }
}
