package dev.sitrep.store;

import dev.sitrep.model.EventType;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.search.Query;

/**
 * The questions analysts ask of a store: full-text search, events, quotes, actors, timelines, support and
 * exports. Each answer is a {@link Table}. Bad parameters raise IllegalArgumentException saying which and why.
 * Safe for concurrent use: each call runs on its own connection to the same database.
 */
public final class Queries {

    /** The tables {@link #export} writes, in dependency order. */
    public static final List<String> TABLES = List.of("articles", "story_keys", "sources", "actors", "entities",
            "mentions", "quotes", "events", "event_reports", "commitments");
    private static final Set<String> INTERVALS = Set.of("day", "week", "month", "year");
    private static final int TEXT_HITS = 10_000;

    private final Connection db;
    private final SearchIndex index;
    private final SearchIndex events;
    private volatile ActorIds actorIds = new ActorIds(-1, Map.of());

    Queries(Connection db, SearchIndex index, SearchIndex events) {
        this.db = db;
        this.index = index;
        this.events = events;
    }

    // ---- search ---------------------------------------------------------------------------------------------

    /**
     * Articles (or quotes) matching a full-text query, best first, each with a snippet whose matching words are
     * in {@code <b>} tags.
     *
     * @param query Lucene syntax: words (all must match), "a phrase", OR, NOT, title:word
     * @param quotes search quotes instead of whole articles
     */
    public Table search(String query, boolean quotes, LocalDate from, LocalDate to, int limit) {
        return search(query, quotes, from, to, null, limit);
    }

    /**
     * As {@link #search(String, boolean, LocalDate, LocalDate, int)}, among the articles {@code among} only
     * (null: all), such as those {@link #narrow} kept.
     */
    public Table search(String query, boolean quotes, LocalDate from, LocalDate to, Collection<String> among,
                        int limit) {
        requireText(query, "search query");
        try {
            List<SearchIndex.Hit> hits = index.search(query, quotes ? "quote" : "article", epochDay(from, true),
                    epochDay(to, false), among, limit);
            List<List<Object>> rows = new ArrayList<>();
            for (SearchIndex.Hit h : hits) {
                rows.add(Arrays.asList((double) Math.round(h.score() * 1000) / 1000, h.articleId(),
                        h.quoteNo() < 0 ? null : (long) h.quoteNo(), h.published(), h.site(), h.title(), h.url(),
                        h.snippet().strip()));
            }
            return new Table(List.of("score", "article_id", "quote_no", "published", "site", "title", "url",
                    "snippet"), rows);
        } catch (IOException e) {
            throw new StoreException("cannot search: " + e.getMessage(), e);
        }
    }

    /** The ids of the articles matching a full-text query, best first, at most {@code limit}; no snippets. */
    public List<String> searchIds(String query, LocalDate from, LocalDate to, int limit) {
        requireText(query, "search query");
        try {
            return index.articleIds(query, epochDay(from, true), epochDay(to, false), limit);
        } catch (IOException e) {
            throw new StoreException("cannot search: " + e.getMessage(), e);
        }
    }

    /**
     * Those of {@code articleIds} (in their order) published on {@code site}, mentioning an actor {@code actor}
     * names and reporting an event of {@code eventType}; a null condition is no condition.
     */
    public List<String> narrow(List<String> articleIds, String site, String actor, String eventType) {
        if (articleIds.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT a.article_id FROM articles a WHERE a.article_id IN (")
                .append(placeholders(articleIds.size())).append(")");
        List<Object> args = new ArrayList<>(articleIds);
        if (site != null) {
            sql.append(" AND a.site = ?");
            args.add(site.strip().toLowerCase(Locale.ROOT));
        }
        if (actor != null) {
            List<String> ids = actorIds(actor);
            sql.append(ids.isEmpty() ? " AND FALSE" : " AND a.article_id IN (SELECT article_id FROM entities WHERE "
                    + "actor_id IN (" + placeholders(ids.size()) + "))");
            args.addAll(ids);
        }
        if (eventType != null) {
            sql.append(" AND a.article_id IN (SELECT r.article_id FROM event_reports r JOIN events e USING "
                    + "(event_id) WHERE e.type = ?)");
            args.add(eventType(eventType));
        }
        Set<Object> kept = new java.util.HashSet<>(rows(sql.toString(), args.toArray()).column("article_id"));
        return articleIds.stream().filter(kept::contains).toList();
    }

    /**
     * What the articles {@code articleIds} have in common, for narrowing a search: rows of {@code facet} (site,
     * month, actor or type), {@code value} (what to narrow by), {@code label} (for people) and {@code articles},
     * the {@code top} most frequent values of each facet.
     */
    public Table facets(List<String> articleIds, int top) {
        if (articleIds.isEmpty()) {
            return new Table(List.of("facet", "value", "label", "articles"), List.of());
        }
        String in = "(" + placeholders(articleIds.size()) + ")";
        String sql = "SELECT * FROM (SELECT 'site' AS facet, site AS value, site AS label, count(*) AS articles "
                + "FROM articles WHERE article_id IN " + in + " AND site IS NOT NULL GROUP BY site "
                + "ORDER BY articles DESC, value LIMIT ?) UNION ALL "
                + "SELECT * FROM (SELECT 'month', strftime(day, '%Y-%m'), strftime(day, '%Y-%m'), count(*) "
                + "FROM articles WHERE article_id IN " + in + " AND day IS NOT NULL GROUP BY 2 ORDER BY 2 DESC "
                + "LIMIT ?) UNION ALL "
                + "SELECT * FROM (SELECT 'actor', en.actor_id, any_value(ac.name), count(DISTINCT en.article_id) "
                + "FROM entities en JOIN actors ac USING (actor_id) WHERE en.article_id IN " + in
                + " AND ac.kind IN ('PERSON', 'COUNTRY', 'ORGANIZATION') GROUP BY 2 ORDER BY 4 DESC, 2 LIMIT ?) "
                + "UNION ALL SELECT * FROM (SELECT 'type', e.type, e.type, count(DISTINCT r.article_id) "
                + "FROM event_reports r JOIN events e USING (event_id) WHERE r.article_id IN " + in
                + " GROUP BY 2 ORDER BY 4 DESC, 2 LIMIT ?)";
        List<Object> args = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            args.addAll(articleIds);
            args.add(top);
        }
        return rows(sql, args.toArray());
    }

    /**
     * One stored article: its store fields, {@code json} (the article as {@code sitrep extract} writes it, with
     * every entity, quote, event and commitment and their offsets), {@code event_ids} (the event record of each of
     * its events, in order), and {@code entities} with {@code actor_ids} (each entity's actor, in the same order).
     * No row when it is not stored.
     */
    public Table article(String articleId) {
        requireText(articleId, "article id");
        return rows("SELECT a.article_id, a.source_id, a.url, a.site, a.title, a.author, a.published, "
                + "CAST(a.day AS VARCHAR) AS day, a.story_id, a.coder, a.json, "
                + "coalesce((SELECT list(r.event_id ORDER BY r.event_no) FROM event_reports r "
                + "WHERE r.article_id = a.article_id), []) AS event_ids, "
                + "coalesce((SELECT list(en.entity ORDER BY en.entity) FROM entities en "
                + "WHERE en.article_id = a.article_id), []) AS entities, "
                + "coalesce((SELECT list(en.actor_id ORDER BY en.entity) FROM entities en "
                + "WHERE en.article_id = a.article_id), []) AS actor_ids "
                + "FROM articles a WHERE a.article_id = ?", articleId);
    }


    // ---- events ---------------------------------------------------------------------------------------------

    /**
     * Real-world events, one row each however many articles report them, most recent first: type, mode, actors,
     * day, place, and how many reports with the first and latest.
     */
    public Table events(Filter f) {
        EventDocs.Conditions c = eventConditions(f);
        directed(c, f);
        Query q = c.build();
        return fromEvents(searcher -> EventDocs.page(searcher, q, f.limit(), f.offset()));
    }

    /**
     * The conditions of {@link #events}, {@link #timeline} and {@link #network} on type, mode, days, an actor in
     * either role ({@code actor}) and the reporting articles' text.
     */
    private EventDocs.Conditions eventConditions(Filter f) {
        EventDocs.Conditions c = new EventDocs.Conditions();
        if (f.type() != null) {
            c.type(eventType(f.type()));
        }
        if (f.mode() != null) {
            c.mode(eventMode(f.mode()));
        }
        c.days(f.from(), f.to());
        if (f.actor() != null) {
            c.anyOf(EventDocs.ACTOR, actorIds(f.actor()));
        }
        if (f.text() != null) {
            List<String> articles = textArticles(f.text(), false);
            List<String> events = new ArrayList<>();
            if (!articles.isEmpty()) {
                for (Object id : rows("SELECT DISTINCT event_id FROM event_reports WHERE article_id IN ("
                        + placeholders(articles.size()) + ")", articles.toArray()).column("event_id")) {
                    events.add((String) id);
                }
            }
            c.anyOf(EventDocs.EVENT, events);
        }
        return c;
    }

    /** Adds {@code source} and {@code target} to {@code c}: actors in those roles. */
    private void directed(EventDocs.Conditions c, Filter f) {
        if (f.source() != null) {
            c.anyOf(EventDocs.SOURCE, actorIds(f.source()));
        }
        if (f.target() != null) {
            c.anyOf(EventDocs.TARGET, actorIds(f.target()));
        }
    }

    /** Reads the index of events. */
    private <T> T fromEvents(SearchIndex.Read<T> read) {
        try {
            return events.read(read);
        } catch (IOException e) {
            throw new StoreException("cannot read the index: " + e.getMessage(), e);
        }
    }

    /**
     * Who acts on whom: one row per source and target actor among the events {@code f} selects (as in
     * {@link #events}; its limit and offset page the rows), with how many events and how many of them are on the
     * conflict side of PLOVER ({@link EventType#isConflict}), most events first.
     */
    public Table network(Filter f) {
        EventDocs.Conditions c = eventConditions(f);
        directed(c, f);
        Query q = c.build();
        Set<String> conflict = Arrays.stream(EventType.values()).filter(EventType::isConflict).map(Enum::name)
                .collect(java.util.stream.Collectors.toSet());
        List<Map.Entry<List<String>, long[]>> pairs = new ArrayList<>(
                fromEvents(searcher -> EventDocs.pairs(searcher, q, conflict)).entrySet());
        pairs.sort(Comparator.comparing((Map.Entry<List<String>, long[]> e) -> -e.getValue()[0])
                .thenComparing(e -> e.getKey().get(0)).thenComparing(e -> e.getKey().get(1)));
        List<Map.Entry<List<String>, long[]>> page = pairs.subList(Math.min(f.offset(), pairs.size()),
                Math.min(f.offset() + f.limit(), pairs.size()));
        Set<String> ids = new java.util.TreeSet<>();
        page.forEach(e -> ids.addAll(e.getKey()));
        Map<String, List<Object>> actors = new HashMap<>();
        if (!ids.isEmpty()) {
            Table known = rows("SELECT actor_id, name, kind FROM actors WHERE actor_id IN (" + placeholders(ids.size())
                    + ")", ids.toArray());
            for (List<Object> row : known.rows()) {
                actors.put((String) row.get(0), row);
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Map.Entry<List<String>, long[]> e : page) {
            List<Object> row = new ArrayList<>();
            for (String id : e.getKey()) {
                List<Object> actor = actors.get(id);
                row.add(id);
                row.add(actor == null ? id : actor.get(1));
                row.add(actor == null ? null : actor.get(2));
            }
            row.add(e.getValue()[0]);
            row.add(e.getValue()[1]);
            rows.add(row);
        }
        return new Table(List.of("source", "source_name", "source_kind", "target", "target_name", "target_kind",
                "events", "conflict"), rows);
    }

    /** The articles that report one event, with the words that say it. */
    public Table eventReports(String eventId) {
        requireText(eventId, "event id");
        return rows("SELECT r.article_id, a.published, a.site, a.title, a.url, r.trigger, "
                + "substr(a.text, r.start_offset + 1, r.end_offset - r.start_offset) AS evidence, r.pattern "
                + "FROM event_reports r JOIN articles a USING (article_id) WHERE r.event_id = ? "
                + "ORDER BY a.published NULLS LAST", eventId);
    }

    // ---- quotes ---------------------------------------------------------------------------------------------

    /** Quotes, newest first, with speaker and article; {@code actor} is the speaker, {@code text} their words. */
    public Table quotes(Filter f) {
        StringBuilder sql = new StringBuilder("SELECT CAST(q.day AS VARCHAR) AS day, q.speaker_name AS speaker, "
                + "q.text, q.direct, q.cue, a.title, a.url, q.article_id, q.quote_no FROM quotes q "
                + "JOIN articles a USING (article_id) WHERE TRUE");
        List<Object> args = new ArrayList<>();
        days(sql, args, "q.day", f);
        actorCondition(sql, args, "q.speaker_actor IN (SELECT actor_id FROM actors WHERE ", "q.speaker_actor",
                f.actor());
        if (f.text() != null) {
            List<String> keys = textArticles(f.text(), true);
            if (keys.isEmpty()) {
                return rows(sql + " AND FALSE");
            }
            sql.append(" AND (q.article_id || '#' || q.quote_no) IN (").append(placeholders(keys.size()))
                    .append(")");
            args.addAll(keys);
        }
        return paged(sql, args, "q.day DESC NULLS LAST, q.article_id, q.quote_no", f);
    }

    // ---- actors ---------------------------------------------------------------------------------------------

    /**
     * Actors by how often they are mentioned: people with every title and affiliation the articles gave them,
     * organisations and countries with their codes. {@code type} selects a kind (PERSON, COUNTRY, ...),
     * {@code actor} a name or code.
     */
    public Table actors(Filter f) {
        StringBuilder sql = new StringBuilder("SELECT ac.actor_id, ac.kind, ac.name, ac.code, ac.country, ac.sector, "
                + "ac.mentions, "
                + "ac.articles, (SELECT count(*) FROM quotes q WHERE q.speaker_actor = ac.actor_id) AS quotes, "
                + "(SELECT list(DISTINCT t ORDER BY t) FROM (SELECT unnest(en.titles) AS t FROM entities en "
                + "WHERE en.actor_id = ac.actor_id)) AS titles, "
                + "(SELECT list(DISTINCT en.affiliation ORDER BY en.affiliation) FROM entities en "
                + "WHERE en.actor_id = ac.actor_id AND en.affiliation IS NOT NULL) AS affiliations "
                + "FROM actors ac WHERE TRUE");
        List<Object> args = new ArrayList<>();
        if (f.type() != null) {
            sql.append(" AND ac.kind = ?");
            args.add(f.type().toUpperCase(Locale.ROOT));
        }
        actorCondition(sql, args, "ac.actor_id IN (SELECT actor_id FROM actors WHERE ", "ac.actor_id", f.actor());
        return paged(sql, args, "ac.mentions DESC, ac.actor_id", f);
    }

    /**
     * One actor's titles and affiliations over time: each article's, oldest first, with the state and sector and
     * where each came from ({@code text}, or {@code titles=kb,affiliation=store:ARTICLE} for what the article did not
     * say itself).
     */
    public Table actorRoles(String actorId) {
        requireText(actorId, "actor id");
        return rows("SELECT CAST(en.day AS VARCHAR) AS day, en.titles, en.affiliation, en.country, en.sector, "
                + "coalesce(en.origins, 'text') AS origins, en.article_id, a.title "
                + "FROM entities en JOIN articles a USING (article_id) WHERE en.actor_id = ? "
                + "AND (len(en.titles) > 0 OR en.affiliation IS NOT NULL) ORDER BY en.day NULLS LAST", actorId);
    }

    // ---- timeline -------------------------------------------------------------------------------------------

    /**
     * Events per period and type for an actor ({@code actor}), or between two ({@code source} and
     * {@code target}, in either direction), or all.
     *
     * @param interval day, week, month or year
     */
    public Table timeline(Filter f, String interval) {
        String unit = interval == null ? "month" : interval.toLowerCase(Locale.ROOT);
        if (!INTERVALS.contains(unit)) {
            throw new IllegalArgumentException("interval must be one of day, week, month, year, not '" + interval
                    + "'");
        }
        EventDocs.Conditions c = eventConditions(f);
        if (f.source() != null && f.target() != null) {
            c.between(actorIds(f.source()), actorIds(f.target()));
        } else {
            directed(c, f);
        }
        Query q = c.build();
        return fromEvents(searcher -> EventDocs.timeline(searcher, q, unit));
    }

    // ---- support --------------------------------------------------------------------------------------------

    /** Commitments of support, newest first: donor, recipient, type, what, amount, status, and the article. */
    public Table support(Filter f) {
        StringBuilder sql = new StringBuilder("SELECT CAST(c.day AS VARCHAR) AS day, c.donor, c.recipient, "
                + "c.aid_type, c.what, c.amount, c.currency, c.status, a.title, a.url, c.article_id "
                + "FROM commitments c JOIN articles a USING (article_id) WHERE TRUE");
        List<Object> args = supportConditions(sql, f);
        return paged(sql, args, "c.day DESC NULLS LAST, c.article_id, c.commitment_no", f);
    }

    /** Commitments summed per donor, recipient, type, status and currency. */
    public Table supportTotals(Filter f) {
        StringBuilder sql = new StringBuilder("SELECT c.donor, c.recipient, c.aid_type, c.status, c.currency, "
                + "count(*) AS commitments, sum(c.amount) AS total FROM commitments c WHERE TRUE");
        List<Object> args = supportConditions(sql, f);
        sql.append(" GROUP BY ALL ORDER BY total DESC NULLS LAST, commitments DESC");
        return rows(sql.toString(), args.toArray());
    }

    private List<Object> supportConditions(StringBuilder sql, Filter f) {
        List<Object> args = new ArrayList<>();
        if (f.type() != null) {
            sql.append(" AND c.aid_type = ?");
            args.add(oneOf(f.type(), "aid type", "military", "financial", "humanitarian"));
        }
        if (f.mode() != null) {
            sql.append(" AND c.status = ?");
            args.add(oneOf(f.mode(), "status", "pledged", "delivered", "considered", "refused"));
        }
        days(sql, args, "c.day", f);
        actorCondition(sql, args, "c.donor_actor IN (SELECT actor_id FROM actors WHERE ", "c.donor_actor",
                f.source());
        actorCondition(sql, args, "c.recipient_actor IN (SELECT actor_id FROM actors WHERE ", "c.recipient_actor",
                f.target());
        if (f.actor() != null) {
            List<String> ids = actorIds(f.actor());
            if (ids.isEmpty()) {
                sql.append(" AND FALSE");
            } else {
                sql.append(" AND (c.donor_actor IN (").append(placeholders(ids.size()))
                        .append(") OR c.recipient_actor IN (").append(placeholders(ids.size())).append("))");
                args.addAll(ids);
                args.addAll(ids);
            }
        }
        return args;
    }

    // ---- export ---------------------------------------------------------------------------------------------

    /**
     * Writes the store's tables into {@code dir}: one file per table, {@code parquet} or {@code csv}; or, for
     * {@code jsonl}, one file {@code articles.jsonl} holding every article as {@code sitrep extract} writes it.
     * Returns the files written.
     */
    public List<Path> export(String format, Path dir) {
        String fmt = oneOf(format, "format", "jsonl", "csv", "parquet");
        try {
            Files.createDirectories(dir);
            List<Path> written = new ArrayList<>();
            if (fmt.equals("jsonl")) {
                Path out = dir.resolve("articles.jsonl");
                writeArticles(out);
                written.add(out);
                return written;
            }
            for (String table : TABLES) {
                Path out = dir.resolve(table + "." + fmt);
                String select = table.equals("articles") ? "SELECT * EXCLUDE (json) "
                        + "FROM articles ORDER BY seq" : "SELECT * FROM " + table;
                copy(select, out, fmt.equals("csv") ? "FORMAT CSV, HEADER TRUE" : "FORMAT PARQUET");
                written.add(out);
            }
            return written;
        } catch (IOException | SQLException e) {
            throw new StoreException("cannot export to " + dir + ": " + e.getMessage(), e);
        }
    }

    private void writeArticles(Path out) throws IOException, SQLException {
        try (Connection c = ((org.duckdb.DuckDBConnection) db).duplicate();
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT json FROM articles ORDER BY seq");
             var w = Files.newBufferedWriter(out, java.nio.charset.StandardCharsets.UTF_8)) {
            while (rs.next()) {
                w.write(rs.getString(1));
                w.write('\n');
            }
        }
    }

    private void copy(String select, Path out, String options) throws SQLException {
        try (Statement st = db.createStatement()) {
            st.execute("COPY (" + select + ") TO '" + out.toAbsolutePath().toString().replace("'", "''") + "' ("
                    + options + ")");
        }
    }

    /** Counts of what the store holds, by table. */
    public Table counts() {
        StringBuilder sql = new StringBuilder();
        for (String t : TABLES) {
            sql.append(sql.length() > 0 ? " UNION ALL " : "").append("SELECT '").append(t)
                    .append("' AS table_name, count(*) AS rows FROM ").append(t);
        }
        sql.append(" UNION ALL SELECT 'stories', count(DISTINCT story_id) FROM articles");
        return rows(sql.toString());
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    /**
     * The actors a user's word names: an exact code ("CAN", "NATO") or actor id first; else every actor whose
     * name contains the words, most mentioned first.
     */
    public List<String> actorIds(String query) {
        requireText(query, "actor");
        long generation = events.generation();
        ActorIds cached = actorIds;
        if (cached.generation() != generation) {
            cached = new ActorIds(generation, new ConcurrentHashMap<>());
            actorIds = cached;
        }
        List<String> ids = cached.byQuery().get(query);
        if (ids == null) {
            ids = List.copyOf(lookUpActorIds(query));
            if (cached.byQuery().size() < 10_000) {
                cached.byQuery().put(query, ids);
            }
        }
        return ids;
    }

    /**
     * The actor ids names and codes were resolved to since the store last changed (its index's generation): event
     * queries resolve their actors each time, and the server answers many for the same few.
     */
    private record ActorIds(long generation, Map<String, List<String>> byQuery) {
    }

    private List<String> lookUpActorIds(String query) {
        List<String> ids = new ArrayList<>();
        for (Object id : rows("SELECT actor_id FROM actors WHERE code = ? OR actor_id = ? ORDER BY mentions DESC",
                query.strip().toUpperCase(Locale.ROOT), query.strip()).column("actor_id")) {
            ids.add((String) id);
        }
        if (ids.isEmpty()) {
            for (Object id : rows("SELECT actor_id FROM actors WHERE strip_accents(lower(name)) LIKE ? "
                    + "ORDER BY mentions DESC LIMIT 50", "%" + Keys.fold(query) + "%").column("actor_id")) {
                ids.add((String) id);
            }
        }
        return ids;
    }

    private void actorCondition(StringBuilder sql, List<Object> args, String inSubquery, String column,
                                String actor) {
        if (actor == null) {
            return;
        }
        List<String> ids = actorIds(actor);
        if (ids.isEmpty()) {
            sql.append(" AND FALSE");
            return;
        }
        if (column != null) {
            sql.append(" AND ").append(column).append(" IN (").append(placeholders(ids.size())).append(")");
        } else {
            sql.append(" AND ").append(inSubquery).append("actor_id IN (").append(placeholders(ids.size()))
                    .append("))");
        }
        args.addAll(ids);
    }

    private List<String> textArticles(String text, boolean quotes) {
        try {
            if (!quotes) {
                return index.articleIds(text, Integer.MIN_VALUE, Integer.MAX_VALUE, TEXT_HITS);
            }
            List<String> keys = new ArrayList<>();
            for (SearchIndex.Hit h : index.search(text, "quote", Integer.MIN_VALUE, Integer.MAX_VALUE, null,
                    TEXT_HITS)) {
                keys.add(h.articleId() + "#" + h.quoteNo());
            }
            return keys;
        } catch (IOException e) {
            throw new StoreException("cannot search: " + e.getMessage(), e);
        }
    }

    private static void days(StringBuilder sql, List<Object> args, String column, Filter f) {
        if (f.from() != null) {
            sql.append(" AND ").append(column).append(" >= ?");
            args.add(java.sql.Date.valueOf(f.from()));
        }
        if (f.to() != null) {
            sql.append(" AND ").append(column).append(" <= ?");
            args.add(java.sql.Date.valueOf(f.to()));
        }
    }

    private static String eventType(String type) {
        String t = type.toUpperCase(Locale.ROOT);
        try {
            return dev.sitrep.model.EventType.valueOf(t).name();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("type must be a PLOVER event type (" + Arrays.toString(
                    dev.sitrep.model.EventType.values()) + "), not '" + type + "'", e);
        }
    }

    private static String eventMode(String mode) {
        return oneOf(mode, "mode", "asserted", "future", "negated", "hypothetical");
    }

    private static String oneOf(String value, String what, String... allowed) {
        String v = value.toLowerCase(Locale.ROOT);
        for (String a : allowed) {
            if (a.equals(v)) {
                return a;
            }
        }
        throw new IllegalArgumentException(what + " must be one of " + String.join(", ", allowed) + ", not '"
                + value + "'");
    }

    private static void requireText(String s, String what) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
    }

    private static int epochDay(LocalDate d, boolean from) {
        return d == null ? (from ? Integer.MIN_VALUE : Integer.MAX_VALUE) : (int) d.toEpochDay();
    }

    private static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    /** Orders the query, takes the filter's page of it and runs it. */
    private Table paged(StringBuilder sql, List<Object> args, String orderBy, Filter f) {
        sql.append(" ORDER BY ").append(orderBy).append(" LIMIT ? OFFSET ?");
        args.add(f.limit());
        args.add(f.offset());
        return rows(sql.toString(), args.toArray());
    }

    /** Runs a query on a connection of its own and reads every row into a Table. */
    Table rows(String sql, Object... args) {
        try (Connection c = ((org.duckdb.DuckDBConnection) db).duplicate();
             PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                List<String> columns = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    columns.add(md.getColumnLabel(i));
                }
                List<List<Object>> rows = new ArrayList<>();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>(columns.size());
                    for (int i = 1; i <= columns.size(); i++) {
                        row.add(plain(rs.getObject(i)));
                    }
                    rows.add(row);
                }
                return new Table(columns, rows);
            }
        } catch (SQLException e) {
            throw new StoreException("query failed: " + e.getMessage(), e);
        }
    }

    private static Object plain(Object v) throws SQLException {
        if (v == null || v instanceof String || v instanceof Boolean || v instanceof BigDecimal) {
            return v;
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof java.math.BigInteger) {
            return ((Number) v).longValue();
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof Array a) {
            List<Object> list = new ArrayList<>();
            for (Object o : (Object[]) a.getArray()) {
                list.add(plain(o));
            }
            return list;
        }
        return v.toString();
    }
}
