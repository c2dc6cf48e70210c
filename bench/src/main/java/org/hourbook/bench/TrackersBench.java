package org.hourbook.bench;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.hourbook.core.segment.SegmentGrid;
import org.hourbook.tracker.capture.Images;

/**
 * Trackers per server node: each simulated tracker sends what a real one sends every 10 minutes —
 * one segment batch and then its screenshot (an ~80 KB JPEG and its thumbnail, multipart) — so N
 * trackers are N/600 uploads per second. Time is compressed by sending that aggregate rate
 * open-loop (each upload scheduled at its moment; latency counts from the schedule, so queueing
 * is included) over a pool of kept-alive connections, for {@code seconds} per step, stepping N up
 * until p99 reaches 1 s or a request fails. Uploads go to {@code freelancers} freelancers in turn,
 * each on distinct past slots (the server's per-request work does not depend on who uploads).
 */
final class TrackersBench {
    record Step(int trackers, double ratePerSecond, int uploads, int errors, long p50Micros, long p99Micros, long maxMicros, double cpuPerUploadMicros,
                String firstError) {
        boolean ok() {
            return errors == 0 && p99Micros < 1_000_000;
        }

        @Override
        public String toString() {
            return String.format("trackers %,d: %.1f uploads/s (segment + screenshot), %d uploads, %d errors, p50 %.1f ms, p99 %.1f ms, max %.1f ms, "
                            + "CPU per upload %.0f µs%s%s", trackers, ratePerSecond, uploads, errors, p50Micros / 1000.0, p99Micros / 1000.0, maxMicros / 1000.0,
                    cpuPerUploadMicros, ok() ? "" : "  <- over", firstError == null ? "" : " (" + firstError + ")");
        }
    }

    private TrackersBench() {}

    static List<Step> run(World w, int freelancers, int[] steps, int seconds, int connections) throws Exception {
        List<World.Freelancer> fs = w.addFreelancers(freelancers, "trk");
        byte[][] shot = screenshot();
        System.out.printf("trackers: screenshot %d KB + thumbnail %d KB, %d freelancers, %d connections, %d s per step%n",
                shot[0].length / 1024, shot[1].length / 1024, freelancers, connections, seconds);
        AtomicInteger slotCounter = new AtomicInteger();
        Instant base = SegmentGrid.slotStart(Instant.now()).minusSeconds(600);
        List<Step> out = new ArrayList<>();
        for (int n : steps) {
            Step s = step(w, fs, shot, n, seconds, connections, slotCounter, base);
            System.out.println(s);
            out.add(s);
            if (!s.ok()) break;
        }
        return out;
    }

    private record Job(long dueNanos, World.Freelancer f, Instant slot) {}

    private static Step step(World w, List<World.Freelancer> fs, byte[][] shot, int trackers, int seconds, int connections, AtomicInteger slots,
                             Instant base) throws Exception {
        double rate = trackers / 600.0;
        int total = (int) Math.round(rate * seconds);
        BlockingQueue<Job> queue = new ArrayBlockingQueue<>(Math.max(16, total));
        long[] latencies = new long[total * 2];
        AtomicInteger done = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicLong counter = new AtomicLong();
        String[] firstError = new String[1];
        List<Thread> workers = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            Thread t = new Thread(() -> {
                RawHttp http = null;
                try {
                    while (true) {
                        Job j = queue.poll(2, TimeUnit.SECONDS);
                        if (j == null) return;
                        if (j.f() == null) return;
                        try {
                            if (http == null) http = new RawHttp("127.0.0.1", w.app.port());
                            UUID id = UUID.randomUUID();
                            String batch = "{\"segments\":[{\"id\":\"" + id + "\",\"start\":\"" + j.slot() + "\",\"trackedSeconds\":600,\"minutes\":["
                                    + "{\"keys\":40,\"clicks\":5,\"scrolls\":2,\"moves\":30},".repeat(9) + "{\"keys\":12,\"clicks\":1,\"scrolls\":0,\"moves\":8}"
                                    + "],\"memo\":\"Checkout: address form\"}]}";
                            RawHttp.Response r = http.post("/api/v1/contracts/" + j.f().contractId() + "/segments", j.f().token(), "application/json",
                                    batch.getBytes(StandardCharsets.UTF_8));
                            long t1 = System.nanoTime();
                            if (r.status() != 200) throw new IllegalStateException("segments " + r.status() + " " + r.text());
                            String boundary = "b" + id;
                            byte[] body = multipart(boundary, shot, counter.incrementAndGet(), j.slot().plusSeconds(300));
                            RawHttp.Response s = http.put("/api/v1/contracts/" + j.f().contractId() + "/segments/" + id + "/screenshot", j.f().token(),
                                    "multipart/form-data; boundary=" + boundary, body);
                            long t2 = System.nanoTime();
                            if (s.status() != 200) throw new IllegalStateException("screenshot " + s.status() + " " + s.text());
                            int k = done.getAndIncrement();
                            latencies[2 * k] = (t1 - j.dueNanos()) / 1000;
                            latencies[2 * k + 1] = (t2 - t1) / 1000;
                        } catch (Exception e) {
                            if (errors.getAndIncrement() == 0) firstError[0] = String.valueOf(e.getMessage());
                            if (http != null) {
                                try {
                                    http.close();
                                } catch (Exception ignored) {
                                    // reconnect
                                }
                            }
                            http = null;
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    if (http != null) {
                        try {
                            http.close();
                        } catch (Exception ignored) {
                            // done
                        }
                    }
                }
            }, "trackers-" + c);
            t.setDaemon(true);
            t.start();
            workers.add(t);
        }
        long cpu0 = Load.processCpuNanos();
        long start = System.nanoTime();
        double interval = 1e9 / rate;
        for (int i = 0; i < total; i++) {
            long due = start + (long) (i * interval);
            long wait = due - System.nanoTime();
            if (wait > 0) TimeUnit.NANOSECONDS.sleep(wait);
            int k = slots.getAndIncrement();
            World.Freelancer f = fs.get(k % fs.size());
            int round = k / fs.size();
            queue.put(new Job(due, f, base.minusSeconds(600L * round)));
        }
        for (int c = 0; c < connections; c++) queue.put(new Job(0, null, null));
        for (Thread t : workers) t.join(120_000);
        long cpu = Load.processCpuNanos() - cpu0;
        int n = done.get();
        long[] lat = Arrays.copyOf(latencies, n * 2);
        Arrays.sort(lat);
        long p50 = lat.length == 0 ? 0 : lat[lat.length / 2];
        long p99 = lat.length == 0 ? 0 : lat[Math.min(lat.length - 1, (int) (lat.length * 0.99))];
        long max = lat.length == 0 ? 0 : lat[lat.length - 1];
        return new Step(trackers, rate, n, errors.get() + (total - n - errors.get()), p50, p99, max, n == 0 ? 0 : cpu / 1000.0 / n, firstError[0]);
    }

    /** A noisy 1920×1080 picture at the tracker's JPEG quality (~80 KB, like a busy screen) and its thumbnail. */
    static byte[][] screenshot() {
        BufferedImage img = new BufferedImage(1920, 1080, BufferedImage.TYPE_INT_RGB);
        SplittableRandom r = new SplittableRandom(3);
        var g = img.createGraphics();
        g.setColor(new java.awt.Color(0xF4F5F7));
        g.fillRect(0, 0, 1920, 1080);
        g.setFont(new java.awt.Font(java.awt.Font.MONOSPACED, java.awt.Font.PLAIN, 14));
        for (int y = 20; y < 1080; y += 30) {
            g.setColor(new java.awt.Color(r.nextInt(0x808080)));
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < 20 + r.nextInt(100); i++) line.append((char) ('a' + r.nextInt(26)));
            g.drawString(line.toString(), 20 + r.nextInt(40), y);
        }
        g.dispose();
        return new byte[][] {Images.jpeg(img, 0.72f), Images.jpeg(Images.thumbnail(img), 0.8f)};
    }

    /** The image made unique per upload (a counter in a JPEG comment), as real screenshots are. */
    static byte[] multipart(String boundary, byte[][] shot, long n, Instant takenAt) {
        byte[] image = shot[0];
        byte[] comment = ("upload " + n).getBytes(StandardCharsets.US_ASCII);
        byte[] unique = new byte[image.length + 4 + comment.length];
        unique[0] = image[0];
        unique[1] = image[1];
        unique[2] = (byte) 0xFF;
        unique[3] = (byte) 0xFE; // COM marker right after SOI
        unique[4] = (byte) ((comment.length + 2) >> 8);
        unique[5] = (byte) (comment.length + 2);
        System.arraycopy(comment, 0, unique, 6, comment.length);
        System.arraycopy(image, 2, unique, 6 + comment.length, image.length - 2);
        ByteArrayOutputStream b = new ByteArrayOutputStream(unique.length + shot[1].length + 512);
        part(b, boundary, "image", unique);
        part(b, boundary, "thumbnail", shot[1]);
        b.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"takenAt\"\r\n\r\n" + takenAt + "\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        return b.toByteArray();
    }

    private static void part(ByteArrayOutputStream b, String boundary, String name, byte[] bytes) {
        b.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + name
                + ".jpg\"\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        b.writeBytes(bytes);
        b.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
}
