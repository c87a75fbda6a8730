package dev.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.json.ArticleJson;
import dev.sitrep.model.Article;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills an ingesting process (SIGKILL) at random points, then checks the store: every article it reported
 * stored is there, no article is half-written, the event and actor records count each article once, and
 * re-running finishes the job without duplicates.
 */
class CrashTest {

    private static final int ARTICLES = 300;
    private static final long SEED = 11;

    @TempDir
    Path dir;

    @Test
    void aKilledIngestLosesNothingReportedAndResumesWithoutDuplicates() throws Exception {
        Random random = new Random(42);
        Set<String> reported = new HashSet<>();
        int killedMidway = 0;
        for (int round = 0; round < 6; round++) {
            Process p = start();
            List<String> lines = new ArrayList<>();
            Thread reader = readLines(p, lines);
            Thread.sleep(1500 + random.nextInt(2500));
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the killed process did not end");
            reader.join(10_000);
            synchronized (lines) {
                for (String l : lines) {
                    if (l.startsWith("stored ")) {
                        reported.add(l.substring(7));
                    }
                }
                killedMidway += lines.contains("done") ? 0 : 1;
            }
            checkStore(reported);
        }
        assertTrue(killedMidway >= 3, "only " + killedMidway + " of 6 runs were killed before they finished");
        assertTrue(reported.size() < ARTICLES, "the killed runs stored everything; nothing was left to resume");
        Process last = start();
        List<String> lines = new ArrayList<>();
        Thread reader = readLines(last, lines);
        assertTrue(last.waitFor(5, TimeUnit.MINUTES), "the resumed ingest did not finish");
        reader.join(10_000);
        assertEquals(0, last.exitValue(), lines::toString);
        Set<String> expected = new HashSet<>();
        Synthetic gen = new Synthetic(SEED, LocalDate.of(2024, 1, 1), 60);
        for (int i = 0; i < ARTICLES; i++) {
            expected.add(Keys.articleId(gen.next(i, 8).text()));
        }
        try (Store store = Store.open(dir)) {
            assertEquals(ARTICLES, store.articles());
            Set<String> ids = new HashSet<>();
            for (Object id : store.queries().rows("SELECT article_id FROM articles").column("article_id")) {
                ids.add((String) id);
            }
            assertEquals(expected, ids);
            assertEquals(ARTICLES, store.queries().search("partners", false, null, null, 10_000).size(),
                    "the full-text index holds every article after catching up");
            Map<Object, Object> listed = new HashMap<>();
            for (int offset = 0; ; offset += 500) {
                Table page = store.queries().events(Filter.all().withPage(500, offset));
                for (int r = 0; r < page.size(); r++) {
                    listed.put(page.get(r, "event_id"), page.get(r, "reports"));
                }
                if (page.size() < 500) {
                    break;
                }
            }
            Map<Object, Object> table = new HashMap<>();
            for (List<Object> row : store.queries().rows("SELECT event_id, reports FROM events").rows()) {
                table.put(row.get(0), row.get(1));
            }
            assertEquals(table, listed, "the event index lists every event, with its reports, after catching up");
        }
        checkStore(expected);
    }

    private Process start() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                CrashIngest.class.getName(), dir.toString(), Integer.toString(ARTICLES), Long.toString(SEED));
        pb.redirectErrorStream(true);
        return pb.start();
    }

    private static Thread readLines(Process p, List<String> lines) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    synchronized (lines) {
                        lines.add(line);
                    }
                }
            } catch (IOException ignored) {
                // the process was killed mid-line
            }
        });
        t.start();
        return t;
    }

    /** Every reported article is stored whole, and the cross-article counts agree with the rows. */
    private void checkStore(Set<String> reported) {
        try (Store store = Store.open(dir)) {
            Queries q = store.queries();
            Set<String> stored = new HashSet<>();
            for (List<Object> row : q.rows("SELECT article_id, json FROM articles").rows()) {
                String id = (String) row.get(0);
                stored.add(id);
                Article a = ArticleJson.fromJson((String) row.get(1));
                assertEquals((long) a.entities().size(), one(q, "SELECT count(*) FROM entities WHERE article_id = ?",
                        id), "entities of " + id);
                assertEquals((long) a.quotes().size(), one(q, "SELECT count(*) FROM quotes WHERE article_id = ?",
                        id), "quotes of " + id);
                assertEquals((long) a.events().size(), one(q,
                        "SELECT count(*) FROM event_reports WHERE article_id = ?", id), "events of " + id);
                assertEquals((long) a.commitments().size(), one(q,
                        "SELECT count(*) FROM commitments WHERE article_id = ?", id), "commitments of " + id);
                long mentions = a.entities().stream().mapToLong(e -> e.mentions().size()).sum();
                assertEquals(mentions, one(q, "SELECT count(*) FROM mentions WHERE article_id = ?", id));
            }
            assertTrue(stored.containsAll(reported), "reported stored but missing: " + minus(reported, stored));
            assertEquals(0L, one(q, "SELECT count(*) FROM events e WHERE reports <> (SELECT count(DISTINCT "
                    + "article_id) FROM event_reports r WHERE r.event_id = e.event_id)"), "event report counts");
            assertEquals(0L, one(q, "SELECT count(*) FROM actors a WHERE articles <> (SELECT count(DISTINCT "
                    + "article_id) FROM entities n WHERE n.actor_id = a.actor_id)"), "actor article counts");
            assertEquals(0L, one(q, "SELECT count(*) FROM event_reports r WHERE NOT EXISTS (SELECT 1 FROM events e "
                    + "WHERE e.event_id = r.event_id)"), "reports of missing events");
        }
    }

    private static long one(Queries q, String sql, Object... args) {
        return (Long) q.rows(sql, args).rows().get(0).get(0);
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> d = new HashSet<>(a);
        d.removeAll(b);
        return d;
    }
}
