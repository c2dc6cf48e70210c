package org.hourbook.bench;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The load generator's HTTP/1.1 client: one kept-alive connection per worker, requests written in
 * one piece, answers read by Content-Length or chunks. The server shares the machine's two cores
 * with the load generator, and the JDK's {@code HttpClient} (selector thread, futures, header
 * maps) took a fifth of the process's CPU under the diary load; this takes a few percent, so the
 * figures say more about the server. Answers are read into one buffer and their header lines
 * found by scanning it: a BufferedInputStream read per byte (a lock each) charged the generator per
 * header byte, so an answer with a dozen headers cost it more than nginx's short one. Not a general client: no redirects, no TLS, no pipelining.
 */
final class RawHttp implements AutoCloseable {
    /** Status and body of one answer. */
    record Response(int status, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final String host;
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    /** What was read from the socket and not used yet: {@code buf[pos, lim)}. Scanned in place, not a lock per byte. */
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int lim;

    RawHttp(String host, int port) throws IOException {
        this.host = host + ":" + port;
        this.socket = new Socket(host, port);
        socket.setTcpNoDelay(true);
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    Response get(String pathAndQuery, String bearer) throws IOException {
        return send("GET", pathAndQuery, bearer, null, null);
    }

    Response post(String path, String bearer, String contentType, byte[] body) throws IOException {
        return send("POST", path, bearer, contentType, body);
    }

    /** An anonymous GET with one extra header line (e.g. {@code X-Forwarded-For: 10.0.0.1}), or none when {@code null}. */
    Response getAnonymous(String pathAndQuery, String headerLine) throws IOException {
        return send("GET", pathAndQuery, null, null, null, headerLine);
    }

    Response put(String path, String bearer, String contentType, byte[] body) throws IOException {
        return send("PUT", path, bearer, contentType, body);
    }

    private Response send(String method, String path, String bearer, String contentType, byte[] body) throws IOException {
        return send(method, path, bearer, contentType, body, null);
    }

    private Response send(String method, String path, String bearer, String contentType, byte[] body, String headerLine) throws IOException {
        StringBuilder head = new StringBuilder(256).append(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: ").append(host)
                .append("\r\n");
        if (bearer != null) head.append("Authorization: Bearer ").append(bearer).append("\r\n");
        if (headerLine != null) head.append(headerLine).append("\r\n");
        if (body != null) head.append("Content-Type: ").append(contentType).append("\r\nContent-Length: ").append(body.length).append("\r\n");
        byte[] h = head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
        if (body == null) {
            out.write(h);
        } else {
            byte[] all = new byte[h.length + body.length];
            System.arraycopy(h, 0, all, 0, h.length);
            System.arraycopy(body, 0, all, h.length, body.length);
            out.write(all);
        }
        out.flush();
        return read();
    }

    private Response read() throws IOException {
        String status = line();
        if (!status.startsWith("HTTP/1.1 ")) throw new IOException("not an HTTP/1.1 answer: " + status);
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim();
            if (name.equals("content-length")) length = Long.parseLong(value);
            else if (name.equals("transfer-encoding")) chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
            else if (name.equals("connection") && value.equalsIgnoreCase("close")) throw new IOException("the server closes the connection");
        }
        if (chunked) {
            ByteArrayOutputStream body = new ByteArrayOutputStream(1 << 15);
            for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0; size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
                body.write(bytes(size));
                line(); // the CRLF after each chunk
            }
            for (String trailer = line(); !trailer.isEmpty(); trailer = line()) {
                // trailers are not used
            }
            return new Response(code, body.toByteArray());
        }
        if (length < 0) throw new IOException("answer without Content-Length or chunks");
        return new Response(code, bytes((int) length));
    }

    /** One header line without its CR LF. */
    private String line() throws IOException {
        StringBuilder more = null;
        while (true) {
            for (int i = pos; i < lim; i++) {
                if (buf[i] != '\n') continue;
                int end = i > pos && buf[i - 1] == '\r' ? i - 1 : i;
                String part = new String(buf, pos, end - pos, StandardCharsets.ISO_8859_1);
                pos = i + 1;
                if (more == null) return part;
                String all = more.append(part).toString();
                return all.endsWith("\r") ? all.substring(0, all.length() - 1) : all;
            }
            // A line across two reads (rare: the buffer holds whole answers).
            if (more == null) more = new StringBuilder();
            more.append(new String(buf, pos, lim - pos, StandardCharsets.ISO_8859_1));
            pos = lim;
            fill();
        }
    }

    /** The next {@code n} bytes of the answer. */
    private byte[] bytes(int n) throws IOException {
        byte[] out = new byte[n];
        int have = Math.min(n, lim - pos);
        System.arraycopy(buf, pos, out, 0, have);
        pos += have;
        while (have < n) {
            int r = in.read(out, have, n - have);
            if (r < 0) throw new EOFException("answer cut short");
            have += r;
        }
        return out;
    }

    private void fill() throws IOException {
        pos = 0;
        lim = in.read(buf);
        if (lim < 0) {
            lim = 0;
            throw new EOFException("connection closed");
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
