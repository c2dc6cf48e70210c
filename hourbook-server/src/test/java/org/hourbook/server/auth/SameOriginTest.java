package org.hourbook.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SameOriginTest {
    @ParameterizedTest(name = "Origin {0} to Host {1} (public URL {2}) is ours: {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "http://127.0.0.1:8080          | 127.0.0.1:8080        | -                          | true",
            "http://LOCALHOST:8080          | localhost:8080        | -                          | true",
            "https://hours.example.com      | hours.example.com     | -                          | true",
            "https://hours.example.com:443  | hours.example.com     | -                          | true",
            "https://hours.example.com      | hours.example.com:443 | -                          | true",
            "http://127.0.0.1:8081          | 127.0.0.1:8080        | -                          | false",
            "https://evil.example           | hours.example.com     | -                          | false",
            "https://hours.example.com.evil | hours.example.com     | -                          | false",
            "null                           | hours.example.com     | -                          | false",
            "file://                        | hours.example.com     | -                          | false",
            "https://hours.example.com      | 127.0.0.1:8080        | https://hours.example.com/ | true",
            "http://hours.example.com       | 127.0.0.1:8080        | https://hours.example.com  | false",
            "https://hours.example.com      | -                     | -                          | false"})
    void an_origin_is_ours_when_it_names_the_host_asked_or_the_public_url(String origin, String host, String publicUrl, boolean ours) {
        assertThat(new SameOrigin(publicUrl).isOurs(origin, host)).isEqualTo(ours);
    }
}
