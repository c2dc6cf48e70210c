package org.hourbook.app;

import java.net.URI;
import org.hourbook.server.App;
import org.hourbook.server.Services;
import org.hourbook.store.Database;
import org.hourbook.store.blob.BlobStore;

/**
 * A started server and what it owns. Closing it stops the app gracefully (requests in flight
 * finish) and then closes the database pool, in that order.
 */
public record Running(App app, Services services, Database db, BlobStore blobs, URI url) implements AutoCloseable {
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        try {
            app.stop();
        } finally {
            try {
                if (blobs instanceof AutoCloseable closeable) closeable.close();
            } catch (Exception e) {
                // Stopping anyway; a blob client that fails to close holds nothing we need.
            } finally {
                db.close();
            }
        }
    }
}
