package courseware.serve;

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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves the site folder over HTTP with the JDK's own server (enough for one author on loopback;
 * no dependency). Pages get the live-reload script added on the way out, so the site on disk stays
 * exactly what {@code build} writes. Nothing outside the site folder is ever served: paths with a
 * {@code ..} segment, a NUL or a backslash are refused before they touch the file system, and a
 * file whose real path (symlinks resolved) leaves the folder is refused too.
 */
final class SiteServer implements AutoCloseable {
    static final String LIVE_SCRIPT = "/__courseware/live.js";
    static final String EVENTS = "/__courseware/events";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "json", "application/json", "svg", "image/svg+xml", "png", "image/png", "woff2", "font/woff2",
            "woff", "font/woff", "ttf", "font/ttf", "txt", "text/plain; charset=utf-8");

    private final HttpServer server;
    private final ExecutorService threads;
    private final Path root;
    private final LiveEvents events;
    private final byte[] liveScript;

    private SiteServer(HttpServer server, ExecutorService threads, Path root, LiveEvents events) throws IOException {
        this.server = server;
        this.threads = threads;
        this.root = root.toAbsolutePath().normalize();
        this.events = events;
        try (InputStream in = SiteServer.class.getResourceAsStream("live.js")) {
            if (in == null) throw new IOException("live.js is missing from the courseware jar");
            this.liveScript = in.readAllBytes();
        }
    }

    /** Binds {@code address} (port 0 picks a free one) and serves {@code root}; {@link java.net.BindException} when taken. */
    static SiteServer start(InetSocketAddress address, Path root, LiveEvents events) throws IOException {
        HttpServer server = HttpServer.create(address, 0);
        // Event streams hold a thread each; daemon threads never keep the JVM up.
        ExecutorService threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "courseware-http");
            t.setDaemon(true);
            return t;
        });
        SiteServer site = new SiteServer(server, threads, root, events);
        server.createContext("/", site::handle);
        server.setExecutor(threads);
        server.start();
        return site;
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "only GET and HEAD\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (path == null) path = "/";
            if (path.equals(EVENTS)) {
                stream(exchange);
                return;
            }
            if (path.equals(LIVE_SCRIPT)) {
                send(exchange, 200, TYPES.get("js"), liveScript);
                return;
            }
            Optional<Path> file = resolve(path);
            if (file.isEmpty()) {
                boolean noSite = !Files.isDirectory(root);
                send(exchange, noSite ? 503 : 404, TYPES.get("html"), withLiveScript(noSite
                        ? "<!doctype html><title>No site yet</title><h1>No site yet</h1><p>The build has not succeeded yet; its problems are in the terminal and shown here.</p>"
                        : "<!doctype html><title>Not found</title><h1>Not found</h1><p><a href=\"/\">Course index</a></p>"));
                return;
            }
            String type = TYPES.getOrDefault(extension(file.get()), "application/octet-stream");
            byte[] body = Files.readAllBytes(file.get());
            if (type.startsWith("text/html")) body = withLiveScript(new String(body, StandardCharsets.UTF_8));
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            send(exchange, 200, type, body);
        }
    }

    /** The file a request path names inside the site, or empty when there is none or it would leave the site. */
    Optional<Path> resolve(String path) throws IOException {
        if (path.indexOf('\0') >= 0 || path.indexOf('\\') >= 0) return Optional.empty();
        for (String segment : path.split("/")) if (segment.equals("..")) return Optional.empty();
        Path candidate = root.resolve(path.replaceFirst("^/+", "")).normalize();
        if (!candidate.startsWith(root)) return Optional.empty();
        if (Files.isDirectory(candidate)) candidate = candidate.resolve("index.html");
        if (!Files.isRegularFile(candidate)) return Optional.empty();
        Path real = candidate.toRealPath();
        if (!real.startsWith(root.toRealPath())) return Optional.empty();
        return Optional.of(real);
    }

    private void stream(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream body = exchange.getResponseBody();
        body.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
        body.flush();
        // Hold the exchange open until a write to it fails (the pings find a closed page) or the server stops.
        try {
            events.join(body).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] withLiveScript(String html) {
        String tag = "<script src=\"" + LIVE_SCRIPT + "\"></script>";
        int end = html.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        String out = end < 0 ? html + tag : html.substring(0, end) + tag + html.substring(end);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head) exchange.getResponseBody().write(body);
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() {
        events.closeAll();
        server.stop(0);
        threads.shutdownNow();
    }

    /** For messages: where the site is served. */
    URI address(String host) {
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/");
    }
}
