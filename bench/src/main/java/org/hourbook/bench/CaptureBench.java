package org.hourbook.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hourbook.tracker.capture.Capture;
import org.hourbook.tracker.capture.Images;
import org.hourbook.tracker.capture.RobotScreens;

/**
 * Run by {@link TrackerBench} in a JVM of its own on the Xvfb display: the tracker's whole
 * screenshot (capture of every monitor, JPEG at its quality, thumbnail) against
 * {@code import -window root -quality 72 shot.jpg} of the same display, in alternating turns after
 * a warm-up of each. {@code import} includes starting a process, as anything that shells out does.
 */
public final class CaptureBench {
    private CaptureBench() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        RobotScreens screens = new RobotScreens();
        Path out = Files.createTempFile("import-", ".jpg");
        for (int i = 0; i < 5; i++) {
            tracker(screens);
            imagemagick(out);
        }
        List<Long> t = new ArrayList<>();
        List<Long> im = new ArrayList<>();
        int bytes = 0;
        for (int i = 0; i < rounds; i++) {
            // A B, B A, ...: drift of the machine's load falls on both sides alike.
            if (i % 2 == 0) {
                t.add(tracker(screens));
                im.add(imagemagick(out));
            } else {
                im.add(imagemagick(out));
                t.add(tracker(screens));
            }
        }
        Capture c = screens.capture(Images.Mode.NORMAL, Instant.now());
        if (c instanceof Capture.Shot s) bytes = s.jpeg().length;
        long tm = median(t);
        long imm = median(im);
        System.out.printf("capture: tracker (capture + JPEG + thumbnail) median %.1f ms (%d KB JPEG), ImageMagick import -window root median %.1f ms "
                + "(%d KB JPEG), ratio %.2f, %d alternating turns each%n", tm / 1e6, bytes / 1024, imm / 1e6, Files.size(out) / 1024, (double) tm / imm, rounds);
        Files.deleteIfExists(out);
    }

    private static long tracker(RobotScreens screens) {
        long t0 = System.nanoTime();
        Capture c = screens.capture(Images.Mode.NORMAL, Instant.now());
        if (!(c instanceof Capture.Shot)) throw new IllegalStateException(((Capture.Failed) c).reason());
        return System.nanoTime() - t0;
    }

    private static long imagemagick(Path out) throws Exception {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder("import", "-window", "root", "-quality", "72", out.toString()).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) throw new IllegalStateException("import failed (Debian: apt-get install imagemagick)");
        return System.nanoTime() - t0;
    }

    private static long median(List<Long> v) {
        List<Long> s = new ArrayList<>(v);
        s.sort(null);
        return s.get(s.size() / 2);
    }
}
