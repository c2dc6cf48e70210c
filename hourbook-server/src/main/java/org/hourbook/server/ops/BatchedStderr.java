package org.hourbook.server.ops;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;

/**
 * Standard error for a running server: what is written collects in memory and goes out in one
 * write every {@link #INTERVAL} (or sooner when 64 KB have piled up), instead of one write per
 * line. The request log writes a line per request and flushes it; under load those writes were a
 * twentieth of a request's CPU (bench/README.md, diary). The cost: a line reaches the terminal or
 * journal up to {@link #INTERVAL} later, and a process killed outright (SIGKILL) loses at most
 * that much; a normal stop drains everything ({@link #drain}, called by the shutdown hook).
 * <p>{@code flush()} is deliberately cheap (it leaves the writing to the interval), since the
 * logging backend calls it after every line.
 * <p>Hand-written infrastructure, kept for its measured gain: the diary ratio in bench/README.md
 * (wave 5) rose from 0.49 to 0.55–0.57 with it. It holds no static state: the process that owns
 * stderr ({@code hourbook serve}, the bench's server) installs it once and drains it on stop.
 */
public final class BatchedStderr extends OutputStream {
    public static final Duration INTERVAL = Duration.ofMillis(100);
    private static final int CAPACITY = 64 * 1024;

    private final OutputStream target;
    private final byte[] buffer = new byte[CAPACITY];
    private int count;
    private final Object writing = new Object();

    BatchedStderr(OutputStream target) {
        this.target = target;
    }

    /**
     * Makes {@link System#err} batched, with a daemon thread that drains it every interval. Call
     * it once, from the process's main: {@code System.err} is the process's own.
     *
     * @return the stream, to {@link #drain} when the server has stopped
     */
    public static BatchedStderr install() {
        PrintStream previous = System.err;
        BatchedStderr batched = new BatchedStderr(new FileOutputStream(FileDescriptor.err));
        System.err.flush();
        System.setErr(new PrintStream(batched, false, previous.charset()));
        Thread.ofPlatform().daemon().name("hourbook-stderr").start(() -> {
            while (true) {
                try {
                    Thread.sleep(INTERVAL);
                    batched.drain();
                } catch (InterruptedException e) {
                    return;
                } catch (IOException e) {
                    // stderr is gone (a closed pipe): nothing to tell it; keep the server serving
                }
            }
        });
        return batched;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        synchronized (writing) {
            if (count + len > buffer.length) drainLocked();
            if (len > buffer.length) {
                target.write(b, off, len);
                return;
            }
            System.arraycopy(b, off, buffer, count, len);
            count += len;
        }
    }

    /** Leaves the bytes for the next interval; see the class comment. */
    @Override
    public void flush() {
        // deliberately empty
    }

    /** Writes out everything collected so far. */
    public void drain() throws IOException {
        synchronized (writing) {
            drainLocked();
        }
    }

    private void drainLocked() throws IOException {
        if (count == 0) return;
        int n = count;
        count = 0;
        target.write(buffer, 0, n);
        target.flush();
    }

    @Override
    public void close() throws IOException {
        drain();
    }
}
