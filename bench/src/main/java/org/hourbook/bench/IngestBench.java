package org.hourbook.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * a bare JDBC batch insert into the same SQLite file, in one run. Bare JDBC goes first, so the API
 * writes into the larger table (the comparison errs against the API).
 */
final class IngestBench {
    record Result(int rows, int batchSize, int clients, double jdbcRowsPerSecond, double apiRowsPerSecond) {
        double ratio() {
            return apiRowsPerSecond / jdbcRowsPerSecond;
        }

        @Override
        public String toString() {
            return String.format("ingest: %d rows in batches of %d | bare JDBC %,.0f rows/s | API (%d clients) %,.0f rows/s | ratio %.2f",
                    rows, batchSize, jdbcRowsPerSecond, clients, apiRowsPerSecond, ratio());
        }
    }

    private IngestBench() {}

    static Result run(World world, int rows, int batchSize, int clients) throws Exception {
        List<Instant> slots = editableSlots(Instant.now());
        int perFreelancer = Math.min(slots.size(), 600);
        int freelancers = (rows + perFreelancer - 1) / perFreelancer;
        // Warm both paths up (JIT, pool, page cache) on their own freelancers first.
        jdbc(world, batches(world.addFreelancers(2, "warm-jdbc"), slots, 1000, batchSize, 1));
        api(world, batches(world.addFreelancers(2, "warm-api"), slots, 1000, batchSize, 2), clients);

        List<List<Rows.Row>> jdbcBatches = batches(world.addFreelancers(freelancers, "jdbc"), slots, rows, batchSize, 3);
        List<List<Rows.Row>> apiBatches = batches(world.addFreelancers(freelancers, "api"), slots, rows, batchSize, 4);
        double jdbc = rows / seconds(jdbc(world, jdbcBatches));
        double api = rows / seconds(api(world, apiBatches, clients));
        return new Result(rows, batchSize, clients, jdbc, api);
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

    private static Duration api(World world, List<List<Rows.Row>> batches, int clients) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ConcurrentLinkedQueue<List<Rows.Row>> queue = new ConcurrentLinkedQueue<>(batches);
        AtomicLong failures = new AtomicLong();
        Map<Long, World.Freelancer> byContract = world.freelancers.stream().collect(Collectors.toMap(World.Freelancer::contractId, f -> f));
        long t0 = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> fs = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                fs.add(pool.submit(() -> {
                    for (List<Rows.Row> batch; (batch = queue.poll()) != null; ) {
                        World.Freelancer f = byContract.get(batch.getFirst().contractId());
                        HttpRequest req = HttpRequest.newBuilder(URI.create(world.baseUrl() + "/api/v1/contracts/" + f.contractId() + "/segments"))
                                .header("Authorization", "Bearer " + f.token()).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(Rows.json(batch))).build();
                        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() != 200 && failures.getAndIncrement() == 0) {
                            System.err.println("bench: upload answered " + r.statusCode() + ": " + r.body().substring(0, Math.min(300, r.body().length())));
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

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }
}
