package dev.sitrep.ingest;

import java.util.List;
import java.util.Objects;

/**
 * A parsed RSS or Atom feed.
 *
 * @param format which kind of feed it is
 * @param title  the feed's title, or null
 * @param link   the feed's web page, or null
 * @param items  its items in document order
 */
public record Feed(Format format, String title, String link, List<FeedItem> items) {

    /** The feed formats {@link FeedParser} reads. */
    public enum Format {
        /** RSS 0.9x and 2.0: {@code <rss><channel><item>}. */
        RSS,
        /** RSS 1.0: {@code <rdf:RDF><item>}. */
        RSS_1,
        /** Atom 1.0: {@code <feed><entry>}. */
        ATOM
    }

    public Feed {
        Objects.requireNonNull(format, "format");
        items = List.copyOf(items);
    }
}
