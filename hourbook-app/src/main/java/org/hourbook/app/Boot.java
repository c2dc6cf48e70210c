package org.hourbook.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import org.hourbook.server.App;
import org.hourbook.server.Config;
import org.hourbook.server.Services;
import org.hourbook.store.Database;
import org.hourbook.store.StoreConfig;
import org.hourbook.store.blob.BlobStore;
import org.hourbook.store.blob.LocalBlobStore;
import org.hourbook.store.blob.S3BlobStore;
import org.hourbook.store.blob.S3Config;

/** Wires a checked {@link Config} into a running server: database, blob store, services, app. */
public final class Boot {
    private Boot() {}

    public static Database openDatabase(Config config) {
        StoreConfig store = config.dbUrl() == null
                ? StoreConfig.sqlite(config.dataDir())
                : new StoreConfig(config.dbUrl(), config.dataDir(), config.dbUser(), config.dbPassword(), 0);
        return Database.open(store);
    }

    public static BlobStore openBlobs(Config config) {
        return openBlobs(config, true);
    }

    /**
     * @param checkBucket whether to reach the S3 bucket now (creating it when missing): the server
     *                    does, to fail at start-up; an admin command that reads no screenshot does not
     */
    public static BlobStore openBlobs(Config config, boolean checkBucket) {
        try {
            return switch (config.blobs()) {
                case Config.BlobSettings.Local local -> new LocalBlobStore(local.dir());
                case Config.BlobSettings.S3 s3 -> {
                    S3BlobStore store = new S3BlobStore(new S3Config(s3.endpoint() == null ? null : URI.create(s3.endpoint()),
                            s3.region(), s3.bucket(), s3.accessKey(), s3.secretKey(), "screenshots/"));
                    // Fail at start-up, with the bucket named, rather than on the first upload.
                    if (checkBucket) store.createBucketIfMissing();
                    yield store;
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the screenshot store " + config.blobs() + ": " + e.getMessage(), e);
        }
    }

    /** Starts the app over an already opened database (the demo fills it first). */
    static Running start(Config config, Database db, BlobStore blobs, Services services) {
        App app = App.create(config, services).start();
        return new Running(app, services, db, blobs, url(config.host(), app.port()));
    }

    public static Services services(Config config, Database db, BlobStore blobs, Clock clock) {
        return Services.create(config, db, blobs, clock);
    }

    /** The address to open in a browser: a wildcard bind is reachable as localhost. */
    public static URI url(String host, int port) {
        String shown = host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + shown + ":" + port + "/");
    }
}
