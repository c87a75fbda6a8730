package dev.sitrep.model;

import java.util.List;
import java.util.Objects;

/**
 * One real-world thing named in an article, with every mention of it.
 *
 * @param id          unique within the article, e.g. {@code e3}
 * @param type        what kind of thing it is
 * @param name        canonical full form ("Melanie Joly", "Canada")
 * @param code        ISO 3166-1 alpha-3 for countries, a stable code for known organisations, else null
 * @param country     for cities and people: the ISO code of the country they belong to when known, else null
 * @param titles      a person's titles as the article states them, in order of first appearance
 * @param affiliation a country or organisation code, else a name, else null
 * @param mentions    every mention, in text order
 */
public record Entity(
        String id,
        EntityType type,
        String name,
        String code,
        String country,
        List<String> titles,
        String affiliation,
        List<Span> mentions) {

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        titles = List.copyOf(titles);
        mentions = List.copyOf(mentions);
    }
}
