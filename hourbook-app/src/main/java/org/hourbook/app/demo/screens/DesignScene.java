package org.hourbook.app.demo.screens;

import static org.hourbook.app.demo.screens.Palette.*;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.util.List;
import java.util.random.RandomGenerator;

/** A design tool: layers panel, a canvas with phone frames, and a properties panel. */
record DesignScene() implements Scene {
    private static final List<String> LAYERS = List.of("Header", "Hero image", "Button / primary", "Card", "Price",
            "Nav bar", "Icon / cart", "Input / postcode", "Footer", "Badge", "Title", "Divider");

    @Override
    public String title(RandomGenerator rnd) {
        return pick(List.of("Checkout – mobile", "Onboarding v3", "Design system", "Landing page"), rnd) + " – Figma";
    }

    @Override
    public void paint(Graphics2D g, int x, int y, int w, int h, RandomGenerator rnd) {
        int side = 230;
        g.setColor(new Color(0xe5e5e5));
        g.fillRect(x, y, w, h);
        g.setColor(Color.WHITE);
        g.fillRect(x, y, side, h);
        g.fillRect(x + w - side, y, side, h);
        g.setColor(LIGHT_LINE);
        g.drawLine(x + side, y, x + side, y + h);
        g.drawLine(x + w - side, y, x + w - side, y + h);
        g.setFont(SANS_SMALL);
        int selected = rnd.nextInt(12);
        for (int i = 0, ly = y + 30; ly < y + h - 10; i++, ly += 24) {
            if (i == selected) {
                g.setColor(new Color(0xdbe7ff));
                g.fillRect(x, ly - 16, side, 24);
            }
            g.setColor(new Color(0x868e96));
            g.drawRect(x + 14 + (i % 3) * 10, ly - 10, 10, 10);
            g.setColor(LIGHT_TEXT);
            g.drawString(pick(LAYERS, rnd), x + 32 + (i % 3) * 10, ly);
        }
        int frames = 2 + rnd.nextInt(2);
        int fw = 200;
        int fh = 420;
        int startX = x + side + (w - 2 * side - frames * fw - (frames - 1) * 40) / 2;
        int focus = rnd.nextInt(frames);
        for (int f = 0; f < frames; f++) {
            int fx = startX + f * (fw + 40);
            int fy = y + (h - fh) / 2;
            paintPhone(g, fx, fy, fw, fh, brand(rnd), rnd);
            if (f == focus) {
                g.setColor(ACCENT);
                g.setStroke(new BasicStroke(2));
                g.drawRect(fx + 16, fy + 150, fw - 32, 44);
                g.setStroke(new BasicStroke(1));
            }
        }
        int px = x + w - side + 16;
        g.setColor(LIGHT_TEXT);
        g.setFont(SANS_BOLD);
        g.drawString("Design", px, y + 30);
        g.setFont(SANS_SMALL);
        String[] props = {"X", "Y", "W", "H", "Radius", "Fill", "Stroke", "Opacity"};
        for (int i = 0; i < props.length; i++) {
            int py = y + 60 + i * 34;
            g.setColor(new Color(0x868e96));
            g.drawString(props[i], px, py);
            g.setColor(new Color(0xf1f3f5));
            g.fillRect(px + 60, py - 14, 130, 22);
            g.setColor(LIGHT_TEXT);
            g.drawString(Integer.toString(rnd.nextInt(400)), px + 66, py);
        }
    }

    private static void paintPhone(Graphics2D g, int x, int y, int w, int h, Color brand, RandomGenerator rnd) {
        g.setColor(Color.WHITE);
        g.fillRoundRect(x, y, w, h, 24, 24);
        g.setColor(new Color(0xced4da));
        g.drawRoundRect(x, y, w, h, 24, 24);
        g.setColor(brand);
        g.fillRoundRect(x, y, w, 60, 24, 24);
        g.fillRect(x, y + 30, w, 30);
        textBar(g, Color.WHITE, x + 16, y + 30, 90, 10);
        for (int i = 0; i < 3; i++) textBar(g, new Color(0xadb5bd), x + 16, y + 84 + i * 18, w - 40 - rnd.nextInt(60), 8);
        g.setColor(new Color(0xf1f3f5));
        g.fillRoundRect(x + 16, y + 150, w - 32, 44, 8, 8);
        g.fillRoundRect(x + 16, y + 206, w - 32, 44, 8, 8);
        g.setColor(brand);
        g.fillRoundRect(x + 16, y + h - 70, w - 32, 42, 10, 10);
        textBar(g, Color.WHITE, x + w / 2 - 40, y + h - 54, 80, 10);
    }
}
