package org.hourbook.tracker.capture;

import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;

/**
 * Run by {@link ScreenGrabIT} in a JVM of its own on the test's X display: the whole desktop
 * through {@code X11Grab} and through AWT's Robot, compared pixel by pixel. Prints
 * {@code grab=<class> pixels=<n> differing=<n>}.
 */
public final class GrabCheck {
    private GrabCheck() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("awt.robot.gtk", "false");
        Rectangle all = new Rectangle();
        for (var d : GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices()) all = all.union(d.getDefaultConfiguration().getBounds());
        ScreenGrab grab = (ScreenGrab) Class.forName("org.hourbook.tracker.capture.X11Grab").getDeclaredConstructor().newInstance();
        BufferedImage fast = grab.grab(all);
        BufferedImage robot = new Robot().createScreenCapture(all);
        int differing = 0;
        for (int y = 0; y < all.height; y++) {
            for (int x = 0; x < all.width; x++) if ((fast.getRGB(x, y) & 0xFFFFFF) != (robot.getRGB(x, y) & 0xFFFFFF)) differing++;
        }
        Rectangle off = new Rectangle(all.width - 10, 0, 20, 20);
        System.out.println("grab=" + grab.getClass().getSimpleName() + " size=" + fast.getWidth() + "x" + fast.getHeight() + " pixels="
                + (all.width * all.height) + " differing=" + differing + " offscreen=" + grab.grab(off));
    }
}
