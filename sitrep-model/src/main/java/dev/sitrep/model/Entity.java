package dev.sitrep.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One real-world thing named in an article, with every mention of it.
 *
 * @param id          unique within the article, e.g. {@code e3}
 * @param type        what kind of thing it is
 * @param name        canonical full form as the article gives it ("Melanie Joly", "Canada")
 * @param code        ISO 3166-1 alpha-3 for countries, a stable code for known organisations, else null
 * @param country     the ISO code of the state it belongs to or acts for (a city's country, a minister's state, a
 *                    ministry's state), else null
 * @param titles      a person's titles, in order of first appearance
 * @param affiliation whom a person or group serves: a state's code, an international organisation's code, else the
 *                    organisation's name; null when unknown
 * @param sector      the actor role it has (government, military, media, ...), else null
 * @param kb          the knowledge-base actor it was identified as (a person's canonical name, an institution's
 *                    code), else null
 * @param origins     where each filled field came from; a field that is set and not listed came from the text
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
        Sector sector,
        String kb,
        Map<Field, Origin> origins,
        List<Span> mentions) {

    /** The fields whose origin is recorded. */
    public enum Field { TITLES, AFFILIATION, COUNTRY, SECTOR }

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        titles = List.copyOf(titles);
        origins = origins.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(origins));
        mentions = List.copyOf(mentions);
    }

    /** An entity as the text alone gives it: no sector, no knowledge-base identity. */
    public Entity(String id, EntityType type, String name, String code, String country, List<String> titles,
                  String affiliation, List<Span> mentions) {
        this(id, type, name, code, country, titles, affiliation, null, null, Map.of(), mentions);
    }

    /** Where {@code field} came from: its recorded origin, else the text. */
    public Origin origin(Field field) {
        return origins.getOrDefault(field, Origin.TEXT);
    }
}
