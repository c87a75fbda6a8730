package dev.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.model.Article;
import dev.sitrep.model.SourceDocument;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store on generated articles: storing once, stories, event records across articles, queries, locking. */
class StoreTest {

    @TempDir
    Path dir;

    private static List<Article> articles(int n) {
        Synthetic gen = new Synthetic(7, LocalDate.of(2024, 1, 1), 90);
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> gen.next(i, 6)).toList();
    }

    @Test
    void storesEachTextOnceAndKeepsItAcrossReopening() {
        List<Article> batch = articles(20);
        try (Store store = Store.open(dir)) {
            for (Article a : batch) {
                assertEquals(Store.Outcome.STORED, store.add(a).outcome());
            }
            assertEquals(Store.Outcome.DUPLICATE, store.add(batch.get(3)).outcome());
            assertTrue(store.contains(batch.get(5).text()));
        }
        try (Store store = Store.open(dir)) {
            assertEquals(20, store.articles());
            assertEquals(Store.Outcome.DUPLICATE, store.add(batch.get(0)).outcome());
            Table counts = store.queries().counts();
            assertEquals(20L, counts.get(counts.column("table_name").indexOf("articles"), "rows"));
        }
    }

    @Test
    void oneEventReportedByTwoArticlesIsOneRecordWithTwoReports() {
        Article a = articles(1).get(0);
        SourceDocument s = a.source();
        Article copy = new Article(new SourceDocument("copy", "https://other.example/copy", "Another headline", null,
                s.published(), s.text() + "\nReporting by a staff writer.", "copy"), a.entities(), a.quotes(),
                a.events(), a.commitments(), a.coder());
        try (Store store = Store.open(dir)) {
            Store.Added first = store.add(a);
            Store.Added second = store.add(copy);
            assertNotEquals(first.articleId(), second.articleId());
            assertEquals(first.storyId(), second.storyId(), "a copy with a line added is the same story");
            Table events = store.queries().events(Filter.all().withPage(500, 0));
            assertEquals(a.events().stream().map(Keys::eventId).distinct().count(), events.size());
            for (Object reports : events.column("reports")) {
                assertEquals(2L, reports);
            }
            for (Object sources : events.column("sources")) {
                assertEquals(2L, sources, "two sites report each event");
            }
            String id = (String) events.get(0, "event_id");
            assertEquals(2, store.queries().eventReports(id).size());
        }
    }

    @Test
    void queriesFilterByActorTypeDayAndText() {
        List<Article> batch = articles(60);
        try (Store store = Store.open(dir)) {
            batch.forEach(store::add);
            store.flush();
            Queries q = store.queries();
            Table sanctions = q.events(Filter.all().withType("sanction").withSource("Poland").withPage(500, 0));
            long expected = batch.stream().flatMap(a -> a.events().stream())
                    .filter(e -> e.type().name().equals("SANCTION") && e.source().get(0).code().equals("POL"))
                    .map(Keys::eventId).distinct().count();
            assertEquals(expected, sanctions.size());
            for (Object codes : sanctions.column("source_codes")) {
                assertEquals("POL", codes);
            }
            Table january = q.events(Filter.all().withDays(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31))
                    .withPage(5000, 0));
            for (Object day : january.column("day")) {
                assertTrue(((String) day).startsWith("2024-01"), (String) day);
            }
            Table timeline = q.timeline(Filter.all().withActor("UKR"), "month");
            long total = timeline.column("events").stream().mapToLong(v -> (Long) v).sum();
            assertEquals(q.events(Filter.all().withActor("Ukraine").withPage(5000, 0)).size(), total);
            Table hits = q.search("sanctions AND Poland", false, null, null, 10);
            assertFalse(hits.rows().isEmpty());
            assertTrue(((String) hits.get(0, "snippet")).contains("<b>"), (String) hits.get(0, "snippet"));
            Table totals = q.supportTotals(Filter.all());
            BigDecimal sum = batch.stream().flatMap(a -> a.commitments().stream()).map(c -> c.amount())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal stored = totals.column("total").stream().map(v -> (BigDecimal) v)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, sum.compareTo(stored), sum + " vs " + stored);
            Table ministers = q.actors(Filter.all().withType("PERSON"));
            assertTrue(ministers.size() > 0);
            assertTrue(((List<?>) ministers.get(0, "titles")).contains("foreign minister"));
        }
    }

    @Test
    void badParametersSayWhichAndWhy() {
        try (Store store = Store.open(dir)) {
            Queries q = store.queries();
            var e = assertThrows(IllegalArgumentException.class, () -> q.events(Filter.all().withType("WAR")));
            assertTrue(e.getMessage().contains("type must be a PLOVER event type"), e.getMessage());
            e = assertThrows(IllegalArgumentException.class, () -> q.timeline(Filter.all(), "fortnight"));
            assertTrue(e.getMessage().contains("interval"), e.getMessage());
            e = assertThrows(IllegalArgumentException.class, () -> q.search("AND (", false, null, null, 5));
            assertTrue(e.getMessage().startsWith("cannot read the query"), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> Filter.all().withDays(LocalDate.of(2024, 2, 1),
                    LocalDate.of(2024, 1, 1)));
        }
    }

    @Test
    void aSecondOpenOfTheSameDirectoryIsRefusedClearly() {
        try (Store store = Store.open(dir)) {
            StoreException e = assertThrows(StoreException.class, () -> Store.open(dir));
            assertTrue(e.getMessage().contains("in use by another sitrep process"), e.getMessage());
            assertEquals(0, store.articles());
        }
        Store.open(dir).close();
    }

    @Test
    void theFullSearchIndexCatchesUpWhenItWasLost() throws IOException {
        List<Article> batch = articles(15);
        try (Store store = Store.open(dir)) {
            batch.forEach(store::add);
        }
        try (Stream<Path> files = Files.walk(dir.resolve("index"))) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        try (Store store = Store.open(dir)) {
            String word = batch.get(4).source().title().split(" ")[0].toLowerCase(java.util.Locale.ROOT);
            Table hits = store.queries().search("\"news " + 4 + "\" AND " + word, false, null, null, 5);
            assertEquals(1, hits.size(), hits.rows().toString());
        }
    }
}
