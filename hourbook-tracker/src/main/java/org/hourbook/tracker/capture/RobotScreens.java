package org.hourbook.tracker.capture;

import java.awt.AWTException;
import java.awt.GraphicsDevice;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.time.Instant;

/**
 * Every monitor in one picture through AWT's {@link Robot}: the union of all screens' bounds (on
 * X11 with Xinerama or RandR, one root window spans them), encoded as JPEG with a thumbnail.
 */
public final class RobotScreens implements Screens {
    private Robot robot;

    @Override
    public synchronized Capture capture(Images.Mode mode, Instant at) {
        if (GraphicsEnvironment.isHeadless()) {
            return new Capture.Failed(System.getenv("WAYLAND_DISPLAY") != null && System.getenv("DISPLAY") == null
                    ? "Wayland without an X display: screenshots need XWayland (DISPLAY) or an X11 session"
                    : "no display to capture (headless, or DISPLAY is not set)");
        }
        try {
            GraphicsDevice[] screens = GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices();
            Rectangle all = new Rectangle();
            for (GraphicsDevice d : screens) all = all.union(d.getDefaultConfiguration().getBounds());
            if (robot == null) robot = new Robot();
            BufferedImage image = robot.createScreenCapture(all);
            if (mode == Images.Mode.BLURRED) image = Images.blur(image);
            byte[] jpeg = Images.jpeg(image, Images.QUALITY);
            byte[] thumb = Images.jpeg(Images.thumbnail(image), 0.8f);
            return new Capture.Shot(jpeg, thumb, image.getWidth(), image.getHeight(), screens.length, at);
        } catch (AWTException | SecurityException e) {
            return new Capture.Failed("screen capture is not permitted: " + e.getMessage()
                    + (System.getProperty("os.name", "").startsWith("Mac") ? " (allow Screen Recording in System Settings)" : ""));
        } catch (RuntimeException | LinkageError | java.awt.AWTError e) {
            return new Capture.Failed("screen capture failed: " + e);
        }
    }
}
