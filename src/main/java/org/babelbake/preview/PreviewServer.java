package org.babelbake.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * Serves the built site on 127.0.0.1 for preview, with a small script added to each HTML page
 * that reloads it after a rebuild or shows the build's problems. Only files inside the site
 * folder are served.
 */
public final class PreviewServer implements AutoCloseable {
    static final String PREFIX = "/__babelbake/";
    private static final String SCRIPT_TAG = "<script src=\"" + PREFIX + "reload.js\"></script>";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "xml", "application/xml; charset=utf-8", "txt", "text/plain; charset=utf-8", "json", "application/json",
            "png", "image/png", "svg", "image/svg+xml", "zip", "application/zip", "jpg", "image/jpeg");
    private final HttpServer server;
    private final Path site;
    private final ReloadChannel channel = new ReloadChannel();

    public PreviewServer(Path site, int port) throws IOException {
        this.site = site.toAbsolutePath().normalize();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "preview-http");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", this::handle);
    }

    public void start() {
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public void reload() {
        channel.reload();
    }

    public void problems(String text) {
        channel.problems(text);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URI.create(exchange.getRequestURI().getRawPath()).getRawPath();
            if (path.equals(PREFIX + "events")) {
                channel.open(exchange);
                return;
            }
            if (path.equals(PREFIX + "reload.js")) {
                send(exchange, 200, "js", resource("reload.js"));
                return;
            }
            Path file;
            try {
                // A URI path: %XX decoded as UTF-8, + left a plus (a file a+b.txt is asked for as /a+b.txt).
                file = site.resolve(URI.create(path).getPath().substring(1)).normalize();
            } catch (IllegalArgumentException e) { // also InvalidPathException (a NUL byte)
                send(exchange, 400, "txt", "bad request".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (!file.startsWith(site)) {
                send(exchange, 403, "txt", "forbidden".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (Files.isDirectory(file)) file = file.resolve("index.html");
            if (!Files.isRegularFile(file)) {
                Path notFound = site.resolve("404.html");
                byte[] body = Files.isRegularFile(notFound) ? withReload(Files.readAllBytes(notFound)) : "not found".getBytes(StandardCharsets.UTF_8);
                send(exchange, 404, "html", body);
                return;
            }
            String type = extension(file);
            byte[] body = Files.readAllBytes(file);
            send(exchange, 200, type, type.equals("html") ? withReload(body) : body);
        }
    }

    private static byte[] withReload(byte[] html) {
        String text = new String(html, StandardCharsets.UTF_8);
        int end = text.lastIndexOf("</body>");
        String injected = end < 0 ? text + SCRIPT_TAG : text.substring(0, end) + SCRIPT_TAG + text.substring(end);
        return injected.getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(type, "application/octet-stream"));
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = PreviewServer.class.getResourceAsStream(name)) {
            if (in == null) throw new IOException("missing resource " + name);
            return in.readAllBytes();
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
