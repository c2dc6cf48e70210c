package org.hourbook.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs the benchmarks of bench/README.md, each bounded in time. Usage:
 * <pre>
 * java -jar bench/target/benchmarks.jar [ingest|diary|startup|all|statements] [--rows 20000] [--batch 50] [--clients 4]
 *      [--warmup-rows 40000] [--freelancers 50] [--years 2] [--threads 4] [--warmup 30] [--seconds 15] [--rounds 5] [--runs 5]
 * </pre>
 * Both sides warm up first (the diary 30 s each, ingest 40,000 rows each) so the JIT has compiled
 * the request path: after 3 s of diary load the C2 compiler still used a quarter of a core while
 * measuring (top -H), and 10 s left the API at 1.4-1.9 ms of CPU per request against 1.0-1.1 ms
 * after 30 s, so the server was measured half-compiled, unlike one that has been up a minute.
 * Both then take {@code --rounds} turns each in alternating order: the diary ({@link Load#alternate})
 * and ingest (the rows split across the turns).
 * {@code tracker [--memory 1] [--idle 180] [--rounds 20]} and {@code trackers [--freelancers 2000] [--seconds 20] [--connections 48]}
 * (not part of {@code all}) measure the desktop tracker ({@link TrackerBench}) and how many trackers
 * one server node takes ({@link TrackersBench}).
 * {@code statements [--ops 5000] [--rounds 6]} (not part of {@code all}) times the diary's two
 * segment queries with statements reused against prepared afresh ({@link StatementBench}).
 * The micro-benchmarks of the diary's rules run with JMH:
 * {@code java -cp bench/target/benchmarks.jar org.openjdk.jmh.Main DiaryRulesBench}.
 */
public final class Bench {
    private Bench() {}

    public static void main(String[] args) throws Exception {
        String what = args.length > 0 && !args[0].startsWith("--") ? args[0] : "all";
        Map<String, Integer> opt = options(args);
        Path jar = Path.of(Bench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path tmp = Files.createTempDirectory("hourbook-bench-");
        System.out.printf("hourbook bench on %d cores, Java %s, %s; load average before: %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.version(), what, loadAverage());
        try {
            if (what.equals("ingest") || what.equals("all")) {
                try (World w = World.open(tmp.resolve("ingest"))) {
                    System.out.println(IngestBench.run(w, opt.getOrDefault("rows", 20_000), opt.getOrDefault("batch", 50),
                            opt.getOrDefault("clients", 4), opt.getOrDefault("warmup-rows", IngestBench.WARM_UP_ROWS),
                            opt.getOrDefault("rounds", 5)));
                }
            }
            Path diaryDir = tmp.resolve("diary");
            List<World.Freelancer> diaryFreelancers = new ArrayList<>();
            List<LocalDate> days = new ArrayList<>();
            if (what.equals("diary") || what.equals("all")) {
                try (World w = World.open(diaryDir)) {
                    DiaryBench.Result r = DiaryBench.run(w, opt.getOrDefault("freelancers", 50), opt.getOrDefault("years", 2),
                            opt.getOrDefault("threads", 4), Duration.ofSeconds(opt.getOrDefault("warmup", 30)),
                            Duration.ofSeconds(opt.getOrDefault("seconds", 15)), opt.getOrDefault("rounds", 5));
                    System.out.println(r);
                    diaryFreelancers.addAll(w.freelancers);
                    LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
                    for (LocalDate d = today.minusYears(opt.getOrDefault("years", 2)); d.isBefore(today); d = d.plusDays(1)) {
                        if (d.getDayOfWeek().getValue() <= 5) days.add(d);
                    }
                }
            }
            if (what.equals("retainer") || what.equals("all")) {
                try (World w = World.open(tmp.resolve("retainer"), c -> c.withTrustedProxies(List.of("127.0.0.1")))) {
                    System.out.println(RetainerBench.publicPage(w, tmp.resolve("retainer-page"), opt.getOrDefault("threads", 4),
                            Duration.ofSeconds(opt.getOrDefault("warmup", 30)), Duration.ofSeconds(opt.getOrDefault("seconds", 15)),
                            opt.getOrDefault("rounds", 5)));
                }
            }
            if (what.equals("import") || what.equals("all")) {
                try (World w = World.open(tmp.resolve("import"))) {
                    System.out.println(RetainerBench.csvImport(w, tmp, opt.getOrDefault("import-rows", 200_000), opt.getOrDefault("import-rounds", 3)));
                }
                Path java = Path.of(System.getProperty("java.home"), "bin", "java");
                Process p = new ProcessBuilder(java.toString(), "-Xmx256m", "--enable-native-access=ALL-UNNAMED", "-cp", jar.toString(),
                        ImportHeap.class.getName(), tmp.resolve("heap").toString(), Integer.toString(opt.getOrDefault("heap-rows", 1_000_000)))
                        .inheritIO().start();
                if (p.waitFor() != 0) System.out.println("f. the 1M-row import in 256 MB FAILED (exit " + p.exitValue() + ")");
            }
            if (what.equals("tracker")) {
                TrackerBench.run(jar, tmp.resolve("tracker"), opt.getOrDefault("memory", 1) != 0, opt.getOrDefault("idle", 180), opt.getOrDefault("rounds", 20));
            }
            if (what.equals("trackers")) {
                try (World w = World.open(tmp.resolve("trackers"))) {
                    int[] steps = {10_000, 25_000, 50_000, 75_000, 100_000, 125_000, 150_000, 200_000, 300_000, 400_000, 500_000, 700_000, 1_000_000};
                    TrackersBench.run(w, opt.getOrDefault("freelancers", 2_000), steps, opt.getOrDefault("seconds", 20), opt.getOrDefault("connections", 48));
                }
            }
            if (what.equals("statements")) {
                try (World w = World.open(tmp.resolve("statements"))) {
                    System.out.println(StatementBench.run(w, opt.getOrDefault("freelancers", 50), opt.getOrDefault("years", 2),
                            opt.getOrDefault("ops", 5_000), opt.getOrDefault("rounds", 6)));
                }
            }
            if (what.equals("startup") || what.equals("all")) {
                int runs = opt.getOrDefault("runs", 5);
                print("startup", 1, " (empty data dir)", StartupBench.startTimes(jar, tmp.resolve("startup"), runs));
                // As ./hourbook starts it on JDK 21-24: one run that writes the AppCDS archive, then runs that use it.
                print("startup AppCDS", 0, " (writes the archive)", StartupBench.startTimes(jar, tmp.resolve("startup"), runs + 1,
                        StartupBench.appCds(tmp.resolve("hourbook.jsa"))));
                if (Runtime.version().feature() >= 25) {
                    // ... and on JDK 25+: one run that records and writes the AOT cache, then runs that use it.
                    print("startup AOT cache", 0, " (records, writes the cache on stop)", StartupBench.startTimes(jar,
                            tmp.resolve("startup"), runs + 1, StartupBench.aotCache(tmp.resolve("hourbook.aot"))));
                }
                if (!diaryFreelancers.isEmpty()) {
                    StartupBench.Memory m = StartupBench.memoryUnderLoad(jar, diaryDir, diaryFreelancers, days,
                            opt.getOrDefault("load-threads", 8), Duration.ofSeconds(opt.getOrDefault("seconds", 15)));
                    System.out.printf("memory: RSS idle %d MiB, peak under diary load %d MiB (VmHWM %d MiB)%n  %s%n",
                            m.idleKib() / 1024, m.peakUnderLoadKib() / 1024, m.hwmKib() / 1024, m.load());
                } else {
                    System.out.println("memory: run 'all' to measure RSS under load (needs the diary data)");
                }
            }
        } finally {
            deleteTree(tmp);
            System.out.println("load average after: " + loadAverage());
        }
    }

    /** One line per start, numbered from {@code first}; the first one's line carries {@code firstNote}. */
    private static void print(String label, int first, String firstNote, List<StartupBench.Start> starts) {
        for (int i = 0; i < starts.size(); i++) {
            StartupBench.Start s = starts.get(i);
            System.out.printf("%s %d%s: health answered %d ms after spawn; reported: %s%n", label, i + first,
                    i == 0 ? firstNote : "", s.wallMillis(), s.detail());
        }
    }

    /** Other processes on the machine change every figure here; the README quotes this next to them. */
    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static Map<String, Integer> options(String[] args) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].startsWith("--")) out.put(args[i].substring(2), Integer.parseInt(args[i + 1]));
        }
        return out;
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (Exception e) {
            System.err.println("bench: could not delete " + dir + ": " + e.getMessage());
        }
    }
}
