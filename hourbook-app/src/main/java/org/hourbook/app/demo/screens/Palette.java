package org.hourbook.app.demo.screens;

import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.random.RandomGenerator;

/** Colours and fonts shared by the scenes, so that the demo's screenshots look like one desktop. */
final class Palette {
    static final Color DARK_BG = new Color(0x1e1f22);
    static final Color DARK_PANEL = new Color(0x2b2d30);
    static final Color DARK_LINE = new Color(0x393b40);
    static final Color DARK_TEXT = new Color(0xbcbec4);
    static final Color DIM_TEXT = new Color(0x6f737a);
    static final Color KEYWORD = new Color(0xcf8e6d);
    static final Color STRING = new Color(0x6aab73);
    static final Color NUMBER = new Color(0x2aacb8);
    static final Color TYPE = new Color(0x56a8f5);
    static final Color COMMENT = new Color(0x7a7e85);
    static final Color ACCENT = new Color(0x3574f0);
    static final Color LIGHT_BG = new Color(0xf6f7f9);
    static final Color LIGHT_LINE = new Color(0xdfe1e5);
    static final Color LIGHT_TEXT = new Color(0x27282c);
    static final List<Color> BRAND = List.of(
            new Color(0x14a800), new Color(0x3574f0), new Color(0xe8590c), new Color(0x7048e8),
            new Color(0xd6336c), new Color(0x0c8599), new Color(0xf08c00));

    static final Font MONO = new Font(Font.MONOSPACED, Font.PLAIN, 13);
    static final Font MONO_SMALL = new Font(Font.MONOSPACED, Font.PLAIN, 11);
    static final Font SANS = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final Font SANS_BOLD = new Font(Font.SANS_SERIF, Font.BOLD, 13);
    static final Font SANS_SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    static final Font HEADLINE = new Font(Font.SANS_SERIF, Font.BOLD, 30);

    private Palette() {}

    static Color brand(RandomGenerator rnd) {
        return BRAND.get(rnd.nextInt(BRAND.size()));
    }

    static <T> T pick(List<T> items, RandomGenerator rnd) {
        return items.get(rnd.nextInt(items.size()));
    }

    /** A grey bar standing in for a line of text, as text looks at thumbnail size. */
    static void textBar(java.awt.Graphics2D g, Color c, int x, int y, int w, int h) {
        g.setColor(c);
        g.fillRoundRect(x, y, Math.max(8, w), h, h, h);
    }
}
