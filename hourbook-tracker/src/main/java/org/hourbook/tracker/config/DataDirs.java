package org.hourbook.tracker.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the tracker keeps its journal, screenshots, log and sign-in, by the platform's custom:
 * <pre>
 *  Linux    $XDG_DATA_HOME/hourbook-tracker   (default ~/.local/share/hourbook-tracker)
 *  macOS    ~/Library/Application Support/Hourbook Tracker
 *  Windows  %LOCALAPPDATA%\Hourbook Tracker
 * </pre>
 * {@code HOURBOOK_TRACKER_DATA} overrides all of them.
 */
public final class DataDirs {
    private DataDirs() {}

    public static Path resolve(Map<String, String> env, String osName, String home) {
        String explicit = env.get("HOURBOOK_TRACKER_DATA");
        if (explicit != null && !explicit.isBlank()) return Path.of(explicit);
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("mac")) return Path.of(home, "Library", "Application Support", "Hourbook Tracker");
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            return local != null ? Path.of(local, "Hourbook Tracker") : Path.of(home, "AppData", "Local", "Hourbook Tracker");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "hourbook-tracker") : Path.of(home, ".local", "share", "hourbook-tracker");
    }
}
