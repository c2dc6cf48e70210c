package org.hourbook.store.blob;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/** An opened blob: its bytes as a stream, their count and the media type given when it was stored. */
public record Blob(InputStream stream, long size, String mediaType) implements Closeable {

    public byte[] readAllBytes() throws IOException {
        try (stream) {
            return stream.readAllBytes();
        }
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }
}
