package org.hourbook.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StoreConfigTest {

    @Test
    void a_data_directory_means_the_embedded_sqlite_file_in_it() {
        StoreConfig config = StoreConfig.sqlite(Path.of("/var/lib/hourbook"));

        assertThat(config.dialect()).isEqualTo(Dialect.SQLITE);
        assertThat(config.jdbcUrl()).isEqualTo("jdbc:sqlite:/var/lib/hourbook/hourbook.db");
    }

    @Test
    void a_postgresql_url_means_postgresql() {
        assertThat(StoreConfig.postgres("jdbc:postgresql://db:5432/hourbook", "hb", "pw").dialect()).isEqualTo(Dialect.POSTGRES);
    }

    @Test
    void the_password_never_shows_in_logs() {
        assertThat(StoreConfig.postgres("jdbc:postgresql://db/hourbook", "hb", "s3cret").toString()).doesNotContain("s3cret");
    }

    @Test
    void other_databases_and_missing_locations_are_refused_with_a_clear_message() {
        assertThatThrownBy(() -> new StoreConfig("jdbc:mysql://x/y", null, null, null, 0)).hasMessageContaining("jdbc:postgresql:");
        assertThatThrownBy(() -> new StoreConfig(null, null, null, null, 0)).hasMessageContaining("data directory");
    }
}
