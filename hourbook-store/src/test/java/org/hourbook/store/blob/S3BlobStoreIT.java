package org.hourbook.store.blob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import org.hourbook.store.testing.TestS3;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The S3 store against a real S3 endpoint (s3proxy), started once for the class. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class S3BlobStoreIT extends BlobStoreContract {
    TestS3 s3;
    S3BlobStore store;
    int bucket;

    @BeforeAll
    void startS3(@TempDir Path dir) throws Exception {
        s3 = TestS3.start(dir);
    }

    @AfterAll
    void stopS3() throws Exception {
        s3.close();
    }

    @BeforeEach
    void freshBucket() throws IOException {
        if (store != null) store.close();
        store = new S3BlobStore(s3.config("shots-" + ++bucket));
        store.createBucketIfMissing();
        store.createBucketIfMissing(); // harmless the second time
    }

    @Override
    BlobStore store() {
        return store;
    }

    @Test
    void objects_live_under_the_configured_prefix_and_sha256_key() throws Exception {
        byte[] content = jpeg(500, 9);
        String key = store.put(content, "image/jpeg");

        try (S3BlobStore unprefixed = new S3BlobStore(new S3Config(s3.endpoint(), "us-east-1",
                "shots-" + bucket, TestS3.ACCESS_KEY, TestS3.SECRET_KEY, ""))) {
            assertThat(unprefixed.exists(key)).isFalse();
        }
        assertThat(key).isEqualTo(sha256(content));
    }

    @Test
    void wrong_credentials_fail_loudly() {
        try (S3BlobStore wrong = new S3BlobStore(new S3Config(s3.endpoint(), "us-east-1", "shots-" + bucket, TestS3.ACCESS_KEY,
                "not-the-secret", ""))) {
            assertThatThrownBy(() -> wrong.put(new byte[] {1, 2, 3}, "image/jpeg")).isInstanceOf(IOException.class);
        }
    }
}
