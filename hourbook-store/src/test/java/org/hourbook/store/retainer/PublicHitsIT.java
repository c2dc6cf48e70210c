package org.hourbook.store.retainer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.hourbook.store.Database;
import org.hourbook.store.testing.Backend;
import org.hourbook.store.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The public links' request counts, which every node adds to and reads back once a second. */
@ParameterizedClass
@EnumSource(Backend.class)
class PublicHitsIT {
    static final Instant MINUTE = Instant.parse("2026-11-18T15:00:00Z");

    @Parameter
    Backend backend;
    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        db = TestDatabases.open(backend, dir);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void counts_from_two_nodes_add_up_per_address_and_minute_and_come_back_as_totals() {
        assertThat(db.retainers().hitAll(Map.of("r:10.0.0.1", 3, "r:10.0.0.2", 1), MINUTE)).isEqualTo(Map.of("r:10.0.0.1", 3, "r:10.0.0.2", 1));
        assertThat(db.retainers().hitAll(Map.of("r:10.0.0.1", 4), MINUTE)).as("another node's second").isEqualTo(Map.of("r:10.0.0.1", 7));
        assertThat(db.retainers().hitAll(Map.of("r:10.0.0.1", 1), MINUTE.plusSeconds(60))).as("a new minute").isEqualTo(Map.of("r:10.0.0.1", 1));
        assertThat(db.retainers().hitAll(Map.of(), MINUTE)).isEmpty();
    }

    @Test
    void a_busy_second_of_many_addresses_goes_in_several_statements_and_loses_none() {
        Map<String, Integer> many = new HashMap<>();
        for (int i = 0; i < 1_234; i++) many.put("r:10.0." + (i >> 8) + "." + (i & 255), 1 + i % 3);
        assertThat(db.retainers().hitAll(many, MINUTE)).isEqualTo(many);
        Map<String, Integer> doubled = new HashMap<>();
        many.forEach((k, v) -> doubled.put(k, 2 * v));
        assertThat(db.retainers().hitAll(many, MINUTE)).isEqualTo(doubled);
    }
}
