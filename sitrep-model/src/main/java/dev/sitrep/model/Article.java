package dev.sitrep.model;

import java.util.List;
import java.util.Objects;

/**
 * An article with what was extracted from it. All offsets index {@link #text()}.
 *
 * @param source      the article as it was read
 * @param entities    entities, in order of first mention
 * @param quotes      quotes, in text order
 * @param events      political events, in text order
 * @param commitments support pledged, given, considered or refused, in text order
 * @param coder       what produced the extraction (name and version)
 */
public record Article(
        SourceDocument source,
        List<Entity> entities,
        List<Quote> quotes,
        List<Event> events,
        List<Commitment> commitments,
        String coder) {

    public Article {
        Objects.requireNonNull(source, "source");
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        events = List.copyOf(events);
        commitments = List.copyOf(commitments);
    }

    public String id() {
        return source.id();
    }

    public String text() {
        return source.text();
    }
}
