package dev.sitrep.cli;

import dev.sitrep.model.Article;
import dev.sitrep.store.Filter;
import dev.sitrep.store.Queries;
import dev.sitrep.store.Store;
import dev.sitrep.store.StoreException;
import dev.sitrep.store.Synthetic;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sitrep bench-store}: store throughput without NLP, and query latency on a large generated store. */
@Command(name = "bench-store", mixinStandardHelpOptions = true,
        description = {"Measure the store: fill the data directory with generated articles (no NLP: the articles "
                + "come analysed; 1000 per transaction), reporting articles/s and events/s, then time text searches, event filters and "
                + "monthly timelines with random parameters, reporting the median and 99th percentile latency.",
                "An existing store in the directory is reused and topped up to --articles."},
        footer = {"", "Examples:",
                "  sitrep bench-store --data /tmp/bench --articles 100000 --events-per-article 10",
                "  sitrep bench-store --data /tmp/bench --articles 100000 --queries 500 --max-p99-ms 100"})
final class BenchStoreCommand implements Callable<Integer> {

    private static final String[] WORDS = {"grain", "energy", "shipping", "border", "security", "elections",
        "pipeline", "drones", "refugees", "sanctions", "ports", "railways", "fisheries", "cyber", "nuclear"};
    private static final String[] ACTORS = {"UKR", "RUS", "POL", "DEU", "FRA", "USA", "GBR", "CAN", "TUR", "CHN",
        "JPN", "IND", "ISR", "IRN", "LTU", "MDA", "ROU", "HUN", "FIN", "SWE"};
    private static final String[] TYPES = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "REQUEST", "ACCUSE",
        "REJECT", "THREATEN", "SANCTION", "MOBILIZE", "ASSAULT"};

    /** Articles per transaction while filling: bulk loads commit in batches. */
    private static final int BATCH = 1000;

    @Mixin
    DataOption data;

    @Option(names = "--articles", defaultValue = "100000", description = "Articles in the store (default: 100000).")
    int articles;

    @Option(names = "--events-per-article", defaultValue = "10",
            description = "Events per generated article (default: 10).")
    int eventsPerArticle;

    @Option(names = "--queries", defaultValue = "300", description = "Timed queries of each kind (default: 300).")
    int queries;

    @Option(names = "--max-p99-ms", defaultValue = "0",
            description = "Exit with code 4 when a 99th percentile is over this many ms (0: no check).")
    double maxP99;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (articles < 1 || eventsPerArticle < 1 || queries < 10) {
            spec.commandLine().getErr().println("sitrep: --articles and --events-per-article must be at least 1, "
                    + "--queries at least 10");
            return ExitCodes.USAGE;
        }
        try (Store store = Store.open(data.dir)) {
            fill(store, out);
            Queries q = store.queries();
            Random random = new Random(5);
            out.printf("%-22s %8s %8s %8s %8s%n", "query", "n", "p50 ms", "p99 ms", "max ms");
            double worst = 0;
            worst = Math.max(worst, time(out, "text search", i -> q.search(WORDS[random.nextInt(WORDS.length)]
                    + " AND " + WORDS[random.nextInt(WORDS.length)], false, null, null, 20)));
            worst = Math.max(worst, time(out, "events filter", i -> {
                LocalDate from = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(700));
                q.events(Filter.all().withActor(ACTORS[random.nextInt(ACTORS.length)])
                        .withType(TYPES[random.nextInt(TYPES.length)]).withDays(from, from.plusDays(30)));
            }));
            worst = Math.max(worst, time(out, "monthly timeline",
                    i -> q.timeline(Filter.all().withActor(ACTORS[random.nextInt(ACTORS.length)]), "month")));
            out.flush();
            return maxP99 > 0 && worst > maxP99 ? ExitCodes.TARGET_MISSED : ExitCodes.OK;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("sitrep: " + e.getMessage());
            return ExitCodes.FATAL;
        }
    }

    private void fill(Store store, PrintWriter out) {
        long have = store.articles();
        if (have >= articles) {
            out.printf("store: %s already holds %d articles%n", data.dir, have);
            return;
        }
        Synthetic gen = new Synthetic(1, LocalDate.of(2023, 1, 1), 730);
        for (long i = 0; i < have; i++) {
            gen.next((int) i, eventsPerArticle);
        }
        long t0 = System.nanoTime();
        long events = 0;
        long last = t0;
        List<Article> batch = new ArrayList<>(BATCH);
        for (int i = (int) have; i < articles; i++) {
            Article a = gen.next(i, eventsPerArticle);
            batch.add(a);
            events += a.events().size();
            if (batch.size() == BATCH || i == articles - 1) {
                store.addAll(batch);
                batch.clear();
            }
            long now = System.nanoTime();
            if (now - last > 10_000_000_000L) {
                last = now;
                spec.commandLine().getErr().printf("sitrep: %d of %d articles%n", i + 1, articles);
                spec.commandLine().getErr().flush();
            }
        }
        store.flush();
        double s = (System.nanoTime() - t0) / 1e9;
        long added = articles - have;
        out.printf("store: added %d articles and %d events in %.1f s: %.0f articles/s, %.0f events/s%n", added,
                events, s, added / s, events / s);
        out.println(store.queries().counts().rows());
    }

    private double time(PrintWriter out, String name, IntConsumer query) {
        for (int i = 0; i < 20; i++) {
            query.accept(i);
        }
        double[] ms = new double[queries];
        for (int i = 0; i < queries; i++) {
            long t = System.nanoTime();
            query.accept(i);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        double p99 = ms[(int) Math.ceil(queries * 0.99) - 1];
        out.printf("%-22s %8d %8.1f %8.1f %8.1f%n", name, queries, ms[queries / 2], p99, ms[queries - 1]);
        return p99;
    }
}
