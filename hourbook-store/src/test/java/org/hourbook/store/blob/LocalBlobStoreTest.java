package org.hourbook.store.blob;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalBlobStoreTest extends BlobStoreContract {
    @TempDir
    Path dir;
    LocalBlobStore store;

    @BeforeEach
    void open() throws IOException {
        store = new LocalBlobStore(dir.resolve("blobs"));
    }

    @Override
    BlobStore store() {
        return store;
    }

    @Test
    void blobs_fan_out_into_two_levels_of_folders() throws Exception {
        String key = store.put(jpeg(10, 4), "image/jpeg");

        assertThat(store.path(key)).isEqualTo(dir.resolve("blobs").resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key));
        assertThat(Files.exists(store.path(key))).isTrue();
    }

    @Test
    void a_failing_upload_leaves_no_blob_and_no_temp_file() throws Exception {
        InputStream failing = new InputStream() {
            int sent;

            @Override
            public int read() throws IOException {
                if (sent++ > 5000) throw new IOException("connection reset");
                return 42;
            }
        };

        try {
            store.put(failing, "image/jpeg");
        } catch (IOException expected) {
            // the point is what is left on disk
        }

        try (Stream<Path> files = Files.walk(dir.resolve("blobs"))) {
            assertThat(files.filter(Files::isRegularFile).toList()).isEmpty();
        }
    }

    @Test
    void temp_files_a_crash_left_behind_are_removed_on_request_and_blobs_are_kept() throws Exception {
        String key = store.put(jpeg(1000, 3), "image/jpeg");
        Path tmp = dir.resolve("blobs").resolve("tmp");
        Files.write(tmp.resolve("blob-123.part"), new byte[4096]);
        Files.write(tmp.resolve("meta-456.part"), new byte[16]);

        LocalBlobStore reopened = new LocalBlobStore(dir.resolve("blobs"));
        try (Stream<Path> temps = Files.list(tmp)) {
            assertThat(temps.toList()).as("opening the folder (a backup while the server runs) takes nothing away").hasSize(2);
        }
        assertThat(reopened.removeLeftovers()).isEqualTo(2);

        try (Stream<Path> temps = Files.list(tmp)) {
            assertThat(temps.toList()).isEmpty();
        }
        assertThat(reopened.exists(key)).isTrue();
        try (Blob blob = reopened.open(key).orElseThrow()) {
            assertThat(blob.mediaType()).isEqualTo("image/jpeg");
        }
    }

    @Test
    void writers_racing_with_the_same_content_all_get_one_intact_blob() throws Exception {
        byte[] content = jpeg(300_000, 5);
        List<Future<String>> keys = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 16; i++) keys.add(pool.submit(() -> store.put(content, "image/jpeg")));
            var distinct = new HashSet<String>();
            for (Future<String> k : keys) distinct.add(k.get());
            assertThat(distinct).containsExactly(sha256(content));
        }

        assertThat(Files.readAllBytes(store.path(sha256(content)))).isEqualTo(content);
        try (Stream<Path> temps = Files.list(dir.resolve("blobs").resolve("tmp"))) {
            assertThat(temps.toList()).isEmpty();
        }
    }
}
