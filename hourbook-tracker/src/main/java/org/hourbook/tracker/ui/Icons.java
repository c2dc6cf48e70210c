package org.hourbook.tracker.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** The tracker's icon, drawn (a clock face; green while tracking), so no image files are needed. */
final class Icons {
    private Icons() {}

    static BufferedImage clock(int size, boolean tracking) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(tracking ? new Color(0x2E9D5B) : new Color(0x5A6B7B));
        g.fillOval(1, 1, size - 2, size - 2);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(Math.max(1.5f, size / 10f), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        int c = size / 2;
        g.drawLine(c, c, c, size / 5);
        g.drawLine(c, c, c + size / 4, c);
        g.dispose();
        return img;
    }
}
