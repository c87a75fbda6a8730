package dev.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.sitrep.json.ArticleJson;
import dev.sitrep.model.Article;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rows of an article: the shape of every table, and the same from the article's JSON as from the article. */
class RowsTest {

    @TempDir
    Path dir;

    @Test
    void theColumnsReadOffTheDdlAreTheTablesDuckDbMakes() throws SQLException {
        try (Store store = Store.open(dir)) {
            store.flush();
        }
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("sitrep.duckdb"));
             Statement st = db.createStatement()) {
            for (String table : tables()) {
                List<Schema.Column> described = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("DESCRIBE " + table)) {
                    while (rs.next()) {
                        described.add(new Schema.Column(rs.getString("column_name"),
                                rs.getString("column_type").replace(",", ", "), rs.getString("null").equals("YES")));
                    }
                }
                assertEquals(described, Schema.columns(table), table);
            }
        }
    }

    @Test
    void everyRowFitsItsTableAndTheJsonOfAnArticleGivesTheSameRows() {
        Synthetic gen = new Synthetic(11, LocalDate.of(2024, 2, 1), 30);
        LocalDateTime at = LocalDateTime.of(2024, 3, 1, 12, 0);
        int rows = 0;
        for (int i = 0; i < 30; i++) {
            Article a = gen.next(i, 6);
            String id = Keys.articleId(a.text());
            long[] keys = Keys.storyKeys(a.text());
            Rows direct = Rows.of(id, i + 1, id, keys, a, at);
            Rows viaJson = Rows.of(id, i + 1, id, keys, ArticleJson.fromJson(
                    ArticleJson.toString(ArticleJson.toJson(a))), at);
            for (String table : tables()) {
                int width = Schema.columns(table).size();
                assertEquals(direct.get(table).size(), viaJson.get(table).size(), table);
                for (int r = 0; r < direct.get(table).size(); r++) {
                    assertEquals(width, direct.get(table).get(r).length, table);
                    assertArrayEquals(direct.get(table).get(r), viaJson.get(table).get(r), table + " row " + r);
                    rows++;
                }
            }
            assertFalse(direct.get("events").isEmpty());
        }
        assertEquals(true, rows > 30 * 10, "rows: " + rows);
    }

    private static List<String> tables() {
        List<String> all = new ArrayList<>(Rows.ARTICLE_TABLES);
        all.addAll(Rows.MERGED_TABLES);
        return all;
    }
}
