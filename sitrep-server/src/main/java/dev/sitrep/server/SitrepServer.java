package dev.sitrep.server;

import dev.sitrep.store.Store;
import dev.sitrep.store.StoreException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code sitrep serve}: the store of one data directory over HTTP: the JSON API under {@code /api/}, its OpenAPI
 * description at {@code /openapi.json}, and the web UI (static files from this jar's {@code ui} folder, the chart
 * and network libraries from their WebJars). Every route is wired in {@link #start}.
 *
 * <p>Reads need nothing; {@code POST /api/ingest} needs the token written to {@code DIR/server.json}, which exists
 * while the server runs. On a loopback address, requests must name a loopback host, so a web page elsewhere cannot
 * read the API through DNS rebinding.
 */
public final class SitrepServer implements AutoCloseable {

    /** The largest request body: one ingest request of JSON lines. */
    public static final long MAX_BODY_BYTES = 16L * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(SitrepServer.class);
    private static final String UI = "/dev/sitrep/server/ui";
    private static final Set<String> LOOPBACK_NAMES = Set.of("127.0.0.1", "localhost", "[::1]");
    private static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                    + "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
                    + "form-action 'self'",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY");

    private final Javalin app;
    private final Store store;
    private final ServerFile file;
    private final String url;

    private SitrepServer(Javalin app, Store store, ServerFile file, String url) {
        this.app = app;
        this.store = store;
        this.file = file;
        this.url = url;
    }

    /**
     * Serves {@code store} on {@code host}:{@code port} (0: any free port) and writes its {@code server.json}.
     *
     * @param ingest what {@code POST /api/ingest} does with the posted articles
     * @throws UncheckedIOException when the server file cannot be written
     */
    public static SitrepServer start(Store store, Ingest ingest, String host, int port) {
        Api api = new Api(store.queries());
        // Work is CPU-bound, so each kind runs at most one request per core at a time and the rest queue in order:
        // under load a request waits its turn instead of sharing the cores with every other, so latencies stay even
        // and no request starves. Scans of the big tables have their own slots, so a burst of them cannot hold up
        // what the indexes answer quickly (searches, event listings, timelines, articles).
        UnaryOperator<Handler> scan = slots(Runtime.getRuntime().availableProcessors());
        UnaryOperator<Handler> quick = slots(Runtime.getRuntime().availableProcessors());
        Object ingestLock = new Object();
        String[] token = new String[1];
        boolean loopback = isLoopback(host);
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.staticFiles.add(s -> {
                s.hostedPath = "/";
                s.directory = UI;
                s.location = Location.CLASSPATH;
                s.headers = SECURITY_HEADERS;
            });
            config.staticFiles.enableWebjars();
            config.router.mount(r -> {
                r.before(ctx -> {
                    SECURITY_HEADERS.forEach(ctx::header);
                    if (loopback && !loopbackHost(ctx.host())) {
                        throw ApiError.badRequest("this server answers requests for 127.0.0.1 or localhost only");
                    }
                });
                r.get("/api/health", ctx -> Api.send(ctx, Api.JSON.createObjectNode().put("status", "ok")));
                r.get("/api/search", quick.apply(api::search));
                r.get("/api/facets", scan.apply(api::facets));
                r.get("/api/articles/{id}", quick.apply(api::article));
                r.get("/api/actors", scan.apply(api::actors));
                r.get("/api/actors/{id}", scan.apply(api::actor));
                r.get("/api/quotes", scan.apply(api::quotes));
                r.get("/api/events", quick.apply(api::events));
                r.get("/api/events/{id}/reports", quick.apply(api::eventReports));
                r.get("/api/timeline", quick.apply(api::timeline));
                r.get("/api/network", scan.apply(api::network));
                r.get("/api/types", api::types);
                r.get("/api/support", scan.apply(api::support));
                r.get("/api/support/totals", scan.apply(api::supportTotals));
                r.get("/api/support.csv", scan.apply(api::supportCsv));
                r.get("/api/stats", api::stats);
                r.post("/api/ingest", ctx -> {
                    requireToken(ctx, token[0]);
                    byte[] body = body(ctx);
                    Ingest.Report report;
                    synchronized (ingestLock) {
                        report = ingest.ingest(new ByteArrayInputStream(body));
                    }
                    Api.send(ctx, Api.JSON.valueToTree(report));
                });
                r.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi()));
                r.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.error(), e.parameter(),
                        e.getMessage()));
                r.exception(StoreException.class, (e, ctx) -> {
                    LOG.error("store error on {}", ctx.path(), e);
                    error(ctx, 500, "store", null, e.getMessage());
                });
                r.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(),
                        e.getStatus() == 404 ? "not_found" : e.getStatus() == 413 ? "too_large" : "http", null,
                        e.getMessage()));
                r.exception(Exception.class, (e, ctx) -> {
                    LOG.error("failed on {}", ctx.path(), e);
                    error(ctx, 500, "internal", null, "internal error: " + e.getClass().getSimpleName());
                });
            });
        });
        app.start(host, port);
        String url = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + app.port();
        ServerFile file = ServerFile.create(url);
        token[0] = file.token();
        try {
            file.write(store.dir());
        } catch (IOException e) {
            app.stop();
            throw new UncheckedIOException("cannot write " + store.dir().resolve(ServerFile.NAME) + ": "
                    + e.getMessage(), e);
        }
        return new SitrepServer(app, store, file, url);
    }

    /** Where the server listens, {@code http://HOST:PORT}. */
    public String url() {
        return url;
    }

    /** The port it listens on. */
    public int port() {
        return app.port();
    }

    /** Stops serving and removes {@code server.json}; the store stays open (its owner closes it). */
    @Override
    public void close() {
        file.remove(store.dir());
        app.stop();
    }

    private static void requireToken(Context ctx, String token) {
        String given = Objects.requireNonNullElse(ctx.header("Authorization"), "");
        byte[] expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
            throw ApiError.unauthorized();
        }
    }

    /** The request body, at most {@link #MAX_BODY_BYTES}: a larger one is refused without reading it all. */
    private static byte[] body(Context ctx) throws IOException {
        if (ctx.req().getContentLengthLong() > MAX_BODY_BYTES) {
            throw ApiError.tooLarge(MAX_BODY_BYTES);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes((int) MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                throw ApiError.tooLarge(MAX_BODY_BYTES);
            }
            return body;
        }
    }

    private static void error(Context ctx, int status, String error, String parameter, String message) {
        var body = Api.JSON.createObjectNode().put("error", error);
        if (parameter != null) {
            body.put("parameter", parameter);
        }
        Api.send(ctx.status(status), body.put("message", message));
    }

    private static String openApi() throws IOException {
        try (InputStream in = SitrepServer.class.getResourceAsStream("openapi.json")) {
            return new String(Objects.requireNonNull(in, "openapi.json is missing from the jar").readAllBytes(),
                    StandardCharsets.UTF_8);
        }
    }

    /** Wraps handlers so that at most {@code n} of them run at once, the others waiting in arrival order. */
    private static UnaryOperator<Handler> slots(int n) {
        Semaphore slots = new Semaphore(n, true);
        return handler -> ctx -> {
            slots.acquire();
            try {
                handler.handle(ctx);
            } finally {
                slots.release();
            }
        };
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host " + host, e);
        }
    }

    /** Whether a Host header ({@code name} or {@code name:port}) names this machine's loopback. */
    private static boolean loopbackHost(String host) {
        if (host == null) {
            return false;
        }
        String name = host.startsWith("[") ? host.substring(0, host.indexOf(']') + 1)
                : host.contains(":") ? host.substring(0, host.indexOf(':')) : host;
        return LOOPBACK_NAMES.contains(name.toLowerCase(java.util.Locale.ROOT));
    }
}
