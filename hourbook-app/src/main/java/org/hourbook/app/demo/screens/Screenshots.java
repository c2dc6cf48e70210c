package org.hourbook.app.demo.screens;

import static org.hourbook.app.demo.screens.Palette.*;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Paints screenshots that look like work (an IDE, a browser page, a design tool, a terminal) on a
 * desktop with a top bar and a dock, headless. The demo renders a pool of them once and reuses the
 * blobs across segments: storage is content-addressed, and painting each of ~2,000 segments would
 * take minutes on two cores.
 */
public final class Screenshots {
    public static final int WIDTH = 1280;
    public static final int HEIGHT = 800;
    public static final int THUMB_WIDTH = 320;
    public static final int THUMB_HEIGHT = 200;

    private static final List<Scene> SCENES = List.of(new EditorScene(), new BrowserScene(), new DesignScene(), new TerminalScene());

    /** One rendered screenshot: a full-size JPEG and its thumbnail, both ready to store. */
    public record Shot(byte[] jpeg, byte[] thumbJpeg, int width, int height) {}

    private Screenshots() {}

    static {
        // Painting needs no display; set before the first AWT class initializes.
        System.setProperty("java.awt.headless", "true");
    }

    /** Renders {@code count} distinct screenshots in parallel, variant {@code i} from seed {@code seed + i}. */
    public static List<Shot> pool(int count, long seed) {
        return IntStream.range(0, count).parallel().mapToObj(i -> render(i % SCENES.size(), seed + i)).toList();
    }

    /** Renders one screenshot of the given scene kind (0 editor, 1 browser, 2 design, 3 terminal). */
    public static Shot render(int sceneIndex, long seed) {
        BufferedImage image = paint(SCENES.get(Math.floorMod(sceneIndex, SCENES.size())), new SplittableRandom(seed));
        BufferedImage thumb = new BufferedImage(THUMB_WIDTH, THUMB_HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D tg = thumb.createGraphics();
        tg.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        tg.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        tg.drawImage(image, 0, 0, THUMB_WIDTH, THUMB_HEIGHT, null);
        tg.dispose();
        return new Shot(jpeg(image, 0.82f), jpeg(thumb, 0.85f), WIDTH, HEIGHT);
    }

    private static BufferedImage paint(Scene scene, RandomGenerator rnd) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        int barH = 28;
        int dockH = 54;
        g.setColor(new Color(0x2f3b52));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(0x15171a));
        g.fillRect(0, 0, WIDTH, barH);
        g.setColor(Color.WHITE);
        g.setFont(SANS_BOLD);
        g.drawString(scene.title(rnd), 16, 19);
        g.setFont(SANS);
        int hour = 8 + rnd.nextInt(10);
        g.drawString(String.format("%02d:%02d", hour, rnd.nextInt(60)), WIDTH - 60, 19);
        scene.paint(g, 0, barH, WIDTH, HEIGHT - barH - dockH, rnd);
        g.setColor(new Color(0x15171a));
        g.fillRect(0, HEIGHT - dockH, WIDTH, dockH);
        for (int i = 0; i < 9; i++) {
            g.setColor(BRAND.get(i % BRAND.size()));
            g.fillRoundRect(WIDTH / 2 - 9 * 26 + i * 52, HEIGHT - dockH + 8, 38, 38, 10, 10);
        }
        g.dispose();
        return image;
    }

    private static byte[] jpeg(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
