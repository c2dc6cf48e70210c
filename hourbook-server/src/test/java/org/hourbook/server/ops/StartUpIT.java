package org.hourbook.server.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hourbook.server.testing.TestServer;
import org.hourbook.store.blob.LocalBlobStore;
import org.hourbook.store.testing.Backend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the server tidies when it starts. */
class StartUpIT {
    @TempDir
    Path dir;

    @Test
    void unfinished_uploads_a_crash_left_in_the_blob_folder_are_removed_at_start_and_only_then() throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("blobs").resolve("tmp"));
        Files.write(tmp.resolve("blob-4711.part"), new byte[64 * 1024]);
        Files.write(tmp.resolve("meta-4712.part"), new byte[12]);

        try (TestServer server = TestServer.start(Backend.SQLITE, dir)) {
            assertThat(Files.list(tmp).toList()).as("removed before the first request").isEmpty();
            Files.write(tmp.resolve("blob-4713.part"), new byte[1024]); // an upload in flight
            new LocalBlobStore(dir.resolve("blobs")); // e.g. hourbook backup opening the same folder
            assertThat(Files.exists(tmp.resolve("blob-4713.part"))).as("another process opening the folder takes nothing away").isTrue();
            assertThat(server.anonymous().get("/api/v1/health").status()).isEqualTo(200);
        }
    }
}
