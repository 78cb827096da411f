package dev.chancery.serve;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The page and its files, from the jar ({@code src/main/resources/serve/}): it works offline. */
final class Assets {
    private static final Map<String, String> TYPES = Map.of("js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8", "json", "application/json", "svg", "image/svg+xml");

    private Assets() {
    }

    /** The page, holding this server's token for the requests that change something. */
    static String page(String token) {
        return new String(Workbench.resource("index.html"), StandardCharsets.UTF_8).replace("{{TOKEN}}", token);
    }

    /** A file of the page ("/static/app.js"), or null: only names of letters, digits, - and . under /static/. */
    static byte[] file(String path) {
        if (!path.matches("/static/[a-z0-9-]+\\.(js|css|json|svg)")) {
            return null;
        }
        return Workbench.resource(path.substring("/static/".length()));
    }

    static String type(String path) {
        return TYPES.getOrDefault(path.substring(path.lastIndexOf('.') + 1), "application/octet-stream");
    }
}
