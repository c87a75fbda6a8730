package dev.sitrep.store;

import dev.sitrep.json.ArticleJson;
import dev.sitrep.model.Article;
import dev.sitrep.model.Commitment;
import dev.sitrep.model.Entity;
import dev.sitrep.model.EntityRef;
import dev.sitrep.model.Event;
import dev.sitrep.model.Quote;
import dev.sitrep.model.Span;
import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One data directory: {@code sitrep.duckdb} (the tables), {@code index/} (Lucene) and {@code sitrep.lock}. One
 * process at a time: opening a directory another process holds fails with a clear message. Articles are added
 * one transaction each, so a killed process leaves every article either wholly stored or not at all; the
 * full-text index catches up with the tables when the store is next opened.
 *
 * <p>Writes are serialised ({@link #add} is synchronized); {@link #queries()} may be used from other threads.
 */
public final class Store implements Closeable {

    /** What {@link #add} did with an article. */
    public enum Outcome {
        /** Stored now. */
        STORED,
        /** Its text was already stored (from this or another input); nothing changed. */
        DUPLICATE
    }

    /** The result of {@link #add}: the article's id, its story and what happened. */
    public record Added(String articleId, String storyId, Outcome outcome) {
    }

    private static final int INDEX_COMMIT_EVERY = 200;
    private static final long INDEX_COMMIT_MILLIS = 2_000;

    private final Path dir;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Connection db;
    private final TextIndex index;
    private long nextSeq;
    private int uncommittedInIndex;
    private long lastIndexCommit = System.currentTimeMillis();

    private Store(Path dir, FileChannel lockChannel, FileLock lock, Connection db, TextIndex index) {
        this.dir = dir;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.db = db;
        this.index = index;
    }

    /**
     * Opens (creating when missing) the data directory {@code dir}.
     *
     * @throws StoreException when another process holds it, or it cannot be created or read
     */
    public static Store open(Path dir) {
        FileChannel channel = null;
        try {
            Files.createDirectories(dir);
            channel = FileChannel.open(dir.resolve("sitrep.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new StoreException("data directory " + dir + " is in use by another sitrep process; wait for"
                        + " it to finish or use another --data directory");
            }
            channel.truncate(0);
            channel.write(java.nio.ByteBuffer.wrap((ProcessHandle.current().pid() + "\n")
                    .getBytes(StandardCharsets.UTF_8)));
            Connection db = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("sitrep.duckdb"));
            createSchema(db);
            TextIndex index = new TextIndex(dir.resolve("index"));
            Store store = new Store(dir, channel, lock, db, index);
            store.nextSeq = store.maxSeq() + 1;
            store.catchUpIndex();
            return store;
        } catch (IOException | SQLException e) {
            closeQuietly(channel);
            throw new StoreException("cannot open data directory " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void createSchema(Connection db) throws SQLException {
        try (Statement st = db.createStatement()) {
            for (String ddl : Schema.TABLES) {
                st.execute(ddl);
            }
            try (ResultSet rs = st.executeQuery("SELECT value FROM meta WHERE key = 'schema'")) {
                if (rs.next()) {
                    int version = Integer.parseInt(rs.getString(1));
                    if (version != Schema.VERSION) {
                        throw new SQLException("the store has schema version " + version + "; this sitrep reads "
                                + Schema.VERSION);
                    }
                } else {
                    st.execute("INSERT INTO meta VALUES ('schema', '" + Schema.VERSION + "')");
                }
            }
        }
    }

    public Path dir() {
        return dir;
    }

    /** Reads over this store; safe to use from several threads. */
    public Queries queries() {
        return new Queries(db, index);
    }

    /** Whether an article with this text is stored. Cheap: check before analysing. */
    public synchronized boolean contains(String text) {
        return lookupStory(Keys.articleId(text)) != null;
    }

    /** Number of stored articles. */
    public synchronized long articles() {
        return nextSeq - 1 < 0 ? 0 : count("SELECT count(*) FROM articles");
    }

    /**
     * Stores an analysed article with everything extracted from it, in one transaction, unless its text is
     * stored already. When this returns STORED, the article survives a crash of the process.
     */
    public synchronized Added add(Article article) {
        String id = Keys.articleId(article.text());
        String existing = lookupStory(id);
        if (existing != null) {
            return new Added(id, existing, Outcome.DUPLICATE);
        }
        long seq = nextSeq;
        long simHash = Keys.simHash(article.text());
        String story = findStory(simHash, id);
        String day = day(article.source().published());
        try {
            db.setAutoCommit(false);
            try {
                Map<String, String> actorOf = insertEntities(id, day, article);
                insertArticle(id, seq, story, simHash, day, article);
                insertQuotes(id, day, article, actorOf);
                insertEvents(id, day, article, actorOf);
                insertCommitments(id, day, article, actorOf);
                upsertSource(article);
                db.commit();
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot store article " + article.source().origin() + " in " + dir + ": "
                    + e.getMessage(), e);
        }
        nextSeq = seq + 1;
        try {
            index.add(id, seq, day, article);
            uncommittedInIndex++;
            if (uncommittedInIndex >= INDEX_COMMIT_EVERY
                    || System.currentTimeMillis() - lastIndexCommit > INDEX_COMMIT_MILLIS) {
                commitIndex();
            }
        } catch (IOException e) {
            throw new StoreException("cannot index article " + id + " in " + dir + ": " + e.getMessage(), e);
        }
        return new Added(id, story, Outcome.STORED);
    }

    /** Makes the full-text index durable and visible to searches now. */
    public synchronized void flush() {
        try {
            commitIndex();
        } catch (IOException e) {
            throw new StoreException("cannot commit the index in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Records a feed item as seen; returns false when it was seen before. */
    public synchronized boolean markSeen(String feed, String item) {
        try (PreparedStatement ps = db.prepareStatement(
                "INSERT INTO feed_items VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            ps.setString(1, feed);
            ps.setString(2, item);
            ps.setTimestamp(3, Timestamp.from(Instant.now()));
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new StoreException("cannot record feed item in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Whether a feed item was seen before. */
    public synchronized boolean seen(String feed, String item) {
        try (PreparedStatement ps = db.prepareStatement("SELECT 1 FROM feed_items WHERE feed = ? AND item = ?")) {
            ps.setString(1, feed);
            ps.setString(2, item);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read feed items in " + dir + ": " + e.getMessage(), e);
        }
    }

    private void commitIndex() throws IOException {
        index.commit();
        uncommittedInIndex = 0;
        lastIndexCommit = System.currentTimeMillis();
    }

    // ---- writing ---------------------------------------------------------------------------------------------

    private void insertArticle(String id, long seq, String story, long simHash, String day, Article a)
            throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(
                "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, id);
            ps.setLong(2, seq);
            ps.setString(3, a.source().id());
            ps.setString(4, a.source().url());
            ps.setString(5, site(a.source().url()));
            ps.setString(6, a.source().title());
            ps.setString(7, null); // author: set when the readers give it
            ps.setString(8, a.source().published());
            setDate(ps, 9, day);
            ps.setString(10, story);
            ps.setLong(11, simHash);
            for (int b = 0; b < 4; b++) {
                ps.setInt(12 + b, Keys.band(simHash, b));
            }
            ps.setString(16, a.text());
            ps.setString(17, a.coder());
            ps.setTimestamp(18, Timestamp.from(Instant.now()));
            ps.setString(19, ArticleJson.toString(ArticleJson.toJson(a)));
            ps.executeUpdate();
        }
    }

    private Map<String, String> insertEntities(String id, String day, Article a) throws SQLException {
        Map<String, String> actorOf = new HashMap<>();
        try (PreparedStatement entity = db.prepareStatement(
                "INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement mention = db.prepareStatement("INSERT INTO mentions VALUES (?, ?, ?, ?)");
             PreparedStatement actor = db.prepareStatement(
                     "INSERT INTO actors VALUES (?, ?, ?, ?, ?, ?, 1) ON CONFLICT (actor_id) DO UPDATE SET "
                             + "mentions = actors.mentions + excluded.mentions, articles = actors.articles + 1")) {
            Set<String> actorsSeen = new LinkedHashSet<>();
            for (Entity e : a.entities()) {
                String actorId = Keys.actorId(e);
                actorOf.put(e.id(), actorId);
                entity.setString(1, id);
                entity.setString(2, e.id());
                entity.setString(3, actorId);
                entity.setString(4, e.type().name());
                entity.setString(5, e.name());
                entity.setString(6, e.code());
                entity.setString(7, e.country());
                entity.setString(8, e.affiliation());
                Array titles = db.createArrayOf("VARCHAR", e.titles().toArray());
                entity.setArray(9, titles);
                entity.setInt(10, e.mentions().size());
                setDate(entity, 11, day);
                entity.executeUpdate();
                for (Span m : e.mentions()) {
                    mention.setString(1, id);
                    mention.setString(2, e.id());
                    mention.setInt(3, m.start());
                    mention.setInt(4, m.end());
                    mention.addBatch();
                }
                if (actorsSeen.add(actorId)) {
                    actor.setString(1, actorId);
                    actor.setString(2, e.type().name());
                    actor.setString(3, e.name());
                    actor.setString(4, e.code());
                    actor.setString(5, e.country());
                    actor.setLong(6, e.mentions().size());
                    actor.executeUpdate();
                }
            }
            mention.executeBatch();
        }
        return actorOf;
    }

    private void insertQuotes(String id, String day, Article a, Map<String, String> actorOf) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(
                "INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (Quote q : a.quotes()) {
                ps.setString(1, id);
                ps.setInt(2, n++);
                ps.setInt(3, q.span().start());
                ps.setInt(4, q.span().end());
                ps.setString(5, q.text());
                ps.setBoolean(6, q.direct());
                ps.setString(7, q.speakerId());
                ps.setString(8, q.speakerId() == null ? null : actorOf.get(q.speakerId()));
                ps.setString(9, q.speakerName());
                ps.setString(10, q.cue());
                setDate(ps, 11, day);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void insertEvents(String id, String day, Article a, Map<String, String> actorOf) throws SQLException {
        try (PreparedStatement event = db.prepareStatement(
                "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?) ON CONFLICT (event_id) DO "
                        + "UPDATE SET reports = events.reports + 1, "
                        + "first_reported = least(events.first_reported, excluded.first_reported), "
                        + "last_reported = greatest(events.last_reported, excluded.last_reported)");
             PreparedStatement actor = db.prepareStatement(
                     "INSERT INTO event_actors VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING");
             PreparedStatement report = db.prepareStatement(
                     "INSERT INTO event_reports VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Set<String> counted = new LinkedHashSet<>();
            int n = 0;
            for (Event e : a.events()) {
                String eventId = Keys.eventId(e);
                if (counted.add(eventId)) {
                    event.setString(1, eventId);
                    event.setString(2, e.type().name());
                    event.setString(3, e.cameo());
                    event.setString(4, e.mode().name().toLowerCase(Locale.ROOT));
                    event.setString(5, codes(e.source()));
                    event.setString(6, codes(e.target()));
                    event.setString(7, names(e.source()));
                    event.setString(8, names(e.target()));
                    setDate(event, 9, e.date() != null && e.date().length() == 10 ? e.date() : day);
                    event.setString(10, e.date());
                    event.setString(11, e.location() == null ? null : e.location().name());
                    event.setString(12, a.source().published());
                    event.setString(13, a.source().published());
                    event.setString(14, id);
                    event.executeUpdate();
                    addEventActors(actor, eventId, "source", e.source(), actorOf);
                    addEventActors(actor, eventId, "target", e.target(), actorOf);
                }
                report.setString(1, id);
                report.setInt(2, n++);
                report.setString(3, eventId);
                report.setString(4, e.trigger());
                report.setInt(5, e.triggerSpan().start());
                report.setInt(6, e.triggerSpan().end());
                report.setInt(7, e.span().start());
                report.setInt(8, e.span().end());
                report.setString(9, e.pattern());
                report.addBatch();
            }
            report.executeBatch();
        }
    }

    private static void addEventActors(PreparedStatement ps, String eventId, String role, List<EntityRef> refs,
                                       Map<String, String> actorOf) throws SQLException {
        for (EntityRef r : refs) {
            String actorId = actorOf.getOrDefault(r.entity(), "unknown:" + Keys.fold(r.name()));
            ps.setString(1, eventId);
            ps.setString(2, role);
            ps.setString(3, actorId);
            ps.setString(4, r.code());
            ps.executeUpdate();
        }
    }

    private void insertCommitments(String id, String day, Article a, Map<String, String> actorOf)
            throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(
                "INSERT INTO commitments VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (Commitment c : a.commitments()) {
                ps.setString(1, id);
                ps.setInt(2, n++);
                ps.setString(3, codeOrName(c.donor()));
                ps.setString(4, actorOf.getOrDefault(c.donor().entity(), "unknown:" + Keys.fold(c.donor().name())));
                ps.setString(5, c.recipient() == null ? null : codeOrName(c.recipient()));
                ps.setString(6, c.recipient() == null ? null : actorOf.get(c.recipient().entity()));
                ps.setString(7, c.aidType().name().toLowerCase(Locale.ROOT));
                ps.setString(8, c.what());
                if (c.amount() == null) {
                    ps.setNull(9, Types.DECIMAL);
                } else {
                    // "25 million" is 25E+6, a negative scale, which the DuckDB driver refuses
                    ps.setBigDecimal(9, c.amount().scale() < 0 ? c.amount().setScale(0) : c.amount());
                }
                ps.setString(10, c.currency());
                ps.setString(11, c.status().name().toLowerCase(Locale.ROOT));
                ps.setString(12, c.date());
                setDate(ps, 13, c.date() != null && c.date().length() == 10 ? c.date() : day);
                ps.setInt(14, c.span().start());
                ps.setInt(15, c.span().end());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void upsertSource(Article a) throws SQLException {
        String site = site(a.source().url());
        if (site == null) {
            return;
        }
        try (PreparedStatement ps = db.prepareStatement(
                "INSERT INTO sources VALUES (?, 1, ?, ?) ON CONFLICT (site) DO UPDATE SET "
                        + "articles = sources.articles + 1, "
                        + "first_published = least(sources.first_published, excluded.first_published), "
                        + "last_published = greatest(sources.last_published, excluded.last_published)")) {
            ps.setString(1, site);
            ps.setString(2, a.source().published());
            ps.setString(3, a.source().published());
            ps.executeUpdate();
        }
    }

    // ---- reading what the writer needs ---------------------------------------------------------------------------

    private String lookupStory(String id) {
        try (PreparedStatement ps = db.prepareStatement("SELECT story_id FROM articles WHERE article_id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The story of the first stored article within 3 bits of this SimHash, else a new story: this article's. */
    private String findStory(long simHash, String id) {
        try (PreparedStatement ps = db.prepareStatement("SELECT story_id, simhash FROM articles WHERE band0 = ? OR "
                + "band1 = ? OR band2 = ? OR band3 = ? ORDER BY seq")) {
            for (int b = 0; b < 4; b++) {
                ps.setInt(b + 1, Keys.band(simHash, b));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (Keys.sameStory(simHash, rs.getLong(2))) {
                        return rs.getString(1);
                    }
                }
            }
            return id;
        } catch (SQLException e) {
            throw new StoreException("cannot read " + dir + ": " + e.getMessage(), e);
        }
    }

    private long maxSeq() throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT max(seq) FROM articles")) {
            rs.next();
            long max = rs.getLong(1);
            return rs.wasNull() ? 0 : max;
        }
    }

    private long count(String sql) {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new StoreException("cannot read " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Indexes the articles the tables hold but the index's last commit does not (after a crash). */
    private void catchUpIndex() throws SQLException, IOException {
        long indexed = index.committedSeq();
        try (PreparedStatement ps = db.prepareStatement(
                "SELECT article_id, seq, CAST(day AS VARCHAR), json FROM articles WHERE seq > ? ORDER BY seq")) {
            ps.setLong(1, indexed);
            try (ResultSet rs = ps.executeQuery()) {
                int n = 0;
                while (rs.next()) {
                    Article a = ArticleJson.fromJson(rs.getString(4));
                    index.add(rs.getString(1), rs.getLong(2), rs.getString(3), a);
                    n++;
                }
                if (n > 0) {
                    index.commit();
                }
            }
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    /** The date part of an ISO-8601 date or date-time, or null. */
    static String day(String published) {
        if (published == null || published.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(published.substring(0, 10)).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The host of a URL without "www.", or null. */
    static String site(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void setDate(PreparedStatement ps, int i, String day) throws SQLException {
        if (day == null) {
            ps.setNull(i, Types.DATE);
        } else {
            ps.setDate(i, java.sql.Date.valueOf(day));
        }
    }

    private static String codes(List<EntityRef> refs) {
        return Keys.actors(refs);
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

    private static void closeQuietly(Closeable c) {
        if (c != null) {
            try {
                c.close();
            } catch (IOException ignored) {
                // already failing; the first error is the one to report
            }
        }
    }

    @Override
    public synchronized void close() {
        try {
            index.close();
            db.close();
        } catch (IOException | SQLException e) {
            throw new StoreException("cannot close data directory " + dir + ": " + e.getMessage(), e);
        } finally {
            try {
                lock.release();
            } catch (IOException ignored) {
                // the lock goes with the channel
            }
            closeQuietly(lockChannel);
        }
    }
}
