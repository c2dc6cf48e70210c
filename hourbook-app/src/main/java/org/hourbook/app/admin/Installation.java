package org.hourbook.app.admin;

import java.nio.file.Files;
import java.time.Clock;
import org.hourbook.app.Boot;
import org.hourbook.server.Config;
import org.hourbook.server.Services;
import org.hourbook.store.Database;
import org.hourbook.store.blob.BlobStore;

/**
 * The database and services of an installation, opened for one admin command next to (or
 * instead of) a running server: SQLite's write-ahead log lets both write, one at a time.
 */
final class Installation implements AutoCloseable {
    private final Config config;
    private final Database db;
    private final BlobStore blobs;
    private final Services services;

    private Installation(Config config, Database db, BlobStore blobs, Services services) {
        this.config = config;
        this.db = db;
        this.blobs = blobs;
        this.services = services;
    }

    /** Whether the configuration names a database that is there: PostgreSQL always, SQLite when its file exists. */
    static boolean exists(Config config) {
        return config.dbUrl() != null || Files.exists(config.dataDir().resolve("hourbook.db"));
    }

    static Installation open(Config config, Clock clock) {
        Database db = Boot.openDatabase(config);
        try {
            // No admin command reads a screenshot: the bucket is not contacted.
            BlobStore blobs = Boot.openBlobs(config, false);
            return new Installation(config, db, blobs, Boot.services(config, db, blobs, clock));
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    Config config() { return config; }

    Database db() { return db; }

    Services services() { return services; }

    /** Whether links use HOURBOOK_PUBLIC_URL, rather than the listening address this command guesses. */
    boolean publicUrlConfigured() {
        return config.publicUrl() != null;
    }

    /**
     * The absolute URL of a page: HOURBOOK_PUBLIC_URL when set; else the address the server
     * listens at by these settings (HOURBOOK_HOST, HOURBOOK_PORT), which is only a guess here.
     */
    String link(String path) {
        if (publicUrlConfigured()) return services.publicUrl().of(path);
        String base = Boot.url(config.host(), config.port()).toString();
        return base.substring(0, base.length() - 1) + path;
    }

    @Override
    public void close() {
        try {
            if (blobs instanceof AutoCloseable c) c.close();
        } catch (Exception e) {
            // nothing was read from it; closing the database matters more
        } finally {
            db.close();
        }
    }
}
