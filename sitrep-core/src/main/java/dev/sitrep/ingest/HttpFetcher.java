package dev.sitrep.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLException;

/**
 * Fetches http(s) URLs with the JDK's {@link HttpClient}: redirects followed (not from https to http), a connect
 * timeout and a deadline for the whole exchange, gzip accepted and decoded, a User-Agent naming Sitrep, and the
 * body bounded by {@link IngestLimits#maxFileBytes()}: a larger declared Content-Length is refused before the body
 * is read, and a body that grows past the limit is cut off and refused. Bodies of non-2xx responses are not read.
 * Thread-safe; one fetcher holds one client and its connection pool, so share it.
 */
public final class HttpFetcher implements Fetcher {

    /** The User-Agent sent with every request. */
    public static final String USER_AGENT = "Sitrep/0.1 (news-event extraction; Java HttpClient)";

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private static final String ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
            + "application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5";

    private final HttpClient client;
    private final long maxBytes;
    private final Duration timeout;

    /** A fetcher with the default timeouts. */
    public HttpFetcher(IngestLimits limits) {
        this(limits, DEFAULT_CONNECT_TIMEOUT, DEFAULT_TIMEOUT);
    }

    /**
     * @param connectTimeout how long to wait for a connection
     * @param timeout        how long the whole exchange may take, body included
     */
    public HttpFetcher(IngestLimits limits, Duration connectTimeout, Duration timeout) {
        this.maxBytes = Objects.requireNonNull(limits, "limits").maxFileBytes();
        if (connectTimeout.isNegative() || connectTimeout.isZero() || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive, got " + connectTimeout + " and " + timeout);
        }
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(connectTimeout)
                .build();
    }

    @Override
    public Fetched fetch(String url) throws FetchException {
        URI uri = httpUri(url);
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("User-Agent", USER_AGENT)
                .header("Accept", ACCEPT)
                .header("Accept-Encoding", "gzip")
                .GET()
                .build();
        AtomicReference<CappedBody> body = new AtomicReference<>();
        CompletableFuture<HttpResponse<byte[]>> exchange = client.sendAsync(request, info -> {
            CappedBody capped = new CappedBody(info, maxBytes);
            body.set(capped);
            return capped;
        });
        HttpResponse<byte[]> response;
        try {
            response = exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            if (body.get() != null) {
                body.get().cancel();
            }
            throw new FetchException(url, "timed out after " + seconds(timeout));
        } catch (ExecutionException e) {
            throw new FetchException(url, reason(e.getCause(), uri));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.cancel(true);
            throw new FetchException(url, "interrupted");
        }
        int status = response.statusCode();
        if (status / 100 != 2) {
            throw new FetchException(url, "HTTP " + status + statusText(status));
        }
        String encoding = response.headers().firstValue("Content-Encoding").orElse(null);
        byte[] bytes;
        try {
            bytes = HttpBodies.decode(response.body(), encoding, maxBytes);
        } catch (IOException e) {
            throw new FetchException(url, "cannot decode the body: " + Reasons.oneLine(String.valueOf(e.getMessage())));
        }
        return new Fetched(url, response.uri().toString(), status,
                response.headers().firstValue("Content-Type").orElse(null), bytes);
    }

    private static URI httpUri(String url) throws FetchException {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new FetchException(url, "not a valid URL: " + Reasons.oneLine(e.getMessage()));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(url, "not an http(s) URL");
        }
        if (uri.getHost() == null) {
            throw new FetchException(url, "no host in the URL");
        }
        return uri;
    }

    /** Why an exchange failed, in words; the causes are searched for what users can act on. */
    private String reason(Throwable failure, URI uri) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TooLarge tooLarge) {
                return tooLarge.getMessage();
            }
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
                return "host not found (DNS): " + uri.getHost();
            }
            if (t instanceof HttpConnectTimeoutException) {
                return "connection timed out";
            }
            if (t instanceof HttpTimeoutException) {
                return "timed out after " + seconds(timeout);
            }
            if (t instanceof SSLException) {
                return "TLS failed: " + Reasons.oneLine(String.valueOf(t.getMessage()));
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return "connection refused by " + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
            }
        }
        String message = failure.getMessage();
        return "cannot fetch: " + (message == null ? failure.getClass().getSimpleName() : Reasons.oneLine(message));
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static String statusText(int status) {
        return switch (status) {
            case 400 -> " Bad Request";
            case 401 -> " Unauthorized";
            case 403 -> " Forbidden";
            case 404 -> " Not Found";
            case 410 -> " Gone";
            case 429 -> " Too Many Requests";
            case 500 -> " Internal Server Error";
            case 502 -> " Bad Gateway";
            case 503 -> " Service Unavailable";
            case 504 -> " Gateway Timeout";
            default -> status / 100 == 3 ? " (a redirect that was not followed)" : "";
        };
    }

    /** A body over the size limit. */
    private static final class TooLarge extends IOException {
        TooLarge(String message) {
            super(message);
        }
    }

    /**
     * Collects a body up to the size limit, cancelling the exchange as soon as it is over; reads nothing of a
     * non-2xx response.
     */
    private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {

        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final long max;
        private final boolean discard;
        private final TooLarge declaredTooLarge;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private volatile Flow.Subscription subscription;

        CappedBody(HttpResponse.ResponseInfo info, long max) {
            this.max = max;
            this.discard = info.statusCode() / 100 != 2;
            long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
            this.declaredTooLarge = declared <= max || discard ? null : new TooLarge(
                    "too large: " + declared + " bytes, over the limit of " + max + " (--max-file-bytes)");
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (discard) {
                s.cancel();
                result.complete(new byte[0]);
            } else if (declaredTooLarge != null) {
                s.cancel();
                result.completeExceptionally(declaredTooLarge);
            } else {
                s.request(Long.MAX_VALUE);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer b : buffers) {
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                bytes.writeBytes(chunk);
            }
            if (bytes.size() > max) {
                subscription.cancel();
                result.completeExceptionally(new TooLarge("too large: over " + max
                        + " bytes, the limit (--max-file-bytes)"));
            }
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }

        void cancel() {
            Flow.Subscription s = subscription;
            if (s != null) {
                s.cancel();
            }
            result.completeExceptionally(new HttpTimeoutException("cancelled"));
        }
    }
}
