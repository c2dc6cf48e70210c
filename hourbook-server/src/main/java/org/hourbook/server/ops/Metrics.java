package org.hourbook.server.ops;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;

/** The server's meters, one registry per server instance (no global registry). */
public final class Metrics {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Counter segmentsIngested = Counter.builder("hourbook_segments_ingested")
            .description("segments stored from uploads (replays not counted)").register(registry);
    private final Counter screenshotsIngested = Counter.builder("hourbook_screenshots_ingested")
            .description("screenshots stored from uploads").register(registry);

    private final ConcurrentHashMap<RequestKey, Timer> timers = new ConcurrentHashMap<>();

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    public void segmentsIngested(int n) {
        segmentsIngested.increment(n);
    }

    public void screenshotIngested() {
        screenshotsIngested.increment();
    }

    /** One request: counted and timed by route template (never the raw path: ids would explode the series). */
    public void request(String method, String route, int status, Duration took) {
        // Route templates and statuses are few: keep each timer instead of building its id per request.
        timers.computeIfAbsent(new RequestKey(method, route, status), k -> Timer.builder("http_server_requests")
                .description("HTTP requests by route template and status")
                .tag("method", k.method()).tag("route", k.route()).tag("status", Integer.toString(k.status()))
                .publishPercentileHistogram()
                .register(registry)).record(took);
    }

    private record RequestKey(String method, String route, int status) {}

    /** Pool gauges read from Hikari's MXBean, so they work however the pool was built. */
    public void bindPool(HikariDataSource ds) {
        gauge("hikari_connections_active", ds, HikariPoolMXBean::getActiveConnections);
        gauge("hikari_connections_idle", ds, HikariPoolMXBean::getIdleConnections);
        gauge("hikari_connections", ds, HikariPoolMXBean::getTotalConnections);
        gauge("hikari_connections_pending", ds, HikariPoolMXBean::getThreadsAwaitingConnection);
        Gauge.builder("hikari_connections_max", ds, d -> d.getMaximumPoolSize()).tag("pool", poolName(ds)).register(registry);
    }

    private void gauge(String name, HikariDataSource ds, ToDoubleFunction<HikariPoolMXBean> f) {
        Gauge.builder(name, ds, d -> {
            HikariPoolMXBean bean = d.getHikariPoolMXBean();
            return bean == null ? 0 : f.applyAsDouble(bean);
        }).tag("pool", poolName(ds)).register(registry);
    }

    private static String poolName(HikariDataSource ds) {
        return ds.getPoolName() == null ? "default" : ds.getPoolName();
    }

    public String scrape() {
        return registry.scrape();
    }
}
