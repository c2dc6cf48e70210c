package org.hourbook.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What an operator sees when they ask for help or mistype a command. */
class AdminUsageTest {
    final Cli cli = new Cli(Map.of());

    @Test
    void admin_help_is_the_help_of_admin_and_exits_zero() {
        assertThat(cli.run("admin", "--help")).isZero();

        assertThat(cli.out()).startsWith("Manages accounts, organizations, password links and mail.")
                .contains("Usage: hourbook admin", "users", "orgs", "create-user", "reset-password", "mail", "Examples:")
                .doesNotContain("Hourbook: a self-hosted Work Diary");
    }

    @Test
    void an_unknown_command_exits_2_and_names_the_known_ones() {
        assertThat(cli.run("admin", "user")).isEqualTo(2);

        assertThat(cli.err()).contains("hourbook admin: unknown command 'user'. Its commands: users, orgs, create-user, reset-password, mail",
                "(see 'hourbook admin --help')");
    }

    @Test
    void an_unknown_option_exits_2_and_names_the_known_ones() {
        assertThat(cli.run("admin", "users", "list", "--dta", "x")).isEqualTo(2);

        assertThat(cli.err()).contains("hourbook admin users list: unknown option '--dta'. Its options: --data, --db-url, --help");
    }

    @Test
    void a_missing_required_option_exits_2_and_says_which() {
        assertThat(cli.run("admin", "reset-password")).isEqualTo(2);

        assertThat(cli.err()).contains("hourbook admin reset-password: Missing required option: '--email=E'");
    }

    @Test
    void a_group_alone_exits_2_and_names_its_commands() {
        assertThat(cli.run("admin", "users")).isEqualTo(2);

        assertThat(cli.err()).contains("hourbook admin users: which command? One of: list, create, disable, enable");
    }

    @ParameterizedTest(name = "hourbook {0} --help")
    @ValueSource(strings = {"admin users", "admin users list", "admin users create", "admin users disable", "admin users enable",
            "admin orgs", "admin orgs list", "admin orgs create", "admin create-user", "admin reset-password", "backup", "restore"})
    void every_command_answers_help_with_an_example(String command) {
        String[] args = (command + " --help").split(" ");

        assertThat(cli.run(args)).isZero();

        assertThat(cli.out()).contains("Usage: hourbook " + command).containsPattern("Examples?:\n  hourbook ");
    }

    @Test
    void the_kind_and_role_are_taken_in_the_words_the_help_uses() {
        // Parsing succeeds (case-insensitive enums); only the missing database stops it.
        assertThat(cli.run("admin", "users", "list", "--data", "/nonexistent/hourbook-test")).isEqualTo(1);
        assertThat(new Cli(Map.of()).run("admin", "orgs", "create", "--name", "A", "--kind", "planet")).isEqualTo(2);
    }
}
