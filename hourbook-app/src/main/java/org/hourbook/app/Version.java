package org.hourbook.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** {@code hourbook --version}: the Maven version filtered into a resource at build time. */
public final class Version implements CommandLine.IVersionProvider {
    public static String current() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) return "development";
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "development");
        } catch (IOException e) {
            return "development";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"hourbook " + current(), "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
    }
}
