package dev.sitrep.store;

import dev.sitrep.json.ArticleJson;
import dev.sitrep.model.Article;
import dev.sitrep.model.Commitment;
import dev.sitrep.model.Entity;
import dev.sitrep.model.EntityRef;
import dev.sitrep.model.Event;
import dev.sitrep.model.Quote;
import dev.sitrep.model.Span;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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

    /** Adds an article's rows. */
    void add(String id, long seq, String story, long[] storyKeys, String day, Article a) {
        articles++;
        LocalDate date = day == null ? null : LocalDate.parse(day);
        Map<String, String> actorOf = new HashMap<>();
        Set<String> actorsHere = new LinkedHashSet<>();
        for (Entity e : a.entities()) {
            String actorId = Keys.actorId(e);
            actorOf.put(e.id(), actorId);
            row("entities", id, e.id(), actorId, e.type().name(), e.name(), e.code(), e.country(), e.affiliation(),
                    e.titles(), e.mentions().size(), date);
            for (Span m : e.mentions()) {
                row("mentions", id, e.id(), m.start(), m.end());
            }
            Object[] actor = actors.computeIfAbsent(actorId, k -> new Object[] {k, e.type().name(), e.name(),
                e.code(), e.country(), 0L, 0L});
            actor[5] = (Long) actor[5] + e.mentions().size();
            if (actorsHere.add(actorId)) {
                actor[6] = (Long) actor[6] + 1;
            }
        }
        String site = Store.site(a.source().url());
        row("articles", id, seq, a.source().id(), a.source().url(), site, a.source().title(), a.source().author(),
                a.source().published(), date, story, a.text(), a.coder(), LocalDateTime.now(),
                ArticleJson.toString(ArticleJson.toJson(a)));
        for (long key : storyKeys) {
            row("story_keys", key, id, story, seq);
        }
        int n = 0;
        for (Quote q : a.quotes()) {
            row("quotes", id, n++, q.span().start(), q.span().end(), q.text(), q.direct(), q.speakerId(),
                    q.speakerId() == null ? null : actorOf.get(q.speakerId()), q.speakerName(), q.cue(), date);
        }
        Set<String> eventsHere = new LinkedHashSet<>();
        n = 0;
        for (Event e : a.events()) {
            String eventId = Keys.eventId(e);
            String eventDay = e.date() != null && e.date().length() == 10 ? e.date() : day;
            if (eventsHere.add(eventId)) {
                Object[] ev = events.computeIfAbsent(eventId, k -> new Object[] {k, e.type().name(), e.cameo(),
                    e.mode().name().toLowerCase(Locale.ROOT), Keys.actors(e.source()), Keys.actors(e.target()),
                    names(e.source()), names(e.target()), actorKeys(e.source(), actorOf),
                    actorKeys(e.target(), actorOf), eventDay == null ? null : LocalDate.parse(eventDay), e.date(),
                    e.location() == null ? null : e.location().name(), 0L, new java.util.TreeSet<String>(),
                    a.source().published(), a.source().published(), id});
                ev[13] = (Long) ev[13] + 1;
                if (site != null) {
                    @SuppressWarnings("unchecked")
                    Set<String> sites = (Set<String>) ev[14];
                    sites.add(site);
                }
                ev[15] = least((String) ev[15], a.source().published());
                ev[16] = greatest((String) ev[16], a.source().published());
            }
            row("event_reports", id, n++, eventId, e.trigger(), e.triggerSpan().start(), e.triggerSpan().end(),
                    e.span().start(), e.span().end(), e.pattern());
        }
        n = 0;
        for (Commitment c : a.commitments()) {
            String cDay = c.date() != null && c.date().length() == 10 ? c.date() : day;
            row("commitments", id, n++, codeOrName(c.donor()), actorOf.getOrDefault(c.donor().entity(),
                    "unknown:" + Keys.fold(c.donor().name())), c.recipient() == null ? null : codeOrName(c.recipient()),
                    c.recipient() == null ? null : actorOf.get(c.recipient().entity()),
                    c.aidType().name().toLowerCase(Locale.ROOT), c.what(),
                    c.amount() == null ? null : c.amount().setScale(4, RoundingMode.HALF_UP), c.currency(),
                    c.status().name().toLowerCase(Locale.ROOT), c.date(), cDay == null ? null : LocalDate.parse(cDay),
                    c.span().start(), c.span().end());
        }
        if (site != null) {
            Object[] s = sources.computeIfAbsent(site, k -> new Object[] {k, 0L, a.source().published(),
                a.source().published()});
            s[1] = (Long) s[1] + 1;
            s[2] = least((String) s[2], a.source().published());
            s[3] = greatest((String) s[3], a.source().published());
        }
    }

    /**
     * An event's actors as one searchable string, {@code |country:UKR|org:NATO|}: filtering a million events by
     * {@code contains(source_actors, '|country:UKR|')} is a fast column scan, where a join was not.
     */
    private static String actorKeys(List<EntityRef> refs, Map<String, String> actorOf) {
        StringBuilder b = new StringBuilder("|");
        for (EntityRef r : refs) {
            b.append(actorOf.getOrDefault(r.entity(), "unknown:" + Keys.fold(r.name()))).append('|');
        }
        return b.toString();
    }

    private void row(String table, Object... values) {
        rows.computeIfAbsent(table, k -> new ArrayList<>()).add(values);
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

    private static String least(String a, String b) {
        return a == null ? b : b == null ? a : a.compareTo(b) <= 0 ? a : b;
    }

    private static String greatest(String a, String b) {
        return a == null ? b : b == null ? a : a.compareTo(b) >= 0 ? a : b;
    }

    private static String names(List<EntityRef> refs) {
        StringBuilder b = new StringBuilder();
        for (EntityRef r : refs) {
            b.append(b.length() > 0 ? "; " : "").append(r.name());
        }
        return b.toString();
    }

    private static String codeOrName(EntityRef r) {
        return r.code() != null ? r.code() : r.name();
    }
}
