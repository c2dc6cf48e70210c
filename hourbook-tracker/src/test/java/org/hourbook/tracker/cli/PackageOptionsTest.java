package org.hourbook.tracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PackageOptionsTest {
    @Test
    void the_installed_tracker_runs_with_the_jvm_options_track_start_uses() throws Exception {
        String script = Files.readString(Path.of("package", "build"));
        Matcher m = Pattern.compile("--java-options \"([^\"]+)\"").matcher(script);
        assertThat(m.find()).as("package/build passes --java-options").isTrue();
        List<String> packaged = Arrays.asList(m.group(1).split(" "));
        // The jlink'd runtime is the JDK it was built with: no unknown options to ignore, and no
        // default CDS archive to ask for.
        List<String> expected = Background.JVM.stream().filter(o -> !o.equals("-XX:+IgnoreUnrecognizedVMOptions") && !o.equals("-Xshare:auto")).toList();
        assertThat(packaged).containsExactlyElementsOf(expected);
    }
}
