package org.hourbook.bench;

import java.io.IOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

/**
 * The diary day with two years of history: {@code GET /api/v1/contracts/{id}/diary?date=&tz=utc}
 * under load, against the same SQL run bare over JDBC with the same number of workers, in one run.
 * The bare run does what the endpoint needs from the database: find the token, the user, their
 * memberships, the contract, and the segments of the billing week(s) the day touches (the API
 * loads whole weeks to mark over-limit time exactly), reading every column.
 */
final class DiaryBench {
    /** The two segment queries of a diary request, as the server sends them (contract, from, to). */
    static final String WEEK_TIMING_SQL = "SELECT id, contract_id, freelancer_id, start_utc, tracked_seconds, source FROM segments"
            + " WHERE contract_id = ? AND start_utc >= ? AND start_utc < ? ORDER BY start_utc";
    static final String DAY_SQL = "SELECT * FROM segments WHERE contract_id = ? AND start_utc >= ? AND start_utc < ? ORDER BY start_utc";

    record Result(int freelancers, long segments, Duration fill, Load.Result api, Load.Result sql) {
        double ratio() {
            return api.perSecond() / sql.perSecond();
        }

        @Override
        public String toString() {
            return String.format("diary: %d freelancers, %,d segments (filled in %d s)%n  %s%n  %s%n  ratio %.2f",
                    freelancers, segments, fill.toSeconds(), api, sql, ratio());
        }
    }

    private DiaryBench() {}

    /** Fills {@code years} of weekdays (six hours a day) for each freelancer; adds the work days to {@code days}, returns the row count. */
    static long fill(World world, List<World.Freelancer> fs, int years, List<LocalDate> days) throws SQLException {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (LocalDate d = today.minusYears(years); d.isBefore(today); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) days.add(d);
        }
        SplittableRandom rnd = new SplittableRandom(42);
        long rows = 0;
        try (Connection c = Rows.connect(world.jdbcUrl()); PreparedStatement ps = c.prepareStatement(Rows.INSERT)) {
            c.setAutoCommit(false);
            long now = Instant.now().getEpochSecond();
            for (World.Freelancer f : fs) {
                for (LocalDate d : days) {
                    Instant morning = d.atTime(9, 0).toInstant(ZoneOffset.UTC);
                    Instant afternoon = d.atTime(13, 0).toInstant(ZoneOffset.UTC);
                    for (int i = 0; i < 36; i++) {
                        Instant start = (i < 18 ? morning : afternoon).plusSeconds(600L * (i % 18));
                        Rows.bind(ps, Rows.row(rnd, f.contractId(), f.userId(), start), now);
                        ps.addBatch();
                        rows++;
                    }
                }
                ps.executeBatch();
                c.commit();
            }
        }
        return rows;
    }

    static Result run(World world, int freelancers, int years, int threads, Duration warmup, Duration measure, int rounds)
            throws Exception {
        List<LocalDate> days = new ArrayList<>();
        long t0 = System.nanoTime();
        List<World.Freelancer> fs = world.addFreelancers(freelancers, "diary");
        long rows = fill(world, fs, years, days);
        Duration fill = Duration.ofNanos(System.nanoTime() - t0);
        RawHttp[] http = new RawHttp[threads]; // one kept-alive connection per worker, for warm-up and every turn
        List<Connection> jdbc = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) jdbc.add(Rows.connect(world.jdbcUrl()));
            Load.Result[] r = Load.alternate(new Load.Side("API diary day", apiOps(URI.create(world.baseUrl()), fs, days, http)),
                    new Load.Side("bare SQL, same queries", sqlOps(jdbc, fs, days)), threads, warmup, measure, rounds);
            return new Result(freelancers, rows, fill, r[0], r[1]);
        } finally {
            for (RawHttp c : http) if (c != null) c.close();
            for (Connection c : jdbc) c.close();
        }
    }

    static Load.Result apiLoad(String baseUrl, List<World.Freelancer> fs, List<LocalDate> days, int threads, Duration warmup,
                               Duration measure) throws Exception {
        RawHttp[] connections = new RawHttp[threads];
        try {
            return Load.run("API diary day", threads, warmup, measure, apiOps(URI.create(baseUrl), fs, days, connections));
        } finally {
            for (RawHttp c : connections) if (c != null) c.close();
        }
    }

    /** Worker {@code w} asks for random days of random freelancers over {@code connections[w]}, opened on first use. */
    private static IntFunction<Load.Op> apiOps(URI base, List<World.Freelancer> fs, List<LocalDate> days, RawHttp[] connections) {
        return worker -> {
            SplittableRandom rnd = new SplittableRandom(worker);
            return () -> {
                if (connections[worker] == null) connections[worker] = new RawHttp(base.getHost(), base.getPort());
                World.Freelancer f = fs.get(rnd.nextInt(fs.size()));
                LocalDate day = days.get(rnd.nextInt(days.size()));
                String path = "/api/v1/contracts/" + f.contractId() + "/diary?date=" + day + "&tz=utc";
                RawHttp.Response r;
                try {
                    r = connections[worker].get(path, f.token());
                } catch (IOException closed) {
                    // Jetty closes connections idle for 30 s, as they are while the other side warms up.
                    connections[worker].close();
                    connections[worker] = new RawHttp(base.getHost(), base.getPort());
                    r = connections[worker].get(path, f.token());
                }
                if (r.status() != 200 || r.body().length < 1000) {
                    String body = r.text();
                    throw new IllegalStateException("diary answered " + r.status() + ": " + body.substring(0, Math.min(200, body.length())));
                }
            };
        };
    }

    private static IntFunction<Load.Op> sqlOps(List<Connection> connections, List<World.Freelancer> fs, List<LocalDate> days) {
        return worker -> {
            SplittableRandom rnd = new SplittableRandom(worker);
            Connection c = connections.get(worker);
            return () -> bareDiary(c, fs.get(rnd.nextInt(fs.size())), days.get(rnd.nextInt(days.size())));
        };
    }

    private static void bareDiary(Connection c, World.Freelancer f, LocalDate day) throws SQLException {
        long userId = -1;
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM api_tokens WHERE token_hash = ? AND revoked_at IS NULL")) {
            ps.setString(1, Rows.sha256(f.token()));
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) userId = rs.getLong("user_id");
            }
        }
        if (userId != f.userId()) throw new IllegalStateException("token not found");
        consume(c, "SELECT * FROM users WHERE id = ?", userId);
        consume(c, "SELECT * FROM memberships WHERE user_id = ?", userId);
        consume(c, "SELECT * FROM contracts WHERE id = ?", f.contractId());
        consume(c, "SELECT * FROM contract_billing_terms WHERE contract_id = ? ORDER BY effective_from", f.contractId());
        Instant monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(ZoneOffset.UTC).toInstant();
        // As the API reads since 8aee88f: the week's timing columns for totals and over-limit marks,
        // then the day itself in full with its per-minute counts.
        try (PreparedStatement ps = c.prepareStatement(WEEK_TIMING_SQL)) {
            ps.setLong(1, f.contractId());
            ps.setLong(2, monday.getEpochSecond());
            ps.setLong(3, monday.plus(Duration.ofDays(7)).getEpochSecond());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) for (int i = 1; i <= 6; i++) rs.getObject(i);
            }
        }
        Instant dayStart = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        try (PreparedStatement ps = c.prepareStatement(DAY_SQL)) {
            ps.setLong(1, f.contractId());
            ps.setLong(2, dayStart.getEpochSecond());
            ps.setLong(3, dayStart.plus(Duration.ofDays(1)).getEpochSecond());
            try (ResultSet rs = ps.executeQuery()) {
                int n = 0;
                int cols = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= cols; i++) rs.getObject(i);
                    for (String minute : rs.getString("minutes").split(",")) {
                        for (String count : minute.split("\\.")) n += Integer.parseInt(count) & 1;
                    }
                }
                if (n < 0) throw new IllegalStateException();
            }
        }
    }

    private static void consume(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                int cols = rs.getMetaData().getColumnCount();
                while (rs.next()) for (int i = 1; i <= cols; i++) rs.getObject(i);
            }
        }
    }
}
