package org.hourbook.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Does a SQLite statement run slower when it is reused (reset, parameters cleared, bound again, as
 * the server's {@code StatementCache} does) than when it is prepared afresh? The diary's two
 * segment queries on the diary bench's data, one connection, one thread, the two ways in
 * alternating turns over the same random days, reading every column. A wave-4 CPU profile
 * suggested reuse doubled {@code sqlite3_step}; this is the direct measurement.
 */
final class StatementBench {
    private StatementBench() {}

    static String run(World world, int freelancers, int years, int opsPerTurn, int rounds) throws Exception {
        List<LocalDate> days = new ArrayList<>();
        List<World.Freelancer> fs = world.addFreelancers(freelancers, "statements");
        long rows = DiaryBench.fill(world, fs, years, days);
        StringBuilder out = new StringBuilder(String.format("statements: %,d segments, %,d day+week query pairs per turn%n", rows, opsPerTurn));
        double fresh = 0, reused = 0;
        try (Connection c = Rows.connect(world.jdbcUrl())) {
            Map<String, PreparedStatement> kept = new HashMap<>();
            turn(c, null, fs, days, opsPerTurn, -1); // warm-up, both ways
            turn(c, kept, fs, days, opsPerTurn, -2);
            for (int r = 0; r < rounds; r++) {
                // A B, then B A: the machine's drift falls on both alike
                boolean freshFirst = r % 2 == 0;
                double a = turn(c, freshFirst ? null : kept, fs, days, opsPerTurn, r);
                double b = turn(c, freshFirst ? kept : null, fs, days, opsPerTurn, r);
                fresh += freshFirst ? a : b;
                reused += freshFirst ? b : a;
                out.append(String.format("  round %d: prepared afresh %.1f µs, reused %.1f µs per pair%n", r + 1,
                        freshFirst ? a : b, freshFirst ? b : a));
            }
            for (PreparedStatement ps : kept.values()) ps.close();
        }
        return out.append(String.format("  mean: prepared afresh %.1f µs, reused %.1f µs (reused / afresh %.2f)",
                fresh / rounds, reused / rounds, reused / fresh)).toString();
    }

    /** @param kept statements to reuse, or {@code null} to prepare each one afresh; @return µs per day+week pair */
    private static double turn(Connection c, Map<String, PreparedStatement> kept, List<World.Freelancer> fs, List<LocalDate> days,
                               int ops, long seed) throws SQLException {
        SplittableRandom rnd = new SplittableRandom(seed);
        long rows = 0;
        long t0 = System.nanoTime();
        for (int i = 0; i < ops; i++) {
            World.Freelancer f = fs.get(rnd.nextInt(fs.size()));
            LocalDate day = days.get(rnd.nextInt(days.size()));
            long monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
            long start = day.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
            rows += query(c, kept, DiaryBench.WEEK_TIMING_SQL, f.contractId(), monday, monday + 7 * 86_400);
            rows += query(c, kept, DiaryBench.DAY_SQL, f.contractId(), start, start + 86_400);
        }
        if (rows == 0) throw new IllegalStateException("no rows read");
        return (System.nanoTime() - t0) / 1e3 / ops;
    }

    private static long query(Connection c, Map<String, PreparedStatement> kept, String sql, long contract, long from, long to)
            throws SQLException {
        PreparedStatement ps = kept == null ? c.prepareStatement(sql) : kept.computeIfAbsent(sql, s -> prepare(c, s));
        try {
            ps.setLong(1, contract);
            ps.setLong(2, from);
            ps.setLong(3, to);
            long n = 0;
            try (ResultSet rs = ps.executeQuery()) {
                int cols = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= cols; i++) rs.getObject(i);
                    n++;
                }
            }
            return n;
        } finally {
            if (kept == null) ps.close();
            else ps.clearParameters();
        }
    }

    private static PreparedStatement prepare(Connection c, String sql) {
        try {
            return c.prepareStatement(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
