package dev.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.model.Article;
import dev.sitrep.model.SourceDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Store#importParquet}: output laid out as the Spark job writes it, imported into a store that holds part of
 * it already, gives the store that ingesting the same articles directly gives.
 */
class ImportTest {

    @TempDir
    Path tmp;

    @Test
    void importingMergesLikeIngestingDirectly() throws SQLException, IOException {
        Synthetic gen = new Synthetic(5, LocalDate.of(2024, 4, 1), 20);
        List<Article> first = IntStream.range(0, 25).mapToObj(i -> gen.next(i, 6)).toList();
        List<Article> later = new ArrayList<>(IntStream.range(25, 60).mapToObj(i -> gen.next(i, 6)).toList());
        later.add(copy(first.get(3), "copy-of-stored"));   // joins the story of a stored article
        later.add(copy(later.get(0), "copy-of-new"));      // joins the story of a new one
        later.add(first.get(7));                           // stored already: skipped
        later.add(undated(later.get(5)));                  // no date: last in the order
        List<Article> ordered = new ArrayList<>(later);
        ordered.sort(Comparator.comparing((Article a) -> a.source().published(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(a -> Keys.articleId(a.text())));

        Path direct = tmp.resolve("direct");
        try (Store store = Store.open(direct)) {
            store.addAll(first);
            store.addAll(ordered.stream().filter(a -> !first.contains(a)).toList());
        }
        Path source = tmp.resolve("source");
        try (Store store = Store.open(source)) {
            store.addAll(ordered);
        }
        Path parquet = tmp.resolve("parquet");
        writeLikeSpark(source, parquet);

        Path imported = tmp.resolve("imported");
        Store.Imported result;
        try (Store store = Store.open(imported)) {
            store.addAll(first);
            result = store.importParquet(parquet);
            assertEquals(new Store.Imported(later.size(), later.size() - 1, 1), result);
            assertEquals(first.size() + later.size() - 1, store.articles());
            Table hits = store.queries().search("\"Reporting by a staff writer\"", false, null, null, 10);
            assertEquals(2, hits.size(), "imported articles are searchable at once");
        }
        assertSameTables(direct, imported);
        try (Store a = Store.open(direct); Store b = Store.open(imported.resolveSibling("imported"))) {
            assertEquals(a.queries().events(Filter.all().withPage(1000, 0)),
                    b.queries().events(Filter.all().withPage(1000, 0)));
            assertEquals(a.queries().actors(Filter.all().withPage(1000, 0)),
                    b.queries().actors(Filter.all().withPage(1000, 0)));
            assertEquals(a.queries().timeline(Filter.all(), "week"), b.queries().timeline(Filter.all(), "week"));
            assertEquals(a.queries().search("sanctions", false, null, null, 20).column("article_id"),
                    b.queries().search("sanctions", false, null, null, 20).column("article_id"));
        }
        try (Store store = Store.open(imported)) {
            assertEquals(new Store.Imported(later.size(), 0, later.size()), store.importParquet(parquet),
                    "a second import adds nothing");
        }
    }

    @Test
    void aDirectoryThatIsNotSparkOutputIsRefused() {
        try (Store store = Store.open(tmp.resolve("data"))) {
            StoreException e = assertThrows(StoreException.class, () -> store.importParquet(tmp));
            assertTrue(e.getMessage().contains("has no articles/ directory"), e.getMessage());
        }
    }

    private static Article copy(Article a, String id) {
        SourceDocument s = a.source();
        return new Article(new SourceDocument(id, "https://other.example/" + id, s.title(), null, s.published(),
                s.text() + "\nReporting by a staff writer.", id), a.entities(), a.quotes(), a.events(),
                a.commitments(), a.coder());
    }

    private static Article undated(Article a) {
        SourceDocument s = a.source();
        return new Article(new SourceDocument("undated", null, s.title(), null, null, "Undated. " + s.text(),
                "undated"), List.of(), List.of(), List.of(), List.of(), a.coder());
    }

    /** The store's tables as the Spark job lays them out: a directory a table, day partitions for three. */
    static void writeLikeSpark(Path store, Path out) throws SQLException, IOException {
        Files.createDirectories(out);
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + store.resolve("sitrep.duckdb"));
             Statement st = db.createStatement()) {
            for (String table : Queries.TABLES) {
                boolean byDay = List.of("articles", "quotes", "events").contains(table);
                st.execute("COPY (SELECT * FROM " + table + ") TO '" + out.resolve(table) + "' (FORMAT PARQUET"
                        + (byDay ? ", PARTITION_BY (day)" : ", PER_THREAD_OUTPUT") + ")");
            }
        }
    }

    /** Every table of two stores holds the same rows, but for when they were stored. */
    static void assertSameTables(Path expected, Path actual) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
             Statement st = db.createStatement()) {
            st.execute("ATTACH '" + expected.resolve("sitrep.duckdb") + "' AS e (READ_ONLY)");
            st.execute("ATTACH '" + actual.resolve("sitrep.duckdb") + "' AS a (READ_ONLY)");
            for (String table : Queries.TABLES) {
                String cols = table.equals("articles") ? "* EXCLUDE (ingested_at)" : "*";
                for (String[] pair : new String[][] {{"e", "a"}, {"a", "e"}}) {
                    String sql = "SELECT " + cols + " FROM " + pair[0] + "." + table + " EXCEPT ALL SELECT " + cols
                            + " FROM " + pair[1] + "." + table;
                    List<String> extra = new ArrayList<>();
                    try (ResultSet rs = st.executeQuery(sql + " LIMIT 5")) {
                        while (rs.next()) {
                            extra.add(rs.getString(1) + ", " + rs.getString(2) + ", " + rs.getString(3));
                        }
                    }
                    assertTrue(extra.isEmpty(), table + ": rows only in " + (pair[0].equals("e") ? "expected"
                            : "actual") + ": " + extra);
                }
            }
        }
    }
}
