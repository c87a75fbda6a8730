package dev.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.model.Article;
import dev.sitrep.model.EventMode;
import dev.sitrep.model.EventType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Event listings, timelines and the network come from the search index, which must answer exactly what the
 * events table says: checked against SQL over the table for many random filters, after a rebuild of a lost
 * index, and for an article just stored.
 */
class EventIndexTest {

    @TempDir
    static Path dir;

    private static final String[] ACTORS = {"UKR", "RUS", "POL", "CAN", "Ukraine", "Varga", "NATO", "nobody"};

    @BeforeAll
    static void fill() {
        Synthetic gen = new Synthetic(5, LocalDate.of(2024, 1, 1), 90);
        Synthetic crowded = new Synthetic(7, LocalDate.of(2024, 2, 1), 2);   // the same events on two days
        List<Article> articles = IntStream.range(0, 400).mapToObj(i -> i < 250 ? gen.next(i, 6)
                : crowded.next(i, 6)).toList();
        try (Store store = Store.open(dir)) {
            // three batches, so events reported in several are merged across them
            store.addAll(articles.subList(0, 150));
            store.addAll(articles.subList(150, 300));
            for (Article a : articles.subList(300, 400)) {
                store.addAll(List.of(a));
            }
        }
    }

    @Test
    void theStoreHasEventsReportedInSeveralBatches() {
        try (Store store = Store.open(dir)) {
            Table t = store.queries().rows("SELECT count(*) AS n, max(reports) AS most FROM events");
            assertTrue((Long) t.get(0, "n") > 1000, "events: " + t.get(0, "n"));
            assertTrue((Long) t.get(0, "most") > 1, "no event was reported twice");
        }
    }

    @Test
    void listingsAnswerWhatTheTableSays() {
        Random random = new Random(3);
        try (Store store = Store.open(dir)) {
            Queries q = store.queries();
            int nonEmpty = 0;
            for (Filter f : filters(random, 300)) {
                Table expected = expectedEvents(q, f);
                Table actual = q.events(f);
                assertEquals(expected.columns(), actual.columns());
                assertEquals(expected.rows(), actual.rows(), f.toString());
                nonEmpty += actual.size() > 0 ? 1 : 0;
            }
            assertTrue(nonEmpty > 80, "only " + nonEmpty + " filters matched anything");
        }
    }

    @Test
    void timelinesAnswerWhatTheTableSays() {
        Random random = new Random(4);
        try (Store store = Store.open(dir)) {
            Queries q = store.queries();
            String[] units = {"day", "week", "month", "year"};
            for (Filter f : filters(random, 200)) {
                String unit = units[random.nextInt(units.length)];
                assertEquals(expectedTimeline(q, f, unit).rows(), q.timeline(f, unit).rows(), unit + " " + f);
            }
        }
    }

    @Test
    void theNetworkAnswersWhatTheTableSays() {
        Random random = new Random(6);
        try (Store store = Store.open(dir)) {
            Queries q = store.queries();
            for (Filter f : filters(random, 100)) {
                assertEquals(expectedNetwork(q, f).rows(), q.network(f).rows(), f.toString());
            }
        }
    }

    @Test
    void aLostIndexIsRebuiltWithTheEvents() throws IOException {
        Path copy = Files.createTempDirectory("sitrep-events");
        try {
            copyTree(dir, copy);
            deleteTree(copy.resolve("events"));
            deleteTree(copy.resolve("index"));
            Filter f = Filter.all().withActor("UKR").withPage(500, 0);
            Table before;
            try (Store original = Store.open(dir)) {
                before = original.queries().events(f);
            }
            try (Store rebuilt = Store.open(copy)) {
                assertEquals(before.rows(), rebuilt.queries().events(f).rows());
                assertTrue(before.size() > 0);
            }
        } finally {
            deleteTree(copy);
        }
    }

    @Test
    void anEventIsListedAsSoonAsItsArticleIsStored() throws IOException {
        Path fresh = Files.createTempDirectory("sitrep-events");
        try (Store store = Store.open(fresh)) {
            Synthetic gen = new Synthetic(9, LocalDate.of(2024, 3, 1), 10);
            Article first = gen.next(0, 3);
            store.addAll(List.of(first));
            assertEquals(3, store.queries().events(Filter.all()).size());
            store.addAll(List.of(first));   // the same text: stored once, counted once
            store.addAll(List.of(gen.next(1, 4)));
            Table all = store.queries().events(Filter.all());
            assertEquals(7, all.rows().stream().mapToLong(r -> (Long) r.get(EventDocs.COLUMNS.indexOf("reports")))
                    .sum());
        } finally {
            deleteTree(fresh);
        }
    }

    // ---- the filters, and the answers SQL gives --------------------------------------------------------------

    private static List<Filter> filters(Random random, int n) {
        List<Filter> filters = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Filter f = Filter.all().withPage(1 + random.nextInt(60), random.nextInt(4) == 0 ? random.nextInt(40) : 0);
            switch (random.nextInt(4)) {
                case 0 -> f = f.withActor(pick(random));
                case 1 -> f = f.withSource(pick(random));
                case 2 -> f = f.withSource(pick(random)).withTarget(pick(random));
                default -> f = f.withTarget(pick(random));
            }
            if (random.nextBoolean()) {
                f = f.withType(EventType.values()[random.nextInt(EventType.values().length)].name());
            }
            if (random.nextInt(4) == 0) {
                f = f.withMode(EventMode.values()[random.nextInt(EventMode.values().length)].name().toLowerCase());
            }
            if (random.nextBoolean()) {
                LocalDate from = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(90));
                f = random.nextBoolean() ? f.withDays(from, from.plusDays(random.nextInt(40)))
                        : random.nextBoolean() ? f.withDays(from, null) : f.withDays(null, from);
            }
            if (random.nextInt(10) == 0) {
                f = f.withText(random.nextBoolean() ? "energy" : "grain OR shipping");
            }
            filters.add(f);
        }
        return filters;
    }

    private static String pick(Random random) {
        return ACTORS[random.nextInt(ACTORS.length)];
    }

    /** The WHERE conditions on events {@code e} of a filter, as SQL, with their arguments. */
    private static String where(Queries q, Filter f, List<Object> args, boolean pair) {
        StringBuilder sql = new StringBuilder(" WHERE TRUE");
        if (f.type() != null) {
            sql.append(" AND e.type = ?");
            args.add(f.type());
        }
        if (f.mode() != null) {
            sql.append(" AND e.mode = ?");
            args.add(f.mode().toLowerCase());
        }
        if (f.from() != null) {
            sql.append(" AND e.day >= ?");
            args.add(java.sql.Date.valueOf(f.from()));
        }
        if (f.to() != null) {
            sql.append(" AND e.day <= ?");
            args.add(java.sql.Date.valueOf(f.to()));
        }
        if (f.actor() != null) {
            sql.append(" AND (").append(any(q, "e.source_actors", f.actor(), args)).append(" OR ")
                    .append(any(q, "e.target_actors", f.actor(), args)).append(")");
        }
        if (pair && f.source() != null && f.target() != null) {
            sql.append(" AND ((").append(any(q, "e.source_actors", f.source(), args)).append(" AND ")
                    .append(any(q, "e.target_actors", f.target(), args)).append(") OR (")
                    .append(any(q, "e.source_actors", f.target(), args)).append(" AND ")
                    .append(any(q, "e.target_actors", f.source(), args)).append("))");
        } else {
            if (f.source() != null) {
                sql.append(" AND ").append(any(q, "e.source_actors", f.source(), args));
            }
            if (f.target() != null) {
                sql.append(" AND ").append(any(q, "e.target_actors", f.target(), args));
            }
        }
        if (f.text() != null) {
            List<String> articles = q.search(f.text(), false, null, null, 10_000).column("article_id").stream()
                    .map(String.class::cast).toList();
            sql.append(" AND e.event_id IN (SELECT event_id FROM event_reports WHERE article_id IN ('")
                    .append(String.join("', '", articles)).append("'))");
        }
        return sql.toString();
    }

    private static String any(Queries q, String column, String actor, List<Object> args) {
        List<String> ids = q.actorIds(actor);
        if (ids.isEmpty()) {
            return "FALSE";
        }
        StringBuilder b = new StringBuilder("(FALSE");
        for (String id : ids) {
            b.append(" OR contains(").append(column).append(", ?)");
            args.add("|" + id + "|");
        }
        return b.append(")").toString();
    }

    private static Table expectedEvents(Queries q, Filter f) {
        List<Object> args = new ArrayList<>();
        String sql = EventDocs.SELECT.replace(", e.source_actors, e.target_actors", "") + where(q, f, args, false)
                + " ORDER BY e.day DESC NULLS LAST, e.reports DESC, e.event_id LIMIT ? OFFSET ?";
        args.add(f.limit());
        args.add(f.offset());
        return q.rows(sql, args.toArray());
    }

    private static Table expectedTimeline(Queries q, Filter f, String unit) {
        List<Object> args = new ArrayList<>();
        return q.rows("SELECT strftime(date_trunc('" + unit + "', e.day), '%Y-%m-%d') AS period, e.type, "
                + "count(*) AS events, sum(e.reports) AS reports FROM events e" + where(q, f, args, true)
                + " AND e.day IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2", args.toArray());
    }

    private static Table expectedNetwork(Queries q, Filter f) {
        List<Object> args = new ArrayList<>();
        String conflict = String.join(", ", Stream.of(EventType.values()).filter(EventType::isConflict)
                .map(t -> "'" + t.name() + "'").toList());
        String sql = "WITH pairs AS (SELECT s.a AS source, t.a AS target, count(*) AS events, "
                + "count(*) FILTER (WHERE e.type IN (" + conflict + ")) AS conflict FROM events e, "
                + "unnest(string_split(trim(e.source_actors, '|'), '|')) s(a), "
                + "unnest(string_split(trim(e.target_actors, '|'), '|')) t(a)" + where(q, f, args, false)
                + " AND s.a <> '' AND t.a <> '' AND s.a <> t.a GROUP BY 1, 2) "
                + "SELECT p.source, coalesce(sa.name, p.source), sa.kind, p.target, coalesce(ta.name, p.target), "
                + "ta.kind, p.events, p.conflict FROM pairs p LEFT JOIN actors sa ON sa.actor_id = p.source "
                + "LEFT JOIN actors ta ON ta.actor_id = p.target ORDER BY p.events DESC, p.source, p.target "
                + "LIMIT ? OFFSET ?";
        args.add(f.limit());
        args.add(f.offset());
        return q.rows(sql, args.toArray());
    }

    // ---- files ----------------------------------------------------------------------------------------------

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals("sitrep.lock")) {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
