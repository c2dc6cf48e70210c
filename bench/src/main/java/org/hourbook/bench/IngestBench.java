package org.hourbook.bench;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Segment batch ingest: the same rows through {@code POST /api/v1/contracts/{id}/segments} and as
 * a bare JDBC batch insert into the same SQLite file, in one run. After both sides' warm-ups the
 * rows are written in {@code rounds} turns whose order alternates (JDBC then API, API then JDBC,
 * ...), as the diary bench does: a shared machine's load drift then falls on both sides alike,
 * and the tables grow evenly under both. The ratio is of the sums; the turns' own ratios show
 * the spread.
 */
final class IngestBench {
    record Result(int rows, int batchSize, int clients, Side jdbc, Side api, List<Double> turnRatios) {
        double jdbcRowsPerSecond() {
            return rows / jdbc.seconds();
        }

        double apiRowsPerSecond() {
            return rows / api.seconds();
        }

        double ratio() {
            return apiRowsPerSecond() / jdbcRowsPerSecond();
        }

        @Override
        public String toString() {
            List<Double> sorted = turnRatios.stream().sorted().toList();
            return String.format("ingest: %d rows in batches of %d, %d alternating turns | bare JDBC %,.0f rows/s (CPU %.1f µs/row) | "
                    + "API (%d clients) %,.0f rows/s (CPU %.1f µs/row) | ratio %.2f (turns %.2f-%.2f, median %.2f)", rows, batchSize,
                    turnRatios.size(), jdbcRowsPerSecond(), jdbc.cpuNanos / 1e3 / rows, clients, apiRowsPerSecond(),
                    api.cpuNanos / 1e3 / rows, ratio(), sorted.getFirst(), sorted.getLast(), sorted.get(sorted.size() / 2));
        }
    }

    /** One side's wall time and the process's CPU time while it ran. */
    record Side(double seconds, long cpuNanos) {
        static Side measure(java.util.concurrent.Callable<Duration> run) throws Exception {
            long cpu0 = Load.processCpuNanos();
            Duration wall = run.call();
            return new Side(wall.toNanos() / 1e9, Load.processCpuNanos() - cpu0);
        }

        Side plus(Side other) {
            return new Side(seconds + other.seconds, cpuNanos + other.cpuNanos);
        }
    }

    private IngestBench() {}

    /**
     * Rows each side writes before the measured run, on freelancers of its own, by default: enough
     * requests (800 of 50 rows) for the JIT to compile the server's upload path, as it is in a
     * server that has been up for a minute. With 1,000 rows the API was measured half-interpreted,
     * and 10,000 still left it short of its steady state (bench/README.md).
     */
    static final int WARM_UP_ROWS = 40_000;

    static Result run(World world, int rows, int batchSize, int clients, int warmUpRows, int rounds) throws Exception {
        List<Instant> slots = editableSlots(Instant.now());
        // Warm both paths up (JIT, pool, page cache) on their own freelancers first.
        jdbc(world, batches(world.addFreelancers(freelancersFor(warmUpRows, slots), "warm-jdbc"), slots, warmUpRows, batchSize, 1));
        api(world, requests(world, batches(world.addFreelancers(freelancersFor(warmUpRows, slots), "warm-api"), slots, warmUpRows,
                batchSize, 2)), clients);

        int perTurn = Math.max(batchSize, rows / rounds);
        Side jdbc = new Side(0, 0);
        Side api = new Side(0, 0);
        List<Double> ratios = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            int freelancers = freelancersFor(perTurn, slots);
            List<List<Rows.Row>> jdbcBatches = batches(world.addFreelancers(freelancers, "jdbc" + r), slots, perTurn, batchSize, 3 + 2L * r);
            // The load generator's own work (the JSON of every request) is done before the clock starts.
            List<Upload> apiRequests = requests(world, batches(world.addFreelancers(freelancers, "api" + r), slots, perTurn, batchSize,
                    4 + 2L * r));
            Side j;
            Side a;
            if (r % 2 == 0) {
                j = Side.measure(() -> jdbc(world, jdbcBatches));
                a = Side.measure(() -> api(world, apiRequests, clients));
            } else {
                a = Side.measure(() -> api(world, apiRequests, clients));
                j = Side.measure(() -> jdbc(world, jdbcBatches));
            }
            jdbc = jdbc.plus(j);
            api = api.plus(a);
            ratios.add(j.seconds() / a.seconds());
        }
        return new Result(perTurn * rounds, batchSize, clients, jdbc, api, ratios);
    }

    private static int freelancersFor(int rows, List<Instant> slots) {
        int perFreelancer = Math.min(slots.size(), 600);
        return (rows + perFreelancer - 1) / perFreelancer;
    }

    /** One upload request, its JSON made before the clock starts. */
    record Upload(String path, String token, byte[] body) {}

    private static List<Upload> requests(World world, List<List<Rows.Row>> batches) {
        Map<Long, World.Freelancer> byContract = world.freelancers.stream().collect(Collectors.toMap(World.Freelancer::contractId, f -> f));
        return batches.stream().map(batch -> {
            World.Freelancer f = byContract.get(batch.getFirst().contractId());
            return new Upload("/api/v1/contracts/" + f.contractId() + "/segments", f.token(), Rows.json(batch).getBytes(StandardCharsets.UTF_8));
        }).toList();
    }

    /** Slots the edit window accepts now: this billing week, and the previous one until Monday 12:00 UTC. */
    static List<Instant> editableSlots(Instant now) {
        Instant monday = now.atZone(ZoneOffset.UTC).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant from = now.isBefore(monday.plus(Duration.ofHours(11))) ? monday.minus(Duration.ofDays(7)) : monday;
        List<Instant> slots = new ArrayList<>();
        for (Instant s = from; !s.plusSeconds(600).isAfter(now.minusSeconds(60)); s = s.plusSeconds(600)) slots.add(s);
        return slots;
    }

    private static List<List<Rows.Row>> batches(List<World.Freelancer> fs, List<Instant> slots, int rows, int batchSize, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<List<Rows.Row>> out = new ArrayList<>();
        int perFreelancer = Math.min(slots.size(), (rows + fs.size() - 1) / fs.size());
        int made = 0;
        for (World.Freelancer f : fs) {
            List<Rows.Row> batch = new ArrayList<>();
            for (int i = 0; i < perFreelancer && made < rows; i++, made++) {
                batch.add(Rows.row(rnd, f.contractId(), f.userId(), slots.get(i)));
                if (batch.size() == batchSize) {
                    out.add(batch);
                    batch = new ArrayList<>();
                }
            }
            if (!batch.isEmpty()) out.add(batch);
        }
        return out;
    }

    private static Duration jdbc(World world, List<List<Rows.Row>> batches) throws Exception {
        long t0 = System.nanoTime();
        try (Connection c = Rows.connect(world.jdbcUrl()); PreparedStatement ps = c.prepareStatement(Rows.INSERT)) {
            c.setAutoCommit(false);
            for (List<Rows.Row> batch : batches) {
                long now = Instant.now().getEpochSecond();
                for (Rows.Row r : batch) {
                    Rows.bind(ps, r, now);
                    ps.addBatch();
                }
                ps.executeBatch();
                c.commit(); // one transaction per batch, as the API does per request
            }
        }
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    private static Duration api(World world, List<Upload> uploads, int clients) throws Exception {
        ConcurrentLinkedQueue<Upload> queue = new ConcurrentLinkedQueue<>(uploads);
        AtomicLong failures = new AtomicLong();
        URI base = URI.create(world.baseUrl());
        long t0 = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> fs = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                fs.add(pool.submit(() -> {
                    try (RawHttp http = new RawHttp(base.getHost(), base.getPort())) {
                        for (Upload u; (u = queue.poll()) != null; ) {
                            RawHttp.Response r = http.post(u.path(), u.token(), "application/json", u.body());
                            if (r.status() != 200 && failures.getAndIncrement() == 0) {
                                String body = r.text();
                                System.err.println("bench: upload answered " + r.status() + ": " + body.substring(0, Math.min(300, body.length())));
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : fs) f.get();
        }
        if (failures.get() > 0) throw new IllegalStateException(failures.get() + " uploads failed; the figures would be meaningless");
        return Duration.ofNanos(System.nanoTime() - t0);
    }
}
