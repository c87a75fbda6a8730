package dev.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sitrep.model.Article;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store of the previous schema version opens, gains the new columns, keeps its articles and takes new ones. */
class StoreUpgradeTest {

    @TempDir
    Path dir;

    @Test
    void aVersionTwoStoreIsUpgradedInPlace() throws Exception {
        Synthetic gen = new Synthetic(11, LocalDate.of(2024, 1, 1), 30);
        List<Article> old = java.util.stream.IntStream.range(0, 5).mapToObj(i -> gen.next(i, 4)).toList();
        try (Store store = Store.open(dir)) {
            store.addAll(old);
        }
        // make it a version 2 store: without the columns version 3 added
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("sitrep.duckdb"));
             Statement st = db.createStatement()) {
            for (String[] c : Schema.ADDED.get(3)) {
                st.execute("ALTER TABLE " + c[0] + " DROP COLUMN " + c[1]);
            }
            for (String table : Batch.MOVES.keySet()) {
                st.execute("DROP TABLE stage_" + table);
            }
            st.execute("UPDATE meta SET value = '2' WHERE key = 'schema'");
        }
        try (Store store = Store.open(dir)) {
            assertEquals(5, store.articles());
            store.add(gen.next(99, 4));
            assertEquals(6, store.articles());
        }
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("sitrep.duckdb"));
             Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT value FROM meta WHERE key = 'schema'")) {
            rs.next();
            assertEquals("3", rs.getString(1));
        }
    }
}
