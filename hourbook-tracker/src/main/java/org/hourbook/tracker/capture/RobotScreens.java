package org.hourbook.tracker.capture;

import java.awt.AWTException;
import java.awt.Graphics2D;
import java.awt.GraphicsDevice;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Every monitor in one picture through AWT's {@link Robot}, one capture per screen device laid
 * out as the desktop has them. Screens whose bounds overlap (separate X screens, or Xvfb's
 * Xinerama heads, all at 0,0) are put side by side instead, so none hides another.
 * <pre>
 *  desktop bounds  [0,0 1920x1080][1920,0 1280x1024]  -> one 3200x1080 image, as arranged
 *  X screens :0.0 [0,0 800x600]   :0.1 [0,0 640x480]  -> one 1440x600 image, side by side
 * </pre>
 */
public final class RobotScreens implements Screens {
    static {
        // On X11, AWT's Robot captures through GTK by default, which loads GTK, Mesa and LLVM:
        // ~80 MB more resident memory for the same picture XGetImage gives (bench/README.md).
        // Wayland needs the GTK path (the screencast portal), so it is kept there.
        if (System.getProperty("awt.robot.gtk") == null && System.getenv("WAYLAND_DISPLAY") == null) System.setProperty("awt.robot.gtk", "false");
    }

    private final List<Robot> robots = new ArrayList<>();
    private ScreenGrab x11;
    private boolean x11Tried;

    /**
     * The last capture's buffers (tens of MB for big desktops) are garbage now; collecting once per
     * screenshot lets the heap shrink back (MaxHeapFreeRatio) instead of staying resident.
     */
    @Override
    public void release() {
        System.gc();
        synchronized (this) {
            if (x11 != null) x11.release();
        }
    }

    @Override
    public synchronized void warmUp() {
        if (GraphicsEnvironment.isHeadless()) return;
        try {
            GraphicsDevice[] screens = GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices();
            robots.clear();
            for (GraphicsDevice d : screens) robots.add(new Robot(d));
            // Links the native calls now (the FFM API generates code for each on its first call):
            // the first screenshot, on the timer thread, then costs what every other one does.
            if (x11() != null) x11.grab(new Rectangle(0, 0, 1, 1));
            Images.jpeg(new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB), Images.QUALITY);
        } catch (AWTException | RuntimeException | LinkageError | java.awt.AWTError e) {
            // the first capture reports it
        }
    }

    @Override
    public synchronized Capture capture(Images.Mode mode, Instant at) {
        if (GraphicsEnvironment.isHeadless()) {
            return new Capture.Failed(System.getenv("WAYLAND_DISPLAY") != null && System.getenv("DISPLAY") == null
                    ? "Wayland without an X display: screenshots need XWayland (DISPLAY) or an X11 session"
                    : "no display to capture (headless, or DISPLAY is not set)");
        }
        try {
            GraphicsDevice[] screens = GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices();
            if (robots.size() != screens.length) {
                robots.clear();
                for (GraphicsDevice d : screens) robots.add(new Robot(d));
            }
            List<Rectangle> bounds = new ArrayList<>();
            for (GraphicsDevice d : screens) bounds.add(d.getDefaultConfiguration().getBounds());
            List<Integer> monitors = monitors(bounds);
            BufferedImage image = monitors.size() == 1 ? shot(screens, monitors.get(0), bounds.get(monitors.get(0)))
                    : compose(screens, bounds, monitors);
            if (mode == Images.Mode.BLURRED) image = Images.blur(image);
            byte[] jpeg = Images.jpeg(image, Images.QUALITY);
            byte[] thumb = Images.jpeg(Images.thumbnail(image), 0.8f);
            int w = image.getWidth();
            int h = image.getHeight();
            return new Capture.Shot(jpeg, thumb, w, h, monitors.size(), at);
        } catch (AWTException | SecurityException e) {
            return new Capture.Failed("screen capture is not permitted: " + e.getMessage()
                    + (System.getProperty("os.name", "").startsWith("Mac") ? " (allow Screen Recording in System Settings)" : ""));
        } catch (OutOfMemoryError e) {
            return new Capture.Failed("the screens are too large to capture in the tracker's memory (" + e.getMessage() + ")");
        } catch (RuntimeException | LinkageError | java.awt.AWTError e) {
            return new Capture.Failed("screen capture failed: " + e);
        }
    }

    /**
     * The devices that are monitors: a device whose bounds contain another's whole is the
     * desktop itself (RandR lists the output next to its monitors) and is left out.
     */
    static List<Integer> monitors(List<Rectangle> bounds) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < bounds.size(); i++) {
            boolean aggregate = false;
            for (int j = 0; j < bounds.size(); j++) {
                if (i != j && !bounds.get(i).equals(bounds.get(j)) && bounds.get(i).contains(bounds.get(j))) aggregate = true;
            }
            if (!aggregate) out.add(i);
        }
        return out.isEmpty() ? List.of(0) : out;
    }

    /**
     * One area of the desktop: through Xlib straight where it can ({@code X11Grab}, Java 22+ on X11
     * at scale 1, ~8 ms for 1920×1080), else through Robot (~65 ms, which converts every pixel).
     */
    private BufferedImage shot(GraphicsDevice[] screens, int device, Rectangle area) {
        boolean unscaled = true;
        for (GraphicsDevice d : screens) unscaled &= d.getDefaultConfiguration().getDefaultTransform().isIdentity();
        BufferedImage fast = unscaled && x11() != null ? x11.grab(area) : null;
        return fast != null ? fast : robots.get(device).createScreenCapture(area);
    }

    private ScreenGrab x11() {
        if (!x11Tried) {
            x11Tried = true;
            boolean x = System.getProperty("os.name", "").equals("Linux") && System.getenv("WAYLAND_DISPLAY") == null
                    && !Boolean.getBoolean("hourbook.tracker.robotOnly");
            if (x) x11 = Java22.load("X11Grab", ScreenGrab.class);
        }
        return x11;
    }

    private BufferedImage compose(GraphicsDevice[] screens, List<Rectangle> allBounds, List<Integer> monitors) {
        List<Rectangle> bounds = monitors.stream().map(allBounds::get).toList();
        List<Rectangle> placed = layout(bounds);
        Rectangle all = new Rectangle(placed.get(0));
        for (Rectangle r : placed) all = all.union(r);
        if (placed == bounds) {
            // One desktop: a single capture of the area all monitors cover (gaps stay black).
            return shot(screens, monitors.get(0), all);
        }
        BufferedImage out = new BufferedImage(all.width, all.height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        for (int i = 0; i < bounds.size(); i++) {
            BufferedImage part = robots.get(monitors.get(i)).createScreenCapture(bounds.get(i));
            g.drawImage(part, placed.get(i).x - all.x, placed.get(i).y - all.y, null);
        }
        g.dispose();
        return out;
    }

    /** Where each screen goes in the picture: as arranged, or side by side when any two overlap. */
    static List<Rectangle> layout(List<Rectangle> bounds) {
        boolean overlap = false;
        for (int i = 0; i < bounds.size() && !overlap; i++) {
            for (int j = i + 1; j < bounds.size(); j++) if (bounds.get(i).intersects(bounds.get(j))) overlap = true;
        }
        if (!overlap) return bounds;
        List<Rectangle> out = new ArrayList<>();
        int x = 0;
        for (Rectangle b : bounds) {
            out.add(new Rectangle(x, 0, b.width, b.height));
            x += b.width;
        }
        return out;
    }
}
