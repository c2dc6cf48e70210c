package org.hourbook.store.blob;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Blobs in an S3-compatible bucket, under {@code prefix + key}. S3 writes are atomic per object,
 * so a blob is whole or absent; re-putting the same bytes rewrites an identical object. The
 * upload carries the bytes' MD5 so the server rejects a corrupted transfer.
 * <p>
 * Screenshots are small (the server limits their size before they get here), so content is
 * hashed in memory before the upload: the key must be known before the object is written.
 */
public final class S3BlobStore implements BlobStore, AutoCloseable {
    private final S3Client s3;
    private final S3Config config;

    public S3BlobStore(S3Config config) {
        this.config = config;
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(config.region()))
                .forcePathStyle(true)
                // Checksums only where S3 requires them: many S3-compatible servers reject the SDK's
                // default trailing CRC checksums; each upload carries a Content-MD5 instead.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .overrideConfiguration(o -> o.apiCallTimeout(Duration.ofSeconds(60)).apiCallAttemptTimeout(Duration.ofSeconds(20)))
                .credentialsProvider(config.accessKey() == null
                        ? DefaultCredentialsProvider.builder().build()
                        : StaticCredentialsProvider.create(AwsBasicCredentials.create(config.accessKey(), config.secretKey())));
        if (config.endpoint() != null) builder.endpointOverride(config.endpoint());
        this.s3 = builder.build();
    }

    /** Creates the bucket if it is not there yet (development and tests; production buckets are made by the operator). */
    public void createBucketIfMissing() throws IOException {
        try {
            s3.headBucket(b -> b.bucket(config.bucket()));
        } catch (S3Exception e) {
            if (e.statusCode() != 404) throw io("head bucket", e);
            try {
                s3.createBucket(b -> b.bucket(config.bucket()));
            } catch (BucketAlreadyOwnedByYouException raced) {
                // another node created it meanwhile
            } catch (SdkException ce) {
                throw io("create bucket", ce);
            }
        } catch (SdkException e) {
            throw io("head bucket", e);
        }
    }

    @Override
    public String put(byte[] content, String mediaType) throws IOException {
        String key = BlobStore.hex(digest("SHA-256", content));
        String md5 = Base64.getEncoder().encodeToString(digest("MD5", content));
        try {
            s3.putObject(b -> b.bucket(config.bucket()).key(objectKey(key)).contentType(mediaType).contentMD5(md5),
                    RequestBody.fromBytes(content));
        } catch (SdkException e) {
            throw io("put " + key, e);
        }
        return key;
    }

    @Override
    public String put(InputStream content, String mediaType) throws IOException {
        return put(content.readAllBytes(), mediaType);
    }

    @Override
    public Optional<Blob> open(String key) throws IOException {
        String objectKey = objectKey(BlobStore.checkKey(key));
        try {
            ResponseInputStream<GetObjectResponse> in = s3.getObject(b -> b.bucket(config.bucket()).key(objectKey));
            GetObjectResponse r = in.response();
            return Optional.of(new Blob(in, r.contentLength(), r.contentType()));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (SdkException e) {
            throw io("get " + key, e);
        }
    }

    @Override
    public boolean exists(String key) throws IOException {
        String objectKey = objectKey(BlobStore.checkKey(key));
        try {
            s3.headObject(b -> b.bucket(config.bucket()).key(objectKey));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) return false;
            throw io("head " + key, e);
        } catch (SdkException e) {
            throw io("head " + key, e);
        }
    }

    @Override
    public boolean delete(String key) throws IOException {
        if (!exists(key)) return false;
        try {
            s3.deleteObject(b -> b.bucket(config.bucket()).key(objectKey(key)));
            return true;
        } catch (SdkException e) {
            throw io("delete " + key, e);
        }
    }

    private String objectKey(String key) {
        return config.prefix() + key;
    }

    private IOException io(String what, SdkException e) {
        return new IOException("S3 " + what + " failed (" + config + "): " + e.getMessage(), e);
    }

    private static byte[] digest(String algorithm, byte[] content) {
        try {
            return MessageDigest.getInstance(algorithm).digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has " + algorithm, e);
        }
    }

    @Override
    public void close() {
        s3.close();
    }
}
