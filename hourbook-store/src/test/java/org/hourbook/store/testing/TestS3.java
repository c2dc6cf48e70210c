package org.hourbook.store.testing;

import java.net.URI;
import java.nio.file.Path;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.hourbook.store.blob.S3Config;

/**
 * A real S3 endpoint for tests: s3proxy on 127.0.0.1 and a random port, storing objects in a
 * folder you give (use {@code @TempDir}), checking AWS v4 signatures.
 * <pre>
 * try (TestS3 s3 = TestS3.start(dir)) {
 *     S3BlobStore blobs = new S3BlobStore(s3.config("shots"));
 *     blobs.createBucketIfMissing();
 * }
 * </pre>
 */
public final class TestS3 implements AutoCloseable {
    public static final String ACCESS_KEY = "hourbook-test";
    public static final String SECRET_KEY = "hourbook-test-secret";

    private final S3Proxy proxy;

    private TestS3(S3Proxy proxy) {
        this.proxy = proxy;
    }

    public static TestS3 start(Path folder) throws Exception {
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(new FilesystemNio2BlobStore(folder.toAbsolutePath().toString()))
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .build();
        proxy.start();
        while (!"STARTED".equals(proxy.getState())) Thread.sleep(10);
        return new TestS3(proxy);
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + proxy.getPort());
    }

    /** Configuration for a bucket on this endpoint (create it with {@code createBucketIfMissing}). */
    public S3Config config(String bucket) {
        return new S3Config(endpoint(), "us-east-1", bucket, ACCESS_KEY, SECRET_KEY, "screenshots/");
    }

    @Override
    public void close() throws Exception {
        proxy.stop();
    }
}
