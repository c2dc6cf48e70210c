package org.hourbook.tracker.ui;

import org.hourbook.tracker.cli.TrackCommand;

/** Opens the tracker window (placeholder until the Swing window lands). */
public final class Window {
    private Window() {}

    public static int open(TrackCommand command) {
        command.ctx().err().println("hourbook track: the window is not built yet; use the subcommands (hourbook track --help)");
        return 2;
    }
}
