package org.hourbook.tracker.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy on loopback in front of a server that fails the way networks do. Cut off, it closes
 * every connection before anything reaches the server. Armed with a request prefix, it lets the
 * next matching request reach the server, waits until the server starts answering (so the server
 * has done the work and committed) and then cuts the connection: the answer is lost, the work is
 * not. The tracker's background sync and the test may both be talking through it; arming by
 * request keeps the test deterministic whichever of them sends the request.
 */
public final class LossyProxy implements AutoCloseable {
    private final ServerSocket listener;
    private final int target;
    private final AtomicBoolean cutOff = new AtomicBoolean();
    private volatile String armedFor;
    private final AtomicInteger dropped = new AtomicInteger();

    public LossyProxy(int targetPort) throws IOException {
        this.target = targetPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(this::accept, "lossy-proxy");
        t.setDaemon(true);
        t.start();
    }

    public String url() {
        return "http://127.0.0.1:" + listener.getLocalPort();
    }

    /** While cut off, no request reaches the server. */
    public void cutOff(boolean on) {
        cutOff.set(on);
    }

    /** Loses the answer to the next request whose request line starts with {@code prefix} (e.g. {@code "POST /api/v1/contracts/"}). */
    public void loseNextAnswerTo(String prefix) {
        armedFor = prefix;
    }

    /** How many answers were lost so far. */
    public int dropped() {
        return dropped.get();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                if (cutOff.get()) {
                    client.close();
                    continue;
                }
                Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
                AtomicBoolean loseAnswer = new AtomicBoolean();
                pump(client, server, () -> false, loseAnswer, true);
                pump(server, client, loseAnswer::get, loseAnswer, false);
            } catch (IOException e) {
                return;
            }
        }
    }

    private void pump(Socket from, Socket to, java.util.function.BooleanSupplier cut, AtomicBoolean loseAnswer, boolean requests) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[64 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buf)) > 0) {
                    if (requests && cutOff.get()) return;
                    if (requests) armIfMatching(buf, n, loseAnswer);
                    if (cut.getAsBoolean()) {
                        dropped.incrementAndGet();
                        return;
                    }
                    out.write(buf, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // one side closed
            } finally {
                try {
                    from.close();
                    to.close();
                } catch (IOException ignored) {
                    // closed already
                }
            }
        }, "lossy-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    /** HTTP/1.1 without pipelining: the next answer on this connection belongs to this request. */
    private synchronized void armIfMatching(byte[] buf, int n, AtomicBoolean loseAnswer) {
        String prefix = armedFor;
        if (prefix == null || n < prefix.length()) return;
        if (new String(buf, 0, prefix.length(), StandardCharsets.ISO_8859_1).equals(prefix)) {
            armedFor = null;
            loseAnswer.set(true);
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
