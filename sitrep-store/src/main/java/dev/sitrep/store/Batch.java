package dev.sitrep.store;

import dev.sitrep.model.Article;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The rows of some articles, written to the store in one transaction. DuckDB inserts row by row are slow, and
 * its appender writes outside transactions; so the rows are appended to {@code stage_*} tables first, then moved
 * into the real tables (and merged into the cross-article records) by one transaction of set statements. Staged
 * rows left by a crash are never applied: the store empties the stage when it opens.
 */
final class Batch {

    /** The tables rows are staged for, each with the statement that moves them in. */
    static final Map<String, String> MOVES = new LinkedHashMap<>();

    static {
        for (String t : List.of("articles", "story_keys", "entities", "mentions", "quotes", "event_reports",
                "commitments")) {
            MOVES.put(t, "INSERT INTO " + t + " SELECT * FROM stage_" + t);
        }
        MOVES.put("actors", "INSERT INTO actors SELECT * FROM stage_actors ON CONFLICT (actor_id) DO UPDATE SET "
                + "mentions = actors.mentions + excluded.mentions, articles = actors.articles + excluded.articles");
        MOVES.put("events", "INSERT INTO events SELECT * FROM stage_events ON CONFLICT (event_id) DO UPDATE SET "
                + "reports = events.reports + excluded.reports, "
                + "sites = list_sort(list_distinct(list_concat(events.sites, excluded.sites))), "
                + "first_reported = least(events.first_reported, excluded.first_reported), "
                + "last_reported = greatest(events.last_reported, excluded.last_reported)");
        MOVES.put("sources", "INSERT INTO sources SELECT * FROM stage_sources ON CONFLICT (site) DO UPDATE SET "
                + "articles = sources.articles + excluded.articles, "
                + "first_published = least(sources.first_published, excluded.first_published), "
                + "last_published = greatest(sources.last_published, excluded.last_published)");
    }

    private final Map<String, List<Object[]>> rows = new HashMap<>();
    private final Map<String, Object[]> actors = new LinkedHashMap<>();
    private final Map<String, Object[]> events = new LinkedHashMap<>();
    private final Map<String, Object[]> sources = new LinkedHashMap<>();
    private int articles;

    int size() {
        return articles;
    }

    /** The ids of the events the batch's articles report. */
    List<String> eventIds() {
        return new ArrayList<>(events.keySet());
    }

    /** Adds an article's rows, merging its actors, events and site into those of the batch's earlier articles. */
    void add(String id, long seq, String story, long[] storyKeys, Article a) {
        articles++;
        Rows r = Rows.of(id, seq, story, storyKeys, a, LocalDateTime.now());
        for (String table : Rows.ARTICLE_TABLES) {
            rows.computeIfAbsent(table, k -> new ArrayList<>()).addAll(r.get(table));
        }
        for (Object[] actor : r.get("actors")) {
            Object[] merged = actors.putIfAbsent((String) actor[0], actor);
            if (merged != null) {
                add(merged, actor, Rows.ACTOR_MENTIONS);
                add(merged, actor, Rows.ACTOR_ARTICLES);
            }
        }
        for (Object[] event : r.get("events")) {
            Object[] merged = events.putIfAbsent((String) event[0], event);
            if (merged != null) {
                add(merged, event, Rows.EVENT_REPORTS);
                merged[Rows.EVENT_SITES] = union(merged[Rows.EVENT_SITES], event[Rows.EVENT_SITES]);
                merged[Rows.EVENT_FIRST] = Rows.least((String) merged[Rows.EVENT_FIRST],
                        (String) event[Rows.EVENT_FIRST]);
                merged[Rows.EVENT_LAST] = Rows.greatest((String) merged[Rows.EVENT_LAST],
                        (String) event[Rows.EVENT_LAST]);
            }
        }
        for (Object[] source : r.get("sources")) {
            Object[] merged = sources.putIfAbsent((String) source[0], source);
            if (merged != null) {
                add(merged, source, Rows.SOURCE_ARTICLES);
                merged[Rows.SOURCE_FIRST] = Rows.least((String) merged[Rows.SOURCE_FIRST],
                        (String) source[Rows.SOURCE_FIRST]);
                merged[Rows.SOURCE_LAST] = Rows.greatest((String) merged[Rows.SOURCE_LAST],
                        (String) source[Rows.SOURCE_LAST]);
            }
        }
    }

    /** The sorted distinct union of two lists of sites. */
    private static List<String> union(Object a, Object b) {
        java.util.TreeSet<String> all = new java.util.TreeSet<>();
        for (Object list : new Object[] {a, b}) {
            for (Object site : (List<?>) list) {
                all.add((String) site);
            }
        }
        return new ArrayList<>(all);
    }

    private static void add(Object[] into, Object[] from, int column) {
        into[column] = (Long) into[column] + (Long) from[column];
    }

    /** Stages the rows, then moves them in with one transaction. */
    void write(Connection db) throws SQLException {
        rows.put("actors", new ArrayList<>(actors.values()));
        rows.put("events", new ArrayList<>(events.values()));
        rows.put("sources", new ArrayList<>(sources.values()));
        DuckDBConnection duck = db.unwrap(DuckDBConnection.class);
        for (String table : MOVES.keySet()) {
            List<Object[]> staged = rows.getOrDefault(table, List.of());
            if (staged.isEmpty()) {
                continue;
            }
            try (DuckDBAppender appender = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "stage_" + table)) {
                for (Object[] row : staged) {
                    appender.beginRow();
                    for (Object v : row) {
                        append(appender, v);
                    }
                    appender.endRow();
                }
            }
        }
        db.setAutoCommit(false);
        try (Statement st = db.createStatement()) {
            for (Map.Entry<String, String> move : MOVES.entrySet()) {
                if (!rows.getOrDefault(move.getKey(), List.of()).isEmpty()) {
                    st.execute(move.getValue());
                }
            }
            db.commit();
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
            clearStage(db);
        }
    }

    /** Empties the stage tables. */
    static void clearStage(Connection db) throws SQLException {
        try (Statement st = db.createStatement()) {
            for (String table : MOVES.keySet()) {
                st.execute("DELETE FROM stage_" + table);
            }
        }
    }

    private static void append(DuckDBAppender a, Object v) throws SQLException {
        if (v == null) {
            a.appendNull();
        } else if (v instanceof String s) {
            a.append(s);
        } else if (v instanceof Integer i) {
            a.append(i.intValue());
        } else if (v instanceof Long l) {
            a.append(l.longValue());
        } else if (v instanceof Boolean b) {
            a.append(b.booleanValue());
        } else if (v instanceof BigDecimal d) {
            a.append(d);
        } else if (v instanceof LocalDate d) {
            a.append(d);
        } else if (v instanceof LocalDateTime t) {
            a.append(t);
        } else if (v instanceof Collection<?> c) {
            a.append(c);
        } else {
            throw new IllegalArgumentException("cannot stage a " + v.getClass().getName());
        }
    }
}
