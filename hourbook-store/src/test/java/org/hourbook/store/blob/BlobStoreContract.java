package org.hourbook.store.blob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What every blob store promises; each implementation's test extends this. */
abstract class BlobStoreContract {

    abstract BlobStore store();

    static byte[] jpeg(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        return bytes;
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void a_blob_is_stored_under_the_sha256_of_its_bytes_and_reads_back() throws Exception {
        byte[] content = jpeg(200_000, 1);

        String key = store().put(content, "image/jpeg");

        assertThat(key).isEqualTo(sha256(content));
        try (Blob blob = store().open(key).orElseThrow()) {
            assertThat(blob.size()).isEqualTo(content.length);
            assertThat(blob.mediaType()).isEqualTo("image/jpeg");
            assertThat(blob.stream().readAllBytes()).isEqualTo(content);
        }
    }

    @Test
    void streamed_content_gets_the_same_key_as_bytes() throws Exception {
        byte[] content = jpeg(50_000, 2);

        assertThat(store().put(new ByteArrayInputStream(content), "image/png")).isEqualTo(sha256(content));
        assertThat(store().open(sha256(content)).orElseThrow().readAllBytes()).isEqualTo(content);
    }

    @Test
    void storing_the_same_bytes_twice_is_harmless() throws Exception {
        byte[] content = "same".getBytes(StandardCharsets.UTF_8);

        String first = store().put(content, "text/plain");
        String second = store().put(content, "text/plain");

        assertThat(second).isEqualTo(first);
        assertThat(store().open(first).orElseThrow().readAllBytes()).isEqualTo(content);
    }

    @Test
    void a_missing_blob_is_empty_and_does_not_exist() throws Exception {
        String key = sha256("never stored".getBytes(StandardCharsets.UTF_8));

        assertThat(store().open(key)).isEmpty();
        assertThat(store().exists(key)).isFalse();
        assertThat(store().delete(key)).isFalse();
    }

    @Test
    void a_deleted_blob_is_gone() throws Exception {
        String key = store().put(jpeg(1000, 3), "image/jpeg");
        assertThat(store().exists(key)).isTrue();

        assertThat(store().delete(key)).isTrue();

        assertThat(store().exists(key)).isFalse();
        assertThat(store().open(key)).isEmpty();
    }

    @Test
    void an_empty_blob_is_a_blob() throws Exception {
        String key = store().put(new byte[0], "image/jpeg");

        assertThat(store().open(key).orElseThrow().readAllBytes()).isEmpty();
    }

    @Test
    void keys_that_are_not_sha256_hex_are_refused() {
        for (String bad : new String[] {"../../etc/passwd", "ABC", "g".repeat(64), "A".repeat(64)}) {
            assertThatThrownBy(() -> store().open(bad)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
