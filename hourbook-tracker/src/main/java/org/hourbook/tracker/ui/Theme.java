package org.hourbook.tracker.ui;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import javax.swing.UIManager;

/** FlatLaf light or dark. */
public enum Theme {
    LIGHT, DARK;

    public void apply() {
        FlatLaf laf = this == DARK ? new FlatDarkLaf() : new FlatLightLaf();
        try {
            UIManager.setLookAndFeel(laf);
        } catch (javax.swing.UnsupportedLookAndFeelException e) {
            throw new IllegalStateException(e);
        }
        FlatLaf.updateUI();
    }

    public Theme other() {
        return this == DARK ? LIGHT : DARK;
    }

    public static Theme parse(String s) {
        return "dark".equalsIgnoreCase(s) ? DARK : LIGHT;
    }
}
