package dev.sitrep.extract;

import dev.sitrep.model.Entity;
import dev.sitrep.model.EntityType;
import dev.sitrep.model.Origin;
import dev.sitrep.model.Sector;
import dev.sitrep.model.Span;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** One entity while an article is being analysed; frozen into an {@link Entity} at the end. */
final class EntityBuilder {

    enum Gender { UNKNOWN, MALE, FEMALE }

    final EntityType type;
    String name;
    final String code;
    String country;
    final Map<String, String> titles = new LinkedHashMap<>();
    String affiliation;
    final TreeSet<Span> mentions = new TreeSet<>();
    final List<Mention> named = new ArrayList<>();
    Gender gender = Gender.UNKNOWN;
    String id;
    Sector sector;
    /** The knowledge-base actor it was identified as: a person's canonical name, an institution's code. */
    String kb;
    /** For a person: the institution a title ties them to ("spokesman for the SBU"), by its code, else null. */
    String institution;
    final Map<Entity.Field, Origin> origins = new EnumMap<>(Entity.Field.class);

    EntityBuilder(EntityType type, String name, String code, String country) {
        this.type = type;
        this.name = name;
        this.code = code;
        this.country = country;
    }

    void addTitle(String title) {
        titles.putIfAbsent(Lexicon.lc(title), title);
    }

    /** Sets a field the text left empty from another source, and records where it came from. */
    void fill(Entity.Field field, Origin origin) {
        if (origin.kind() != Origin.Kind.TEXT) {
            origins.put(field, origin);
        }
    }

    boolean hasTitleHead(String role) {
        String r = Lexicon.lc(role);
        String head = r.substring(r.lastIndexOf(' ') + 1);
        for (String title : titles.keySet()) {
            String t = Lexicon.expandTitle(title);
            if (t.equals(r) || t.endsWith(" " + r) || (r.indexOf(' ') < 0 && t.endsWith(head))) {
                return true;
            }
        }
        return false;
    }

    String lastName() {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    Entity build() {
        return new Entity(id, type, name, code, country, List.copyOf(titles.values()), affiliation, sector, kb,
                origins, List.copyOf(mentions));
    }
}
