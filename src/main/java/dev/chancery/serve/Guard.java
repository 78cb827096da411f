package dev.chancery.serve;

import com.sun.net.httpserver.HttpExchange;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Who may ask the workbench. It listens on loopback, but a page elsewhere can still reach it through the
 * browser: a name that resolves to 127.0.0.1 (DNS rebinding) is refused by its Host, a cross-site request
 * by its Origin or Sec-Fetch-Site, and a request that changes something needs the server's token, which only
 * the page it served holds.
 */
final class Guard {
    private final Set<String> hosts;
    private final Set<String> origins;
    private final byte[] token;

    Guard(int port, String token) {
        this.hosts = Set.of("127.0.0.1:" + port, "localhost:" + port);
        this.origins = Set.of("http://127.0.0.1:" + port, "http://localhost:" + port);
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    /** Why the request is refused (403), or null. */
    String refusal(HttpExchange exchange) {
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host == null || !hosts.contains(host.toLowerCase())) {
            return "this server answers only to 127.0.0.1 or localhost on its port";
        }
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        if (origin != null && !origins.contains(origin.toLowerCase())) {
            return "cross-site requests are refused";
        }
        if ("cross-site".equals(exchange.getRequestHeaders().getFirst("Sec-Fetch-Site"))) {
            return "cross-site requests are refused";
        }
        boolean changes = !"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod());
        String given = exchange.getRequestHeaders().getFirst("X-Chancery-Token");
        if (changes && (given == null || !MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8)))) {
            return "a request that changes something carries the page's token (X-Chancery-Token)";
        }
        return null;
    }
}
