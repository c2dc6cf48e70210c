package org.hourbook.tracker.cli;

/** The tracker on its own (the jpackage launcher and the background process): {@code track ...}. */
public final class TrackerMain {
    private TrackerMain() {}

    public static void main(String[] args) {
        int code = TrackCommand.commandLine(Ctx.system()).setCommandName("hourbook-tracker").execute(args);
        if (code != 0 || args.length > 0) System.exit(code);
    }
}
