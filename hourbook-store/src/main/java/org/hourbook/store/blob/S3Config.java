package org.hourbook.store.blob;

import java.net.URI;
import java.util.Objects;

/**
 * An S3-compatible bucket (AWS, MinIO, Garage, Ceph, s3proxy, ...). Path-style addressing is
 * always used: it works with every S3-compatible server.
 *
 * @param endpoint  {@code null} for AWS's own endpoint of {@code region}
 * @param accessKey {@code null} (with secretKey) to use the SDK's default credential chain
 * @param prefix    key prefix inside the bucket, e.g. {@code "screenshots/"}; may be empty
 */
public record S3Config(URI endpoint, String region, String bucket, String accessKey, String secretKey, String prefix) {

    public S3Config {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(bucket, "bucket");
        prefix = prefix == null ? "" : prefix;
        if ((accessKey == null) != (secretKey == null)) throw new IllegalArgumentException("give both accessKey and secretKey, or neither");
    }

    @Override
    public String toString() {
        return "S3Config[endpoint=" + endpoint + ", region=" + region + ", bucket=" + bucket + ", prefix=" + prefix + "]";
    }
}
