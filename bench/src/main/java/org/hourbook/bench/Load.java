package org.hourbook.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * A closed-loop load generator: {@code threads} workers each run one operation after another for
 * a fixed time, recording every latency. Bounded by time, so a slow system finishes too.
 */
final class Load {
    /** One operation; returns normally when it succeeded, throws when it did not. */
    interface Op {
        void run() throws Exception;
    }

    /**
     * @param cpuNanos CPU time of the whole process during the measured part (server, load
     *                 generator, JIT and GC together): per operation, the figure a busy machine
     *                 distorts least, since waiting for a core costs no CPU time
     */
    record Result(String name, long ops, long errors, Duration elapsed, long[] latenciesNanos, long cpuNanos) {
        double perSecond() {
            return ops / (elapsed.toNanos() / 1e9);
        }

        double cpuMicrosPerOp() {
            return ops == 0 ? Double.NaN : cpuNanos / 1e3 / ops;
        }

        double percentileMillis(double p) {
            if (latenciesNanos.length == 0) return Double.NaN;
            int i = (int) Math.ceil(p / 100.0 * latenciesNanos.length) - 1;
            return latenciesNanos[Math.max(0, Math.min(i, latenciesNanos.length - 1))] / 1e6;
        }

        @Override
        public String toString() {
            return String.format("%-28s %9.0f ops/s  p50 %6.2f ms  p99 %6.2f ms  CPU %,6.0f µs/op  (%d ops, %d errors, %d s)",
                    name, perSecond(), percentileMillis(50), percentileMillis(99), cpuMicrosPerOp(), ops, errors, elapsed.toSeconds());
        }
    }

    private Load() {}

    /** Warms up for {@code warmup}, then measures for {@code measure}. {@code ops.apply(worker)} gives each worker its operation. */
    static Result run(String name, int threads, Duration warmup, Duration measure, IntFunction<Op> ops) throws Exception {
        drive(threads, warmup, ops);
        return measure(name, threads, measure, ops);
    }

    /** One side of a comparison: its name and each worker's operation. */
    record Side(String name, IntFunction<Op> ops) {}

    /**
     * Two sides measured in turn in one run: each warms up for {@code warmup}, then they take
     * {@code rounds} turns of {@code measure / rounds} each, in the order A B, then B A, then A B
     * and so on. A shared machine's load drifts over a minute; short alternating turns put that
     * drift on both sides alike, where one long run each put it all on whichever side ran second.
     *
     * @return the two results, each summed over its turns
     */
    static Result[] alternate(Side a, Side b, int threads, Duration warmup, Duration measure, int rounds) throws Exception {
        drive(threads, warmup, a.ops());
        drive(threads, warmup, b.ops());
        Duration turn = measure.dividedBy(rounds);
        List<Result> turnsA = new ArrayList<>();
        List<Result> turnsB = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            boolean aFirst = r % 2 == 0;
            Side first = aFirst ? a : b;
            Side second = aFirst ? b : a;
            Result one = measure(first.name(), threads, turn, first.ops());
            Result two = measure(second.name(), threads, turn, second.ops());
            (aFirst ? turnsA : turnsB).add(one);
            (aFirst ? turnsB : turnsA).add(two);
        }
        return new Result[] {sum(a.name(), turnsA), sum(b.name(), turnsB)};
    }

    private static Result measure(String name, int threads, Duration measure, IntFunction<Op> ops) throws Exception {
        long cpu0 = processCpuNanos();
        long start = System.nanoTime();
        List<long[]> perWorker = drive(threads, measure, ops);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        long cpu = processCpuNanos() - cpu0;
        long errors = perWorker.stream().mapToLong(a -> a[a.length - 1]).sum();
        long[] all = perWorker.stream().flatMapToLong(a -> Arrays.stream(a, 0, a.length - 1)).filter(x -> x >= 0).sorted().toArray();
        return new Result(name, all.length, errors, elapsed, all, cpu);
    }

    private static Result sum(String name, List<Result> turns) {
        long[] all = turns.stream().flatMapToLong(t -> Arrays.stream(t.latenciesNanos())).sorted().toArray();
        Duration elapsed = turns.stream().map(Result::elapsed).reduce(Duration.ZERO, Duration::plus);
        return new Result(name, all.length, turns.stream().mapToLong(Result::errors).sum(), elapsed, all,
                turns.stream().mapToLong(Result::cpuNanos).sum());
    }

    /** CPU time of this process so far, all threads. */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Each worker's latencies, with its error count in the last slot. */
    private static List<long[]> drive(int threads, Duration duration, IntFunction<Op> ops) throws Exception {
        long deadline = System.nanoTime() + duration.toNanos();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<long[]>> futures = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                Op op = ops.apply(w);
                Callable<long[]> worker = () -> {
                    long[] lat = new long[1 << 16];
                    int n = 0;
                    long errors = 0;
                    while (System.nanoTime() < deadline) {
                        long t0 = System.nanoTime();
                        try {
                            op.run();
                            if (n == lat.length) lat = Arrays.copyOf(lat, n * 2);
                            lat[n++] = System.nanoTime() - t0;
                        } catch (Exception e) {
                            if (errors++ == 0) System.err.println("bench: " + name(e));
                        }
                    }
                    long[] out = Arrays.copyOf(lat, n + 1);
                    out[n] = errors;
                    return out;
                };
                futures.add(pool.submit(worker));
            }
            List<long[]> results = new ArrayList<>();
            for (Future<long[]> f : futures) results.add(f.get());
            return results;
        }
    }

    private static String name(Exception e) {
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
