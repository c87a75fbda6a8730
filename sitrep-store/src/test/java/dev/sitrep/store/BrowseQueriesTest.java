package dev.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.json.ArticleJson;
import dev.sitrep.model.Article;
import dev.sitrep.model.Event;
import dev.sitrep.model.EventType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The queries the web UI browses with, on generated articles whose content is known: one article whole, the
 * actor network, search facets and narrowing a search.
 */
class BrowseQueriesTest {

    @TempDir
    static Path dir;

    private static List<Article> batch;

    @BeforeAll
    static void fill() {
        Synthetic gen = new Synthetic(11, LocalDate.of(2024, 1, 1), 120);
        batch = IntStream.range(0, 80).mapToObj(i -> gen.next(i, 5)).toList();
        try (Store store = Store.open(dir)) {
            store.addAll(batch);
        }
    }

    @Test
    void anArticleComesWholeWithTheEventRecordOfEachEvent() {
        Article a = batch.get(7);
        String id = Keys.articleId(a.text());
        try (Store store = Store.open(dir)) {
            Table t = store.queries().article(id);
            assertEquals(1, t.size());
            assertEquals(a.source().title(), t.get(0, "title"));
            assertEquals(ArticleJson.toString(ArticleJson.toJson(a)), t.get(0, "json"));
            assertEquals(a.events().stream().map(Keys::eventId).toList(), t.get(0, "event_ids"));
            List<?> entities = (List<?>) t.get(0, "entities");
            List<?> actors = (List<?>) t.get(0, "actor_ids");
            assertEquals(a.entities().size(), entities.size());
            for (var e : a.entities()) {
                assertEquals(Keys.actorId(e), actors.get(entities.indexOf(e.id())), e.id());
            }
            assertEquals(0, store.queries().article("no-such-article").size());
        }
    }

    @Test
    void theNetworkCountsEventsPerSourceAndTargetAndTheConflictAmongThem() {
        Map<String, long[]> expected = new HashMap<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Article a : batch) {
            for (Event e : a.events()) {
                if (e.type() == EventType.ASSAULT || e.type() == EventType.AGREE) {
                    if (seen.add(Keys.eventId(e))) {
                        long[] n = expected.computeIfAbsent("country:" + e.source().get(0).code() + " country:"
                                + e.target().get(0).code(), k -> new long[2]);
                        n[0]++;
                        n[1] += e.type().isConflict() ? 1 : 0;
                    }
                }
            }
        }
        try (Store store = Store.open(dir)) {
            Table assaults = store.queries().network(Filter.all().withType("ASSAULT").withPage(10_000, 0));
            Table agreements = store.queries().network(Filter.all().withType("AGREE").withPage(10_000, 0));
            Map<String, long[]> found = new HashMap<>();
            for (Table t : List.of(assaults, agreements)) {
                for (int i = 0; i < t.size(); i++) {
                    long[] n = found.computeIfAbsent(t.get(i, "source") + " " + t.get(i, "target"),
                            k -> new long[2]);
                    n[0] += (Long) t.get(i, "events");
                    n[1] += (Long) t.get(i, "conflict");
                }
            }
            assertEquals(expected.keySet(), found.keySet());
            expected.forEach((k, v) -> assertEquals(List.of(v[0], v[1]), List.of(found.get(k)[0], found.get(k)[1]),
                    k));
            assertEquals("Ukraine", nameOf(store.queries().network(Filter.all().withPage(10_000, 0)),
                    "country:UKR"));
            Table top = store.queries().network(Filter.all().withPage(3, 0));
            assertEquals(3, top.size());
            assertTrue((Long) top.get(0, "events") >= (Long) top.get(2, "events"));
        }
    }

    private static String nameOf(Table network, String actor) {
        int i = network.column("source").indexOf(actor);
        return (String) network.get(i, "source_name");
    }

    @Test
    void facetsCountTheHitsBySiteMonthActorAndTypeAndNarrowingKeepsTheOrder() {
        try (Store store = Store.open(dir)) {
            Queries q = store.queries();
            List<String> hits = q.searchIds("grain OR energy", null, null, 1000);
            assertFalse(hits.isEmpty());
            Table facets = q.facets(hits, 100);
            Map<String, Long> sites = new HashMap<>();
            for (String id : hits) {
                Article a = batch.stream().filter(x -> Keys.articleId(x.text()).equals(id)).findFirst().orElseThrow();
                sites.merge(Rows.site(a.source().url()), 1L, Long::sum);
            }
            Map<Object, Object> siteFacet = new HashMap<>();
            for (int i = 0; i < facets.size(); i++) {
                if (facets.get(i, "facet").equals("site")) {
                    siteFacet.put(facets.get(i, "value"), facets.get(i, "articles"));
                }
            }
            assertEquals(Map.copyOf(sites), siteFacet);
            assertTrue(facets.column("facet").containsAll(List.of("month", "actor", "type")), facets.toString());

            String site = sites.keySet().iterator().next();
            List<String> onSite = q.narrow(hits, site, null, null);
            assertEquals(sites.get(site).intValue(), onSite.size());
            assertEquals(hits.stream().filter(onSite::contains).toList(), onSite, "the ranking is kept");
            List<String> withAssault = q.narrow(hits, null, "UKR", "ASSAULT");
            for (String id : withAssault) {
                Article a = batch.stream().filter(x -> Keys.articleId(x.text()).equals(id)).findFirst().orElseThrow();
                assertTrue(a.events().stream().anyMatch(e -> e.type() == EventType.ASSAULT), id);
                assertTrue(a.entities().stream().anyMatch(e -> "UKR".equals(e.code())), id);
            }
            Table among = q.search("grain OR energy", false, null, null, onSite, 1000);
            assertEquals(onSite, among.column("article_id"));
        }
    }
}
