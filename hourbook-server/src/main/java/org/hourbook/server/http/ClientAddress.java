package org.hourbook.server.http;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * Who is really calling, for per-address limits. The direct peer, unless the peer is one of the
 * configured trusted proxies: then {@code X-Forwarded-For} is read from the right (each proxy
 * appends the address it saw) and the first address that is not a trusted proxy is the client.
 * A client cannot spoof its way past this: whatever it writes into the header sits to the left
 * of the address our own proxy appended.
 * <pre>
 * ClientAddress ips = ClientAddress.trusting(List.of("10.0.0.0/8", "127.0.0.1"));
 * String ip = ips.of(ctx);   // "203.0.113.7"
 * </pre>
 */
public final class ClientAddress {
    private record Range(byte[] network, int bits) {
        boolean contains(byte[] a) {
            if (a.length != network.length) return false;
            int whole = bits / 8;
            for (int i = 0; i < whole; i++) {
                if (a[i] != network[i]) return false;
            }
            int rest = bits % 8;
            if (rest == 0) return true;
            int mask = 0xff << (8 - rest) & 0xff;
            return (a[whole] & mask) == (network[whole] & mask);
        }
    }

    private final List<Range> trusted;

    private ClientAddress(List<Range> trusted) {
        this.trusted = trusted;
    }

    /**
     * @param proxies addresses ({@code 10.1.2.3}, {@code ::1}) or CIDR ranges ({@code 10.0.0.0/8});
     *                literal IPs only, never host names (no DNS look-up at start or per request)
     * @throws IllegalArgumentException naming the entry that is not an address or range
     */
    public static ClientAddress trusting(List<String> proxies) {
        List<Range> ranges = new ArrayList<>();
        for (String p : proxies) {
            String entry = p.trim();
            if (entry.isEmpty()) continue;
            int slash = entry.indexOf('/');
            byte[] addr = literal(slash < 0 ? entry : entry.substring(0, slash));
            if (addr == null) throw new IllegalArgumentException("not an IP address or CIDR range: " + entry);
            int bits = addr.length * 8;
            if (slash >= 0) {
                try {
                    bits = Integer.parseInt(entry.substring(slash + 1));
                } catch (NumberFormatException e) {
                    bits = -1;
                }
                if (bits < 0 || bits > addr.length * 8) throw new IllegalArgumentException("bad prefix length in " + entry);
            }
            ranges.add(new Range(addr, bits));
        }
        return new ClientAddress(List.copyOf(ranges));
    }

    public String of(Context ctx) {
        return resolve(ctx.req().getRemoteAddr(), ctx.req().getHeaders("X-Forwarded-For") == null ? List.of()
                : java.util.Collections.list(ctx.req().getHeaders("X-Forwarded-For")));
    }

    /** The client address given the peer and every {@code X-Forwarded-For} header line in order. */
    public String of(String peer, List<String> forwardedFor) {
        return resolve(peer, forwardedFor);
    }

    String resolve(String peer, List<String> forwardedFor) {
        if (!isTrusted(peer)) return peer;
        List<String> hops = new ArrayList<>();
        for (String line : forwardedFor) {
            for (String hop : line.split(",")) {
                if (!hop.isBlank()) hops.add(hop.trim());
            }
        }
        String client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (literal(hop) == null) return client; // garbage in the header: stop at the last address we trust
            client = hop;
            if (!isTrusted(hop)) return hop;
        }
        return client;
    }

    boolean isTrusted(String address) {
        byte[] a = literal(address);
        return a != null && trusted.stream().anyMatch(r -> r.contains(a));
    }

    /** The bytes of a literal IPv4/IPv6 address, or {@code null}; never resolves a name. */
    static byte[] literal(String s) {
        if (s == null || s.isEmpty()) return null;
        String v = s.startsWith("[") && s.endsWith("]") ? s.substring(1, s.length() - 1) : s;
        if (v.indexOf(':') < 0) return ipv4(v);
        // Only hex digits, colons and dots (an embedded IPv4 tail): InetAddress then parses without a look-up.
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (!(c == ':' || c == '.' || Character.digit(c, 16) >= 0 && c < 128)) return null;
        }
        try {
            return InetAddress.getByName(v).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** Four decimal parts of 1–3 digits, each at most 255; per request, so by hand rather than by a pattern and InetAddress. */
    private static byte[] ipv4(String v) {
        byte[] out = new byte[4];
        int part = 0;
        int value = 0;
        int digits = 0;
        for (int i = 0; i <= v.length(); i++) {
            char c = i == v.length() ? '.' : v.charAt(i);
            if (c == '.') {
                if (digits == 0 || part == 4) return null;
                out[part++] = (byte) value;
                value = 0;
                digits = 0;
            } else if (c >= '0' && c <= '9' && digits < 3) {
                value = value * 10 + (c - '0');
                digits++;
                if (value > 255) return null;
            } else {
                return null;
            }
        }
        return part == 4 ? out : null;
    }
}
