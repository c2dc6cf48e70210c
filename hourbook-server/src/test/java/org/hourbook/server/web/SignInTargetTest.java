package org.hourbook.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignInTargetTest {

    @ParameterizedTest(name = "next={0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "/contracts/3/diary?date=2026-11-20&tz=utc | /contracts/3/diary?date=2026-11-20&tz=utc",
            "/team                                     | /team",
            "https://evil.example/                     | /contracts",
            "//evil.example/                           | /contracts",
            "/\\evil.example                           | /contracts",
            "javascript:alert(1)                       | /contracts",
            "evil.example                              | /contracts",
            "/signin?next=/team                        | /contracts",
            "''                                        | /contracts",
            "/..//evil.example                         | /contracts",
            "/..//evil.example/x?y=1                   | /contracts",
            "/%2e%2e//evil.example                     | /contracts",
            "/.%2E//evil.example                       | /contracts",
            "/.//evil.example                          | /contracts",
            "/team/..//evil.example                    | /contracts",
            "/x/../signin                              | /contracts",
            "/contracts/./3/../4/diary?date=2026-11-20 | /contracts/4/diary?date=2026-11-20",
            "/../../team                               | /team",
            "/team/.                                   | /team/",
            "/team?back=/..//evil.example              | /team?back=/..//evil.example"})
    void only_a_local_path_is_a_place_to_return_to(String next, String landing) {
        assertThat(SignInTarget.orHome(next)).isEqualTo(landing);
    }

    @ParameterizedTest(name = "control character {0} is refused")
    @CsvSource({"9", "10", "13", "127"})
    void paths_with_control_characters_are_refused(int c) {
        assertThat(SignInTarget.local("/x" + (char) c + "/evil.example")).isNull();
    }
}
