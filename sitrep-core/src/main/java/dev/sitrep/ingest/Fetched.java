package dev.sitrep.ingest;

import java.util.Objects;

/**
 * A fetched web resource.
 *
 * @param url         the URL asked for
 * @param finalUrl    the URL the body came from, after redirects
 * @param status      the HTTP status, 2xx
 * @param contentType the Content-Type header, or null
 * @param body        the body, decoded from its Content-Encoding; not copied
 */
public record Fetched(String url, String finalUrl, int status, String contentType, byte[] body) {

    public Fetched {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(finalUrl, "finalUrl");
        Objects.requireNonNull(body, "body");
    }
}
