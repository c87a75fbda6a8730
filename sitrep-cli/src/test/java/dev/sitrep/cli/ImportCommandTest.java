package dev.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.model.Article;
import dev.sitrep.store.Keys;
import dev.sitrep.store.Store;
import dev.sitrep.store.Synthetic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sitrep import} on tables laid out as the Spark job writes them. */
class ImportCommandTest {

    @TempDir
    Path tmp;

    @Test
    void importedTablesAnswerAsTheStoreTheyCameFrom() throws SQLException, IOException {
        Synthetic gen = new Synthetic(3, LocalDate.of(2024, 6, 1), 10);
        // in the order an import numbers them, so ties in search come out alike
        List<Article> articles = IntStream.range(0, 30).mapToObj(i -> gen.next(i, 5))
                .sorted(Comparator.comparing((Article a) -> a.source().published())
                        .thenComparing(a -> Keys.articleId(a.text()))).toList();
        Path source = tmp.resolve("source");
        try (Store store = Store.open(source)) {
            store.addAll(articles);
        }
        Path out = tmp.resolve("spark-out");
        writeLikeSpark(source, out);
        Path data = tmp.resolve("data");

        Cli.Result r = Cli.run(null, "import", "--data", data.toString(), out.toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertTrue(r.err().contains("imported 30 articles") && r.err().contains("holds 30 articles"), r.err());
        for (String[] query : new String[][] {{"events", "--actor", "Poland", "--limit", "500"}, {"actors"},
            {"search", "sanctions"}, {"timeline", "--interval", "week"}}) {
            Cli.Result expected = Cli.run(null, concat(query, "--data", source.toString()));
            Cli.Result actual = Cli.run(null, concat(query, "--data", data.toString()));
            assertEquals(ExitCodes.OK, actual.exitCode(), actual.err());
            assertEquals(expected.out(), actual.out(), String.join(" ", query));
        }
        Cli.Result again = Cli.run(null, "import", "--data", data.toString(), out.toString());
        assertTrue(again.err().contains("imported 0 articles") && again.err().contains("(30 already there)"),
                again.err());
    }

    @Test
    void aDirectoryThatIsNotTheJobsOutputIsRefused() throws IOException {
        Path data = tmp.resolve("data");
        Cli.Result missing = Cli.run(null, "import", "--data", data.toString(), tmp.resolve("nope").toString());
        assertEquals(ExitCodes.USAGE, missing.exitCode(), missing.err());
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Cli.Result notOutput = Cli.run(null, "import", "--data", data.toString(), empty.toString());
        assertEquals(ExitCodes.FATAL, notOutput.exitCode(), notOutput.err());
        assertTrue(notOutput.err().contains("is not the output of the Spark job"), notOutput.err());
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** The store's tables as the Spark job lays them out: a directory a table, day partitions for three. */
    private static void writeLikeSpark(Path store, Path out) throws SQLException, IOException {
        Files.createDirectories(out);
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + store.resolve("sitrep.duckdb"));
             Statement st = db.createStatement()) {
            for (String table : List.of("articles", "story_keys", "sources", "actors", "entities", "mentions",
                    "quotes", "events", "event_reports", "commitments")) {
                boolean byDay = List.of("articles", "quotes", "events").contains(table);
                st.execute("COPY (SELECT * FROM " + table + ") TO '" + out.resolve(table) + "' (FORMAT PARQUET"
                        + (byDay ? ", PARTITION_BY (day)" : ", PER_THREAD_OUTPUT") + ")");
            }
        }
    }
}
