package dev.sitrep.store;

import dev.sitrep.kb.ActorMemory;
import dev.sitrep.kb.Names;
import dev.sitrep.model.Article;
import dev.sitrep.model.Entity;
import dev.sitrep.model.EntityType;
import dev.sitrep.model.Origin;
import dev.sitrep.model.Sector;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the store has read of people, for later articles that name them without it: the title, affiliation, state
 * and sector an article's own words gave a person named in full, by the article's date. Only what an article said
 * itself is remembered (not what the knowledge base or the memory filled in), the last few of each person.
 * Thread-safe: the analysing threads recall while the storing thread learns.
 */
final class StoreMemory implements ActorMemory {

    private static final int KEEP = 4;
    private static final Comparator<Recalled> BY_DAY = Comparator.comparing(Recalled::day,
            Comparator.nullsFirst(Comparator.naturalOrder()));

    private final Map<String, List<Recalled>> byName = new ConcurrentHashMap<>();

    /** Reads what the stored articles said of people. */
    static StoreMemory load(Connection db) throws SQLException {
        StoreMemory m = new StoreMemory();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT name, titles, affiliation, country, sector, article_id, day, origins FROM entities "
                        + "WHERE type = 'PERSON' AND contains(name, ' ') "
                        + "AND (len(titles) > 0 OR affiliation IS NOT NULL)")) {
            while (rs.next()) {
                String origins = rs.getString(8) == null ? "" : rs.getString(8);
                Array titles = rs.getArray(2);
                Object[] t = titles == null ? new Object[0] : (Object[]) titles.getArray();
                java.sql.Date day = rs.getDate(7);
                m.learn(rs.getString(1), origins.contains("titles=") || t.length == 0 ? null : (String) t[0],
                        origins.contains("affiliation=") ? null : rs.getString(3),
                        origins.contains("country=") ? null : rs.getString(4),
                        origins.contains("sector=") || rs.getString(5) == null ? null : Sector.of(rs.getString(5)),
                        rs.getString(6), day == null ? null : day.toLocalDate());
            }
        }
        return m;
    }

    /** Learns what a newly stored article said of its people. */
    void learn(String articleId, Article a) {
        String published = Rows.day(a.source().published());
        LocalDate day = published == null ? null : LocalDate.parse(published);
        for (Entity e : a.entities()) {
            if (e.type() != EntityType.PERSON || e.name().indexOf(' ') < 0) {
                continue;
            }
            boolean title = e.origin(Entity.Field.TITLES).kind() == Origin.Kind.TEXT && !e.titles().isEmpty();
            boolean aff = e.origin(Entity.Field.AFFILIATION).kind() == Origin.Kind.TEXT && e.affiliation() != null;
            if (title || aff) {
                learn(e.name(), title ? e.titles().get(0) : null, aff ? e.affiliation() : null,
                        e.origin(Entity.Field.COUNTRY).kind() == Origin.Kind.TEXT ? e.country() : null,
                        e.origin(Entity.Field.SECTOR).kind() == Origin.Kind.TEXT ? e.sector() : null, articleId, day);
            }
        }
    }

    private void learn(String name, String title, String affiliation, String country, Sector sector, String article,
                       LocalDate day) {
        if (title == null && affiliation == null) {
            return;
        }
        Recalled r = new Recalled(title, affiliation, country, sector, article, day);
        byName.compute(Names.loose(name), (k, list) -> {
            List<Recalled> l = list == null ? new ArrayList<>() : new ArrayList<>(list);
            l.add(r);
            l.sort(BY_DAY);
            while (l.size() > KEEP) {
                l.remove(0);
            }
            return List.copyOf(l);
        });
    }

    @Override
    public Optional<Recalled> recall(String name, LocalDate day) {
        List<Recalled> l = byName.get(Names.loose(name));
        if (l == null) {
            return Optional.empty();
        }
        Recalled best = null;
        for (Recalled r : l) {
            if (day == null || r.day() == null || !r.day().isAfter(day)) {
                best = r;
            }
        }
        return Optional.ofNullable(best);
    }
}
