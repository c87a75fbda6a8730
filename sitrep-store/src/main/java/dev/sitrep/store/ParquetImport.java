package dev.sitrep.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The set statements of {@link Store#importParquet}: the Spark job's Parquet tables merged into the store's, the way
 * {@link Store#addAll} merges a batch. Runs inside the caller's transaction; its temporary tables are dropped by
 * {@link #cleanUp}.
 */
final class ParquetImport {

    private static final List<String> TEMP = List.of("import_articles", "import_seq", "import_keys",
            "import_parent");

    /** Partition columns are read as text or as a date, whichever DuckDB makes of the directory names. */
    private static final String DAY = "TRY_CAST(day AS DATE)";

    private ParquetImport() {
    }

    /** Imports the output in {@code dir}; returns how many distinct articles it holds. */
    static long run(Statement st, Path dir, long maxSeq) throws SQLException, IOException {
        st.execute("CREATE TEMP TABLE import_articles AS SELECT * FROM " + source(dir, "articles")
                + " QUALIFY row_number() OVER (PARTITION BY article_id ORDER BY seq) = 1");
        long read = count(st, "SELECT count(*) FROM import_articles");
        st.execute("DELETE FROM import_articles WHERE article_id IN (SELECT article_id FROM articles)");
        st.execute("CREATE TEMP TABLE import_seq AS SELECT article_id, " + maxSeq + " + row_number() OVER "
                + "(ORDER BY published ASC NULLS LAST, article_id) AS seq FROM import_articles");
        stories(st, dir);
        String ingestedAt = "TIMESTAMP '" + LocalDateTime.now() + "'";
        st.execute(insert("articles", "SELECT " + columns("articles", "s.seq AS seq", "s.story_id AS story_id",
                ingestedAt + " AS ingested_at") + " FROM import_articles a JOIN import_seq s USING (article_id)"));
        st.execute("INSERT INTO story_keys SELECT k.key, k.article_id, s.story_id, k.seq FROM import_keys k "
                + "JOIN import_seq s USING (article_id)");
        for (String table : List.of("entities", "mentions", "quotes", "event_reports", "commitments")) {
            st.execute(insert(table, "SELECT " + columns(table) + " FROM " + source(dir, table)
                    + " WHERE article_id IN (SELECT article_id FROM import_seq)"));
        }
        String newEntities = "SELECT * FROM entities WHERE article_id IN (SELECT article_id FROM import_seq)";
        st.execute("INSERT INTO stage_actors BY NAME SELECT p.actor_id, p.kind, p.name, p.code, p.country, "
                + "p.sector, p.kb, n.mentions, n.articles FROM (SELECT actor_id, CAST(sum(mention_count) AS BIGINT) AS mentions, "
                + "count(DISTINCT article_id) AS articles FROM (" + newEntities + ") GROUP BY actor_id) n "
                + "JOIN " + source(dir, "actors") + " p USING (actor_id)");
        st.execute("INSERT INTO stage_events BY NAME SELECT " + columns("events", "n.reports AS reports",
                "n.first_reported AS first_reported", "n.last_reported AS last_reported",
                "n.first_article AS first_article") + " FROM (SELECT r.event_id, count(DISTINCT r.article_id) AS "
                + "reports, min(a.published) AS first_reported, max(a.published) AS last_reported, "
                + "arg_min(r.article_id, a.seq) AS first_article FROM event_reports r JOIN articles a "
                + "USING (article_id) WHERE r.article_id IN (SELECT article_id FROM import_seq) GROUP BY r.event_id) "
                + "n JOIN " + source(dir, "events") + " p USING (event_id)");
        st.execute("INSERT INTO stage_sources BY NAME SELECT site, count(*) AS articles, min(published) AS "
                + "first_published, max(published) AS last_published FROM articles WHERE site IS NOT NULL AND "
                + "article_id IN (SELECT article_id FROM import_seq) GROUP BY site");
        for (String table : Rows.MERGED_TABLES) {
            st.execute(Batch.MOVES.get(table));
        }
        return read;
    }

    /**
     * The story of each new article, into {@code import_seq.story_id}: the story of the earliest article, stored
     * or new, with a lower seq that shares enough band keys with it, else its own id; as {@link Store#addAll}
     * decides it article by article, decided here for all at once by pointer jumping up the chains of parents.
     */
    private static void stories(Statement st, Path dir) throws SQLException, IOException {
        st.execute("CREATE TEMP TABLE import_keys AS SELECT k.key, k.article_id, s.seq FROM "
                + source(dir, "story_keys") + " k JOIN import_seq s USING (article_id)");
        st.execute("CREATE TEMP TABLE import_parent AS WITH candidates AS ("
                + "SELECT key, article_id, seq, story_id FROM story_keys WHERE key IN (SELECT key FROM import_keys) "
                + "UNION ALL SELECT key, article_id, seq, NULL AS story_id FROM import_keys), "
                + "pairs AS (SELECT n.article_id, c.article_id AS candidate, c.seq, any_value(c.story_id) AS story "
                + "FROM import_keys n JOIN candidates c ON c.key = n.key AND c.seq < n.seq "
                + "GROUP BY n.article_id, c.article_id, c.seq HAVING count(*) >= " + Keys.SAME_STORY_BANDS + ") "
                + "SELECT article_id, arg_min(candidate, seq) AS parent, arg_min(story, seq) AS parent_story "
                + "FROM pairs GROUP BY article_id");
        // a parent that is new has a parent of its own, or is the first of its story: jump until every article
        // points at a stored story or at a first article
        while (st.executeUpdate("UPDATE import_parent SET parent = p.parent, parent_story = p.parent_story "
                + "FROM import_parent p WHERE import_parent.parent_story IS NULL "
                + "AND import_parent.parent = p.article_id") > 0) {
            // each pass at least halves the chains
        }
        st.execute("ALTER TABLE import_seq ADD COLUMN story_id VARCHAR");
        st.execute("UPDATE import_seq SET story_id = article_id");
        st.execute("UPDATE import_seq SET story_id = coalesce(p.parent_story, p.parent) FROM import_parent p "
                + "WHERE p.article_id = import_seq.article_id");
    }

    /** Drops the temporary tables and empties the stage. */
    static void cleanUp(Connection db) throws SQLException {
        try (Statement st = db.createStatement()) {
            for (String t : TEMP) {
                st.execute("DROP TABLE IF EXISTS " + t);
            }
        }
        Batch.clearStage(db);
    }

    private static String insert(String table, String select) {
        return "INSERT INTO " + table + " (" + Schema.columns(table).stream().map(Schema.Column::name)
                .collect(Collectors.joining(", ")) + ") " + select;
    }

    /**
     * The select list of a table's columns, each cast to the store's type (the day partition read as a date), but
     * for the columns replaced by one of {@code replacements} ({@code expression AS column}).
     */
    private static String columns(String table, String... replacements) {
        return Schema.columns(table).stream().map(c -> {
            for (String r : replacements) {
                if (r.endsWith(" AS " + c.name())) {
                    return r;
                }
            }
            String value = c.name().equals("day") ? DAY : "CAST(" + c.name() + " AS " + c.type() + ")";
            return value + " AS " + c.name();
        }).collect(Collectors.joining(", "));
    }

    /**
     * The Parquet files of one table as a relation: every {@code .parquet} file below {@code dir/table}, with
     * {@code day=} directories read as a column; a table without files (Spark writes none for an empty
     * partitioned table) is the store's own table, empty.
     */
    private static String source(Path dir, String table) throws IOException {
        Path tableDir = dir.resolve(table);
        boolean any;
        if (!Files.isDirectory(tableDir)) {
            any = false;
        } else {
            try (Stream<Path> files = Files.walk(tableDir)) {
                any = files.anyMatch(p -> p.getFileName().toString().endsWith(".parquet"));
            }
        }
        if (!any) {
            return "(SELECT * FROM " + table + " LIMIT 0)";
        }
        String glob = tableDir.toAbsolutePath() + "/**/*.parquet";
        return "read_parquet('" + glob.replace("'", "''") + "', hive_partitioning = true, union_by_name = true)";
    }

    private static long count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
