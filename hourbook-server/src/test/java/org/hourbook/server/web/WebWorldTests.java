package org.hourbook.server.web;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A fresh {@link WebWorld} (server, database, people, contracts) for each test of a page, closed after it. */
abstract class WebWorldTests {
    @TempDir Path dir;
    WebWorld world;

    @BeforeEach
    void startWorld() {
        world = new WebWorld(dir);
    }

    @AfterEach
    void stopWorld() {
        world.close();
    }
}
