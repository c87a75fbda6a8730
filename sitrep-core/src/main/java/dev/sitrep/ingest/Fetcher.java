package dev.sitrep.ingest;

/**
 * Fetches a web resource: {@link HttpFetcher} over the network, or anything else that answers the same way (a cache,
 * a test double).
 */
@FunctionalInterface
public interface Fetcher {

    /**
     * The resource at {@code url}, after redirects.
     *
     * @throws FetchException when it cannot be had: a bad URL, DNS, a refused connection, a timeout, an HTTP status
     *                        other than 2xx, a body over the size limit
     */
    Fetched fetch(String url) throws FetchException;
}
