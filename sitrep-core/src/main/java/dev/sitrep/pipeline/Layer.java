package dev.sitrep.pipeline;

import dev.sitrep.model.Commitment;
import dev.sitrep.model.Entity;
import dev.sitrep.model.Event;
import dev.sitrep.model.Quote;
import dev.sitrep.model.SourceDocument;
import dev.sitrep.nlp.NlpDocument;
import java.util.List;

/**
 * A typed slot of an {@link Analysis}: what a stage reads or adds. Identity is the constant itself.
 *
 * @param <T> what the slot holds
 */
public final class Layer<T> {

    /** The article as read. Every analysis starts with it. */
    public static final Layer<SourceDocument> SOURCE = new Layer<>("source", SourceDocument.class);
    /** Tokens, sentences, tags and CoreNLP's named-entity labels. */
    public static final Layer<NlpDocument> NLP = new Layer<>("nlp", NlpDocument.class);
    /** Entities with their mentions, titles and affiliations. */
    public static final Layer<List<Entity>> ENTITIES = new Layer<>("entities", List.class);
    /** Direct and indirect quotes with their speakers. */
    public static final Layer<List<Quote>> QUOTES = new Layer<>("quotes", List.class);
    /** Political events with their actors, modes, dates and places. */
    public static final Layer<List<Event>> EVENTS = new Layer<>("events", List.class);
    /** Support pledged, given, considered or refused. */
    public static final Layer<List<Commitment>> COMMITMENTS = new Layer<>("commitments", List.class);

    private final String name;
    private final Class<?> type;

    private Layer(String name, Class<?> type) {
        this.name = name;
        this.type = type;
    }

    /** Checks that {@code value} fits this layer; returns it typed. */
    @SuppressWarnings("unchecked")
    T cast(Object value) {
        if (!type.isInstance(value)) {
            throw new IllegalStateException("layer " + name + " holds a " + value.getClass().getName());
        }
        return (T) value;
    }

    @Override
    public String toString() {
        return name;
    }
}
