package org.hourbook.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClientAddressTest {
    static final ClientAddress BEHIND_PROXIES = ClientAddress.trusting(List.of("10.0.0.0/8", "192.168.1.1", "fd00::/8"));

    @ParameterizedTest(name = "peer {0}, X-Forwarded-For \"{1}\" → client {2}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "203.0.113.9 | 1.2.3.4            | 203.0.113.9",   // the peer is no proxy: the header is the client's own words
            "10.0.0.5    | none               | 10.0.0.5",      // a proxy that sent nothing
            "10.0.0.5    | 203.0.113.9        | 203.0.113.9",
            "10.0.0.5    | 6.6.6.6, 203.0.113.9 | 203.0.113.9", // spoofed left part ignored
            "10.0.0.5    | 203.0.113.9, 192.168.1.1 | 203.0.113.9", // two proxies in a row
            "10.0.0.5    | 203.0.113.9, not-an-ip | 10.0.0.5",  // garbage: stop at the last address we trust
            "fd00::1     | 2001:db8::7        | 2001:db8::7",
            "10.0.0.5    | 999.1.1.1          | 10.0.0.5",      // not an address (and never looked up as a name)
    })
    void the_client_is_the_first_untrusted_address_from_the_right(String peer, String forwarded, String client) {
        assertThat(BEHIND_PROXIES.resolve(peer, forwarded == null ? List.of() : List.of(forwarded))).isEqualTo(client);
    }

    @ParameterizedTest(name = "{0} is refused as a proxy entry")
    @CsvSource({"proxy.internal", "10.0.0.0/33", "10.0.0.0/x", "1.2.3"})
    void host_names_and_bad_ranges_are_refused_at_start(String entry) {
        assertThatThrownBy(() -> ClientAddress.trusting(List.of(entry))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(entry);
    }

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource({
            "172.31.255.1, 172.16.0.0/12, true", "172.32.0.1, 172.16.0.0/12, false", "172.15.0.1, 172.16.0.0/12, false",
            "8.8.8.8, 0.0.0.0/0, true", "10.1.2.3, 10.1.2.3, true", "10.1.2.4, 10.1.2.3, false", "10.1.2.3, 10.1.2.0/31, false",
            "2001:db8::1, 2001:db8::/32, true", "2001:db9::1, 2001:db8::/32, false", "10.1.2.3, ::/0, false",
            "1.2.3.4.5, 0.0.0.0/0, false", "1.2.3., 0.0.0.0/0, false", "1..3.4, 0.0.0.0/0, false", "1.2.3.256, 0.0.0.0/0, false",
            "1234.2.3.4, 0.0.0.0/0, false", "a.b.c.d, 0.0.0.0/0, false", "::g, ::/0, false"})
    void ranges_hold_exactly_the_addresses_under_their_prefix(String address, String range, boolean inside) {
        assertThat(ClientAddress.trusting(List.of(range)).isTrusted(address)).isEqualTo(inside);
    }
}
