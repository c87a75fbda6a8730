package dev.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store built from the 127 real articles of {@code ../shared/corpus/news-dev.jsonl}, ingested twice (once
 * per class: analysing them takes a while). Skipped where the shared folder is absent.
 */
class CorpusStoreTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    private static Path data;
    private static Cli.Result first;
    private static Cli.Result second;

    @BeforeAll
    static void ingestTwice() {
        Path shared = Path.of(System.getProperty("sitrep.shared", "../../shared"));
        Path corpus = shared.resolve("corpus/news-dev.jsonl");
        Assumptions.assumeTrue(Files.isRegularFile(corpus), "shared corpus absent: " + corpus);
        data = tmp.resolve("data");
        first = Cli.run(null, "ingest", "--data", data.toString(), corpus.toString());
        second = Cli.run(null, "ingest", "--data", data.toString(), corpus.toString());
    }

    @Test
    void ingestingTheCorpusTwiceStoresEachArticleOnce() throws IOException {
        assertEquals(ExitCodes.OK, first.exitCode(), first.err());
        assertTrue(first.err().contains("stored 127 articles in " + data + " (0 already there"), first.err());
        assertEquals(ExitCodes.OK, second.exitCode(), second.err());
        assertTrue(second.err().contains("stored 0 articles in " + data + " (127 already there"), second.err());
        assertTrue(second.err().contains("the store holds 127 articles"), second.err());

        Cli.Result stats = Cli.run(null, "stats", "--data", data.toString(), "--format", "json");
        assertEquals(ExitCodes.OK, stats.exitCode(), stats.err());
        JsonNode articles = null;
        for (JsonNode row : JSON.readTree(stats.out())) {
            if (row.get("table_name").asText().equals("articles")) {
                articles = row;
            }
        }
        assertEquals(127, articles.get("rows").asInt(), stats.out());
    }

    @Test
    void zelenskyIsAPresidentQuotedInSeveralArticlesWhateverTheSpelling() throws IOException {
        List<JsonNode> people = rows("actors", "--kind", "PERSON", "--name", "Zelensky");
        JsonNode zelensky = people.stream().filter(p -> p.get("actor_id").asText().equals("person:volodymyr zelensky"))
                .findFirst().orElseThrow(() -> new AssertionError("no Volodymyr Zelensky in " + people));
        assertTrue(zelensky.get("titles").toString().contains("President"), zelensky.toString());
        assertTrue(zelensky.get("articles").asInt() > 1, zelensky.toString());

        List<JsonNode> quotes = rows("quotes", "--speaker", "Zelensky", "--limit", "500");
        Set<String> articles = new HashSet<>();
        Set<String> spellings = new HashSet<>();
        for (JsonNode q : quotes) {
            assertTrue(q.get("speaker").asText().startsWith("Zelensk")
                    || q.get("speaker").asText().matches("Vol[oa]dymyr Zelensk.*|Vladimir Zelensk.*"), q.toString());
            articles.add(q.get("article_id").asText());
            spellings.add(q.get("speaker").asText());
        }
        assertTrue(articles.size() > 1, "quotes from " + articles.size() + " articles: " + quotes);
        assertTrue(spellings.size() > 1, "'Zelensky', 'Zelenskyy' and 'Zelenskiy' are one speaker: " + spellings);
    }

    private static List<JsonNode> rows(String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data", data.toString(), "--format", "json"));
        Cli.Result r = Cli.run(null, all.toArray(String[]::new));
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        List<JsonNode> rows = new ArrayList<>();
        JSON.readTree(r.out()).forEach(rows::add);
        return rows;
    }
}
