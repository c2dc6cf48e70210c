package org.hourbook.tracker.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hourbook.tracker.capture.Capture;
import org.hourbook.tracker.capture.Images;
import org.hourbook.tracker.capture.Screens;

/** A screen that is a drawn picture, for tests that need screenshots but no display; records every capture. */
public final class FakeScreens implements Screens {
    public final List<Instant> taken = new CopyOnWriteArrayList<>();
    private volatile String failure;

    public void failWith(String reason) {
        this.failure = reason;
    }

    @Override
    public Capture capture(Images.Mode mode, Instant at) {
        if (failure != null) return new Capture.Failed(failure);
        BufferedImage img = new BufferedImage(640, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(30, 90, 160));
        g.fillRect(0, 0, 640, 400);
        g.setColor(Color.WHITE);
        g.drawString("work at " + at, 20, 40);
        g.dispose();
        if (mode == Images.Mode.BLURRED) img = Images.blur(img);
        taken.add(at);
        return new Capture.Shot(Images.jpeg(img, 0.7f), Images.jpeg(Images.thumbnail(img), 0.8f), 640, 400, 1, at);
    }
}
