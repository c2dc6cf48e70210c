package org.hourbook.app.demo.screens;

import java.awt.Graphics2D;
import java.util.random.RandomGenerator;

/** One kind of work a screenshot can show; painted from a seeded random so each variant differs. */
sealed interface Scene permits EditorScene, BrowserScene, DesignScene, TerminalScene {
    /** Paints the application window into {@code (x, y, w, h)}; the desktop chrome is drawn around it. */
    void paint(Graphics2D g, int x, int y, int w, int h, RandomGenerator rnd);

    /** The window title shown in the desktop's top bar. */
    String title(RandomGenerator rnd);
}
