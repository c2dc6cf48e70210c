package org.hourbook.tracker.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.hourbook.tracker.wire.Wire;

/**
 * How {@code track stop|status|sync|idle} reach the tracker running in the background: a Unix
 * domain socket in the data directory (readable by its owner only, like the folder), one JSON
 * request line and one JSON answer line per connection.
 */
final class Control implements AutoCloseable {
    static final ObjectMapper JSON = Wire.mapper();

    private final ServerSocketChannel server;
    private final Path path;
    private final Thread thread;

    private Control(ServerSocketChannel server, Path path, Function<JsonNode, JsonNode> handler) {
        this.server = server;
        this.path = path;
        this.thread = new Thread(() -> serve(handler), "tracker-control");
        thread.setDaemon(true);
        thread.start();
    }

    /** Listens on {@code path} (a stale socket file of a dead tracker is replaced). */
    static Control listen(Path path, Function<JsonNode, JsonNode> handler) throws IOException {
        Files.deleteIfExists(path);
        ServerSocketChannel s = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        s.bind(UnixDomainSocketAddress.of(path));
        try {
            Files.setPosixFilePermissions(path, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException ignored) {
            // not POSIX: the data folder is private to the user
        }
        return new Control(s, path, handler);
    }

    /** Sends one request; empty when no tracker answers there. */
    static Optional<JsonNode> send(Path path, ObjectNode request) {
        if (!Files.exists(path)) return Optional.empty();
        try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            ch.connect(UnixDomainSocketAddress.of(path));
            ch.write(ByteBuffer.wrap((JSON.writeValueAsString(request) + "\n").getBytes(StandardCharsets.UTF_8)));
            var reader = new java.io.BufferedReader(Channels.newReader(ch, StandardCharsets.UTF_8));
            String line = reader.readLine();
            return line == null ? Optional.empty() : Optional.of(JSON.readTree(line));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static ObjectNode request(String command) {
        return JSON.createObjectNode().put("command", command);
    }

    private void serve(Function<JsonNode, JsonNode> handler) {
        while (server.isOpen()) {
            try (SocketChannel ch = server.accept()) {
                var reader = new java.io.BufferedReader(Channels.newReader(ch, StandardCharsets.UTF_8));
                String line = reader.readLine();
                if (line == null) continue;
                JsonNode answer;
                try {
                    answer = handler.apply(JSON.readTree(line));
                } catch (RuntimeException e) {
                    answer = JSON.createObjectNode().put("error", String.valueOf(e.getMessage()));
                }
                ch.write(ByteBuffer.wrap((JSON.writeValueAsString(answer) + "\n").getBytes(StandardCharsets.UTF_8)));
            } catch (IOException e) {
                if (!server.isOpen()) return;
            }
        }
    }

    @Override
    public void close() {
        try {
            server.close();
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // the socket file goes with the folder's next tracker
        }
    }
}
