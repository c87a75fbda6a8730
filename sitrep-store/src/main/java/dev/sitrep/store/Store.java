package dev.sitrep.store;

import dev.sitrep.json.ArticleJson;
import dev.sitrep.kb.ActorMemory;
import dev.sitrep.model.Article;
import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One data directory: {@code sitrep.duckdb} (the tables), {@code index/} and {@code events/} (Lucene) and
 * {@code sitrep.lock}. One process at a time: opening a directory another process holds fails with a clear
 * message. Articles are added one transaction each, so a killed process leaves every article either wholly stored
 * or not at all; the Lucene indexes catch up with the tables when the store is next opened.
 *
 * <p>Writes are serialised ({@link #add} is synchronized); {@link #queries()} may be used from other threads.
 */
public final class Store implements Closeable {

    private StoreMemory memory;

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
    private final SearchIndex index;
    private final SearchIndex events;
    private long nextSeq;
    private int uncommittedInIndex;
    private long lastIndexCommit = System.currentTimeMillis();

    private Store(Path dir, FileChannel lockChannel, FileLock lock, Connection db, SearchIndex index,
                  SearchIndex events) {
        this.dir = dir;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.db = db;
        this.index = index;
        this.events = events;
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
            Batch.clearStage(db);
            SearchIndex index = SearchIndex.text(dir.resolve("index"));
            SearchIndex events = SearchIndex.events(dir.resolve("events"));
            Store store = new Store(dir, channel, lock, db, index, events);
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
                    if (version > Schema.VERSION || version < 2) {
                        throw new SQLException("the store has schema version " + version + "; this sitrep reads "
                                + "versions 2 to " + Schema.VERSION);
                    }
                    upgrade(st, version);
                } else {
                    st.execute("INSERT INTO meta VALUES ('schema', '" + Schema.VERSION + "')");
                }
            }
            for (String table : Batch.MOVES.keySet()) {
                st.execute("CREATE TABLE IF NOT EXISTS stage_" + table + " AS SELECT * FROM " + table + " LIMIT 0");
            }
        }
    }

    /**
     * Brings a store of an older schema version to this one, in one transaction: the columns each later version
     * added (nullable, at the end of their tables), and staging tables of the new shape.
     */
    private static void upgrade(Statement st, int from) throws SQLException {
        if (from == Schema.VERSION) {
            return;
        }
        st.execute("BEGIN TRANSACTION");
        try {
            for (int v = from + 1; v <= Schema.VERSION; v++) {
                for (String[] c : Schema.ADDED.getOrDefault(v, List.of())) {
                    st.execute("ALTER TABLE " + c[0] + " ADD COLUMN IF NOT EXISTS " + c[1] + " " + c[2]);
                }
            }
            for (String table : Batch.MOVES.keySet()) {
                st.execute("DROP TABLE IF EXISTS stage_" + table);
            }
            st.execute("UPDATE meta SET value = '" + Schema.VERSION + "' WHERE key = 'schema'");
            st.execute("COMMIT");
        } catch (SQLException e) {
            st.execute("ROLLBACK");
            throw e;
        }
    }

    /**
     * What the store has read of people, for an analyzer to recall in later articles; loaded on first use, then
     * kept up to date as articles are stored.
     */
    public synchronized ActorMemory memory() {
        if (memory == null) {
            try {
                memory = StoreMemory.load(db);
            } catch (SQLException e) {
                throw new StoreException("cannot read the stored actors in " + dir + ": " + e.getMessage(), e);
            }
        }
        return memory;
    }

    public Path dir() {
        return dir;
    }

    /** Reads over this store; safe to use from several threads. */
    public Queries queries() {
        return new Queries(db, index, events);
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
        return addAll(List.of(article)).get(0);
    }

    /**
     * Stores articles in one transaction (much faster than one by one for bulk loads), skipping texts stored
     * already or earlier in the list. When this returns, every article marked STORED survives a crash.
     */
    public synchronized List<Added> addAll(List<Article> articles) {
        Batch batch = new Batch();
        List<Added> result = new ArrayList<>(articles.size());
        List<String> ids = new ArrayList<>(articles.size());
        List<long[]> keys = new ArrayList<>(articles.size());
        for (Article article : articles) {
            ids.add(Keys.articleId(article.text()));
            keys.add(Keys.storyKeys(article.text()));
        }
        Map<String, String> known = storiesOf(ids);
        Map<Long, List<String[]>> stored = storedStoryKeys(keys);
        List<long[]> pendingKeys = new ArrayList<>();
        List<String> pendingStories = new ArrayList<>();
        List<Object[]> toIndex = new ArrayList<>();
        long seq = nextSeq;
        for (int k = 0; k < articles.size(); k++) {
            Article article = articles.get(k);
            String id = ids.get(k);
            if (known.containsKey(id)) {
                result.add(new Added(id, known.get(id), Outcome.DUPLICATE));
                continue;
            }
            long[] storyKeys = keys.get(k);
            String story = storyOf(storyKeys, stored);
            for (int i = 0; i < pendingKeys.size() && story == null; i++) {
                if (Keys.sharedBands(storyKeys, pendingKeys.get(i)) >= Keys.SAME_STORY_BANDS) {
                    story = pendingStories.get(i);
                }
            }
            story = story == null ? id : story;
            String day = Rows.day(article.source().published());
            batch.add(id, seq, story, storyKeys, article);
            known.put(id, story);
            pendingKeys.add(storyKeys);
            pendingStories.add(story);
            toIndex.add(new Object[] {id, seq, day, article});
            result.add(new Added(id, story, Outcome.STORED));
            seq++;
        }
        if (batch.size() == 0) {
            return result;
        }
        try {
            batch.write(db);
        } catch (SQLException e) {
            throw new StoreException("cannot store " + (articles.size() == 1 ? "article "
                    + articles.get(0).source().origin() : articles.size() + " articles") + " in " + dir + ": "
                    + e.getMessage(), e);
        }
        nextSeq = seq;
        if (memory != null) {
            for (Object[] a : toIndex) {
                memory.learn((String) a[0], (Article) a[3]);
            }
        }
        try {
            for (Object[] a : toIndex) {
                index.add((String) a[0], (Long) a[1], (String) a[2], (Article) a[3]);
                uncommittedInIndex++;
            }
            indexEvents(batch.eventIds());
            events.advance(seq - 1);
            if (uncommittedInIndex >= INDEX_COMMIT_EVERY
                    || System.currentTimeMillis() - lastIndexCommit > INDEX_COMMIT_MILLIS) {
                commitIndex();
            } else {
                index.refresh();
                events.refresh();
            }
        } catch (IOException | SQLException e) {
            throw new StoreException("cannot index articles in " + dir + ": " + e.getMessage(), e);
        }
        return result;
    }

    /** What {@link #importParquet} did: articles in the Parquet output, imported now, and stored already. */
    public record Imported(long read, long imported, long alreadyStored) {
    }

    /**
     * Imports the Parquet output of the Spark job (a directory holding {@code articles/}, {@code story_keys/},
     * {@code actors/}, ... each a directory of Parquet files, partitioned by {@code day=} or not), merging it with
     * what the store holds, in one transaction: articles stored already are skipped; the new ones get the
     * sequence numbers after the store's, in (published, article_id) order, and join the story of the earliest
     * article, stored or new, sharing {@link Keys#SAME_STORY_BANDS} band keys with them; their mentions, reports
     * and articles are added to the actor, event and source counts as {@link #addAll} adds them. The full-text
     * index then catches up with the new articles.
     *
     * @throws StoreException when {@code dir} is not such output or cannot be read
     */
    public synchronized Imported importParquet(Path dir) {
        if (!Files.isDirectory(dir.resolve("articles"))) {
            throw new StoreException(dir + " is not the output of the Spark job: it has no articles/ directory");
        }
        try {
            commitIndex();
            long before = count("SELECT count(*) FROM articles");
            long read;
            db.setAutoCommit(false);
            try (Statement st = db.createStatement()) {
                read = ParquetImport.run(st, dir, maxSeq());
                db.commit();
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
                ParquetImport.cleanUp(db);
            }
            long imported = count("SELECT count(*) FROM articles") - before;
            nextSeq = maxSeq() + 1;
            catchUpIndex();
            return new Imported(read, imported, read - imported);
        } catch (IOException | SQLException e) {
            throw new StoreException("cannot import " + dir + " into " + this.dir + ": " + e.getMessage(), e);
        }
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
        events.commit();
        uncommittedInIndex = 0;
        lastIndexCommit = System.currentTimeMillis();
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

    /** The stories of those of {@code ids} that are stored. */
    private Map<String, String> storiesOf(List<String> ids) {
        Map<String, String> stories = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
            try (PreparedStatement ps = db.prepareStatement("SELECT article_id, story_id FROM articles WHERE "
                    + "article_id IN (" + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        stories.put(rs.getString(1), rs.getString(2));
                    }
                }
            } catch (SQLException e) {
                throw new StoreException("cannot read " + dir + ": " + e.getMessage(), e);
            }
        }
        return stories;
    }

    /**
     * The stored articles sharing a story key with any of {@code keys}: key to [article, story, seq] rows.
     */
    private Map<Long, List<String[]>> storedStoryKeys(List<long[]> keys) {
        java.util.Set<Long> all = new java.util.LinkedHashSet<>();
        for (long[] k : keys) {
            for (long key : k) {
                all.add(key);
            }
        }
        List<Long> list = new ArrayList<>(all);
        Map<Long, List<String[]>> found = new HashMap<>();
        for (int from = 0; from < list.size(); from += 1000) {
            List<Long> chunk = list.subList(from, Math.min(list.size(), from + 1000));
            try (PreparedStatement ps = db.prepareStatement("SELECT key, article_id, story_id, seq FROM story_keys "
                    + "WHERE key IN (" + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setLong(i + 1, chunk.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.computeIfAbsent(rs.getLong(1), x -> new ArrayList<>()).add(new String[] {
                            rs.getString(2), rs.getString(3), Long.toString(rs.getLong(4))});
                    }
                }
            } catch (SQLException e) {
                throw new StoreException("cannot read " + dir + ": " + e.getMessage(), e);
            }
        }
        return found;
    }

    /** The story of the oldest stored article sharing enough keys with {@code keys}, or null. */
    private static String storyOf(long[] keys, Map<Long, List<String[]>> stored) {
        Map<String, Integer> shared = new HashMap<>();
        Map<String, String[]> rowOf = new HashMap<>();
        for (long key : keys) {
            for (String[] row : stored.getOrDefault(key, List.of())) {
                shared.merge(row[0], 1, Integer::sum);
                rowOf.put(row[0], row);
            }
        }
        String[] best = null;
        for (Map.Entry<String, Integer> e : shared.entrySet()) {
            String[] row = rowOf.get(e.getKey());
            if (e.getValue() >= Keys.SAME_STORY_BANDS
                    && (best == null || Long.parseLong(row[2]) < Long.parseLong(best[2]))) {
                best = row;
            }
        }
        return best == null ? null : best[1];
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

    /**
     * Indexes the articles the tables hold but the index's last commit does not (after a crash, or an import), and
     * their events; or everything, when the index is being rebuilt.
     */
    private void catchUpIndex() throws SQLException, IOException {
        long indexed = index.committedSeq();
        int n = 0;
        try (PreparedStatement ps = db.prepareStatement(
                "SELECT article_id, seq, CAST(day AS VARCHAR), json FROM articles WHERE seq > ? ORDER BY seq")) {
            ps.setLong(1, indexed);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Article a = ArticleJson.fromJson(rs.getString(4));
                    index.add(rs.getString(1), rs.getLong(2), rs.getString(3), a);
                    n++;
                }
            }
        }
        long eventsIndexed = events.committedSeq();
        long last = maxSeq();
        boolean all = events.rebuilding();
        if (all || eventsIndexed < last) {
            try (PreparedStatement ps = db.prepareStatement(EventDocs.SELECT + (all ? "" : " WHERE e.event_id IN "
                    + "(SELECT r.event_id FROM event_reports r JOIN articles a USING (article_id) WHERE a.seq > ?)"))) {
                if (!all) {
                    ps.setLong(1, eventsIndexed);
                }
                putEvents(ps);
            }
            events.advance(last);
        }
        if (n > 0 || all || eventsIndexed < last || index.rebuilding()) {
            index.rebuilt();
            events.rebuilt();
            commitIndex();
        }
    }

    /** Rewrites the event documents of {@code eventIds} from their rows. */
    private void indexEvents(List<String> eventIds) throws SQLException, IOException {
        for (int from = 0; from < eventIds.size(); from += 1000) {
            List<String> chunk = eventIds.subList(from, Math.min(eventIds.size(), from + 1000));
            try (PreparedStatement ps = db.prepareStatement(EventDocs.SELECT + " WHERE e.event_id IN ("
                    + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setString(i + 1, chunk.get(i));
                }
                putEvents(ps);
            }
        }
    }

    private void putEvents(PreparedStatement ps) throws SQLException, IOException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                events.putEvent(rs.getString(1), EventDocs.document(rs));
            }
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

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
            events.close();
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
