package org.hourbook.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HOURBOOK_TRUSTED_PROXIES and HOURBOOK_METRICS_TOKEN reach the server's Config, checked at start. */
class ProxyAndMetricsSettingsTest {
    @TempDir
    Path tmp;

    static final Settings.Flags NO_FLAGS = new Settings.Flags(null, null, null, null);

    @Test
    void trusted_proxies_and_the_metrics_token_are_read_from_the_environment() throws Exception {
        var config = new Settings(Map.of("HOURBOOK_DATA", tmp.toString(), "HOURBOOK_TRUSTED_PROXIES", "10.0.0.0/8, 192.168.1.1",
                "HOURBOOK_METRICS_TOKEN", "scrape-secret")).serve(NO_FLAGS);
        assertThat(config.trustedProxies()).containsExactly("10.0.0.0/8", "192.168.1.1");
        assertThat(config.metricsToken()).isEqualTo("scrape-secret");
        assertThat(config.toString()).doesNotContain("scrape-secret");
    }

    @Test
    void unset_means_no_proxy_is_believed_and_metrics_stay_open() throws Exception {
        var config = new Settings(Map.of("HOURBOOK_DATA", tmp.toString())).serve(NO_FLAGS);
        assertThat(config.trustedProxies()).isEmpty();
        assertThat(config.metricsToken()).isNull();
    }

    @Test
    void a_host_name_as_proxy_is_refused_at_start_with_the_variable_named() {
        var settings = new Settings(Map.of("HOURBOOK_DATA", tmp.toString(), "HOURBOOK_TRUSTED_PROXIES", "10.0.0.1, proxy.internal"));
        assertThatThrownBy(() -> settings.serve(NO_FLAGS)).isInstanceOf(Settings.Invalid.class)
                .satisfies(e -> assertThat(((Settings.Invalid) e).problems).singleElement().asString()
                        .contains("HOURBOOK_TRUSTED_PROXIES", "proxy.internal"));
    }
}
