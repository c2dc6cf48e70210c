package org.hourbook.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The help a user reads in an 80-column terminal: picocli re-wraps any line that is too long at
 * whatever break it finds ("http:" / "//127.0.0.1"), so the text must fit as written.
 */
class HelpTextTest {
    private static CommandLine cli() {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(sink, true, StandardCharsets.UTF_8);
        return Main.commandLine(new Main.Context(Map.of(), out, out, Clock.systemUTC(), Instant.now(), new AtomicReference<>()));
    }

    /** "admin users list": the command at that path from the root. */
    private static CommandLine command(CommandLine root, String path) {
        CommandLine c = root;
        for (String name : path.split(" ")) if (!name.isEmpty()) c = c.getSubcommands().get(name);
        return c;
    }

    /** The parts of the help that are prose and lists, as picocli renders them at the given width. */
    private static String prose(String name, int width) {
        CommandLine c = command(cli(), name);
        c.setUsageHelpWidth(width);
        CommandLine.Help help = c.getHelp();
        return String.join("\n", help.header(), help.description(), help.optionList(), help.commandList(), help.footer());
    }

    @ParameterizedTest(name = "hourbook {0} --help")
    @ValueSource(strings = {"", "serve", "demo", "track", "admin", "admin users", "admin users list", "admin users create",
            "admin users disable", "admin users enable", "admin orgs", "admin orgs list", "admin orgs create", "admin create-user",
            "admin reset-password", "admin mail", "backup", "restore", "import"})
    void help_fits_80_columns_as_written_so_no_sentence_is_broken_by_rewrapping(String name) {
        assertThat(prose(name, 80)).isEqualTo(prose(name, 200));
        assertThat(prose(name, 80).lines()).allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(80));
    }

    @ParameterizedTest(name = "hourbook {0}")
    @ValueSource(strings = {"", "admin", "admin users", "admin orgs"})
    void the_command_list_gives_each_command_a_whole_sentence(String name) {
        String list = command(cli(), name).getHelp().commandList();
        assertThat(list.lines().filter(l -> !l.isBlank()))
                .allSatisfy(l -> assertThat(l).as("one line per command, ending a sentence").matches("  [\\w-]+ +\\S.*\\.$"));
    }

    @Test
    void serve_help_names_every_environment_variable_the_settings_read() throws Exception {
        String help = command(cli(), "serve").getUsageMessage();
        List<String> names = Arrays.stream(Settings.class.getDeclaredFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getName().startsWith("ENV_"))
                .map(HelpTextTest::value).toList();
        assertThat(names).isNotEmpty();
        assertThat(help).contains(names);
    }

    @Test
    void demo_help_lists_the_roles_it_prints() {
        String help = command(cli(), "demo").getUsageMessage();
        assertThat(help).contains("agency-owner", "agency-manager", "freelancer", "client-owner", "client-manager");
    }

    private static String value(Field f) {
        try {
            f.setAccessible(true);
            return (String) f.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
