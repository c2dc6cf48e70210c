package org.hourbook.tracker.cli;

/** The tracker on its own (the jpackage launcher and the background process): {@code track ...}. */
public final class TrackerMain {
    private TrackerMain() {}

    /** The JVM options a background tracker runs with (benches start it the same way). */
    public static java.util.List<String> jvmOptions() {
        return Background.JVM;
    }

    public static void main(String[] args) {
        int code = TrackCommand.commandLine(Ctx.system()).setCommandName("hourbook-tracker").execute(args);
        if (code != 0 || args.length > 0) System.exit(code);
    }
}
