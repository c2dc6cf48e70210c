package org.hourbook.tracker.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JRootPane;
import javax.swing.SwingUtilities;
import org.hourbook.core.contract.BillingRounding;
import org.hourbook.core.contract.ScreenshotPolicy;
import org.hourbook.core.segment.MinuteActivity;
import org.hourbook.tracker.capture.Images;
import org.hourbook.tracker.session.ContractInfo;
import org.hourbook.tracker.session.TrackerState;
import org.hourbook.tracker.session.TrackerStatus;
import org.hourbook.tracker.sync.Syncer;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The window as docs/ shows it, drawn from a made-up tracker in light and dark. Runs without a
 * display (Swing paints off screen); with {@code HOURBOOK_PICTURES=DIR} in the environment it writes
 * {@code tracker-light.png} and {@code tracker-dark.png} there (how the README's pictures are made).
 */
class WindowPicturesTest {
    static final Instant NOW = Instant.parse("2026-11-18T14:27:41Z");
    static final ContractInfo CONTRACT = new ContractInfo(12, "Checkout redesign (web)", ScreenshotPolicy.NORMAL, 10, 20, true, BillingRounding.SEGMENT,
            List.of("Frontend", "Backend", "Code review"));

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @EnumSource(Theme.class)
    void the_window_shows_contract_memo_times_sync_and_the_last_screenshot(Theme theme) throws Exception {
        Path thumb = tmp.resolve("thumb.jpg");
        Files.write(thumb, Images.jpeg(Images.thumbnail(fakeScreen()), 0.85f));
        BufferedImage[] out = new BufferedImage[1];
        SwingUtilities.invokeAndWait(() -> {
            theme.apply();
            TrackerPanel panel = new TrackerPanel(new Made(thumb), ZoneOffset.UTC);
            panel.setContracts(List.of(CONTRACT));
            panel.memoField().setText("Checkout: address form validation and error states");
            panel.update(new Made(thumb).status());
            JRootPane root = new JRootPane();
            JMenuBar bar = new JMenuBar();
            bar.add(new JMenu("Tracker"));
            bar.add(new JMenu("View"));
            root.setJMenuBar(bar);
            root.setContentPane(panel);
            var size = root.getPreferredSize();
            size.width = Math.max(size.width, 560);
            out[0] = new BufferedImage(size.width, size.height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = out[0].createGraphics();
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_LCD_HRGB);
            root.setSize(size);
            layout(root);
            root.printAll(g);
            g.dispose();
        });
        BufferedImage img = out[0];
        double brightness = brightness(img);
        if (theme == Theme.LIGHT) assertThat(brightness).isGreaterThan(170);
        else assertThat(brightness).isLessThan(90);
        String dir = System.getenv("HOURBOOK_PICTURES");
        Path target = dir == null ? tmp : Path.of(dir);
        Files.createDirectories(target);
        ImageIO.write(img, "png", target.resolve("tracker-" + theme.name().toLowerCase(java.util.Locale.ROOT) + ".png").toFile());
    }

    private static void layout(java.awt.Container c) {
        c.doLayout();
        for (java.awt.Component child : c.getComponents()) if (child instanceof java.awt.Container k) layout(k);
    }

    private static double brightness(BufferedImage img) {
        long sum = 0;
        int n = 0;
        for (int y = 0; y < img.getHeight(); y += 4) {
            for (int x = 0; x < img.getWidth(); x += 4) {
                Color c = new Color(img.getRGB(x, y));
                sum += (c.getRed() + c.getGreen() + c.getBlue()) / 3;
                n++;
            }
        }
        return (double) sum / n;
    }

    /** A code editor with a browser beside it, as a freelancer's screen might look. */
    static BufferedImage fakeScreen() {
        BufferedImage img = new BufferedImage(1600, 1000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x1E1F22));
        g.fillRect(0, 0, 900, 1000);
        g.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 22));
        String[] code = {"function validateAddress(form) {", "  const errors = {};", "  if (!form.street) errors.street = 'Required';",
                "  if (!/^\\d{5}$/.test(form.zip))", "    errors.zip = 'Five digits';", "  return errors;", "}"};
        for (int i = 0; i < code.length; i++) {
            g.setColor(i % 3 == 0 ? new Color(0xCF8E6D) : new Color(0xBCBEC4));
            g.drawString(code[i], 40, 80 + 36 * i);
        }
        g.setColor(new Color(0xF5F6F8));
        g.fillRect(900, 0, 700, 1000);
        g.setColor(new Color(0x2F6FEB));
        g.fillRect(900, 0, 700, 70);
        g.setColor(Color.WHITE);
        g.fillRoundRect(960, 140, 580, 60, 12, 12);
        g.fillRoundRect(960, 230, 580, 60, 12, 12);
        g.setColor(new Color(0xD93025));
        g.drawRoundRect(960, 230, 580, 60, 12, 12);
        g.setColor(new Color(0x2E9D5B));
        g.fillRoundRect(960, 340, 220, 60, 12, 12);
        g.dispose();
        return img;
    }

    /** A tracker 25 minutes into a session, one segment waiting for upload. */
    record Made(Path thumb) implements Controller {
        @Override
        public List<ContractInfo> contracts() {
            return List.of(CONTRACT);
        }

        @Override
        public TrackerStatus status() {
            var session = new TrackerState.Session(CONTRACT, "Checkout: address form validation and error states", "Frontend",
                    NOW.minus(Duration.ofMinutes(25)));
            return new TrackerStatus(new TrackerState.Running(session, NOW.minusSeconds(1512)), NOW, 1512, 6120, 45000, 27000L, null,
                    new TrackerStatus.LastShot(UUID.randomUUID(), NOW.minusSeconds(260), "thumb.jpg", "stored"), null, null, List.of(),
                    new MinuteActivity(412, 57, 31, 1840));
        }

        @Override
        public Syncer.State sync() {
            return new Syncer.State(NOW.minusSeconds(41), null, null, Duration.ofSeconds(1), 0, null, false);
        }

        @Override
        public List<String> syncLines() {
            return List.of("1 segment waiting (the 14:20 segment uploads when it ends)", "Last upload 14:27; the clock agrees with the server");
        }

        @Override
        public void start(ContractInfo contract, String memo, String label) {}

        @Override
        public void stop() {}

        @Override
        public void answerIdle(boolean keep) {}

        @Override
        public void deleteShot(UUID segment) {}

        @Override
        public Path thumbnail(String file) {
            return thumb;
        }

        @Override
        public Path logFile() {
            return null;
        }

        @Override
        public String who() {
            return "Lena Fischer";
        }

        @Override
        public void signOut() {}
    }
}
