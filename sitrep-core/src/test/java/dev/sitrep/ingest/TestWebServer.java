package dev.sitrep.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

/** A real HTTP server on a free loopback port, serving what each test registers, and logging what it was asked. */
final class TestWebServer implements AutoCloseable {

    /** Answers one request. */
    @FunctionalInterface
    interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    /** Every request, as {@code GET /path}. */
    final List<String> requests = new CopyOnWriteArrayList<>();

    /** The User-Agent of every request. */
    final List<String> userAgents = new CopyOnWriteArrayList<>();

    private final Map<String, Handler> handlers = new ConcurrentHashMap<>();
    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);

    TestWebServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                requests.add(exchange.getRequestMethod() + " " + path);
                userAgents.add(String.valueOf(exchange.getRequestHeaders().getFirst("User-Agent")));
                Handler handler = handlers.get(path);
                if (handler == null) {
                    send(exchange, 404, "text/html", "<html><body><h1>Not Found</h1></body></html>");
                } else {
                    handler.handle(exchange);
                }
            }
        });
        server.start();
    }

    /** The absolute URL of {@code path} on this server. */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    void handle(String path, Handler handler) {
        handlers.put(path, handler);
    }

    void serve(String path, String contentType, byte[] body) {
        handle(path, exchange -> send(exchange, 200, contentType, body));
    }

    void serve(String path, String contentType, String body) {
        serve(path, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /** Serves {@code body} gzip-encoded to clients that accept it. */
    void serveGzipped(String path, String contentType, byte[] body) {
        handle(path, exchange -> {
            String accept = exchange.getRequestHeaders().getFirst("Accept-Encoding");
            if (accept == null || !accept.contains("gzip")) {
                send(exchange, 200, contentType, body);
                return;
            }
            ByteArrayOutputStream zipped = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
                gz.write(body);
            }
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            send(exchange, 200, contentType, zipped.toByteArray());
        });
    }

    void redirect(String path, String to) {
        handle(path, exchange -> {
            exchange.getResponseHeaders().set("Location", to);
            exchange.sendResponseHeaders(302, -1);
        });
    }

    /** How many times {@code path} was asked for. */
    long hits(String path) {
        return requests.stream().filter(r -> r.endsWith(" " + path)).count();
    }

    static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        send(exchange, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
