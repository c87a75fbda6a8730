package dev.sitrep.cli;

import dev.sitrep.ingest.ArticleReader;
import dev.sitrep.ingest.Feed;
import dev.sitrep.ingest.FeedItem;
import dev.sitrep.ingest.FeedParser;
import dev.sitrep.ingest.FetchException;
import dev.sitrep.ingest.Fetched;
import dev.sitrep.ingest.HttpFetcher;
import dev.sitrep.model.InputProblem;
import dev.sitrep.model.SourceDocument;
import dev.sitrep.pipeline.Analyzer;
import dev.sitrep.pipeline.BatchRunner;
import dev.sitrep.store.Store;
import dev.sitrep.store.StoreException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sitrep watch}: poll RSS/Atom feeds and ingest the items not seen before. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Poll RSS or Atom feeds (URLs or files) and ingest every item not taken before: each item's "
                + "page is fetched and its article extracted, else the item's own text is used. Items are "
                + "remembered in the data directory, so a restarted watch takes each item once. Stop with Ctrl-C."},
        footer = {"", "Examples:",
                "  sitrep watch https://example.org/world/rss.xml --every 15m",
                "  sitrep watch https://a.example/feed https://b.example/atom.xml --every 1h --data /srv/news",
                "  sitrep watch feeds/local.rss --once          poll once and exit (for cron)"})
final class WatchCommand implements Callable<Integer> {

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*([smhd]?)");
    private static final Duration SHORTEST = Duration.ofSeconds(10);

    @Parameters(paramLabel = "FEED", arity = "1..*", description = "Feed URLs or files.")
    List<String> feeds;

    @Option(names = "--every", paramLabel = "TIME", defaultValue = "15m",
            description = "How often to poll: 30s, 15m, 1h, 1d (default: 15m; at least 10s).")
    String every;

    @Option(names = "--once", description = "Poll once and exit.")
    boolean once;

    @Mixin
    DataOption data;

    @Mixin
    EngineOptions engine;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        Duration interval;
        try {
            interval = duration(every);
        } catch (IllegalArgumentException e) {
            err.println("sitrep: --every: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        engine.validate();
        AtomicInteger problems = new AtomicInteger();
        Consumer<InputProblem> report = p -> {
            problems.incrementAndGet();
            err.println("sitrep: skipped " + p);
            err.flush();
        };
        try (Store store = Store.open(data.dir)) {
            Analyzer analyzer = engine.analyzer();
            HttpFetcher fetcher = new HttpFetcher(engine.ingestLimits());
            ArticleReader reader = new ArticleReader(engine.ingestLimits(), report, System.in, fetcher);
            while (true) {
                int stored = poll(store, analyzer, fetcher, reader, report);
                err.printf("sitrep: %s polled %d feeds: %d new articles stored; the store holds %d%n",
                        LocalTime.now().truncatedTo(ChronoUnit.SECONDS), feeds.size(), stored, store.articles());
                err.flush();
                if (once) {
                    break;
                }
                Thread.sleep(interval.toMillis());
            }
        } catch (StoreException e) {
            err.println("sitrep: " + e.getMessage());
            return ExitCodes.FATAL;
        }
        return problems.get() == 0 ? ExitCodes.OK : ExitCodes.SOME_INPUT_FAILED;
    }

    /** One round over every feed; returns how many new articles were stored. */
    private int poll(Store store, Analyzer analyzer, HttpFetcher fetcher, ArticleReader reader,
                     Consumer<InputProblem> report) {
        int[] stored = {0};
        try (BatchRunner runner = new BatchRunner(analyzer, engine.threads, article -> {
            if (store.add(article).outcome() == Store.Outcome.STORED) {
                stored[0]++;
            }
        }, report)) {
            for (String feedName : feeds) {
                Optional<Feed> feed = read(feedName, fetcher, report);
                if (feed.isEmpty()) {
                    continue;
                }
                List<FeedItem> fresh = new ArrayList<>();
                for (FeedItem item : feed.get().items()) {
                    if (!store.seen(feedName, item.key())) {
                        fresh.add(item);
                    }
                }
                Feed news = new Feed(feed.get().format(), feed.get().title(), feed.get().link(), fresh);
                List<SourceDocument> docs = new ArrayList<>();
                reader.readFeed(news, feedName, docs::add);
                for (SourceDocument doc : docs) {
                    if (!store.contains(doc.text())) {
                        runner.submit(doc);
                    }
                }
                for (FeedItem item : fresh) {
                    store.markSeen(feedName, item.key());
                }
            }
        }
        return stored[0];
    }

    private static Optional<Feed> read(String feed, HttpFetcher fetcher, Consumer<InputProblem> report) {
        byte[] body;
        String base = null;
        try {
            if (feed.startsWith("http://") || feed.startsWith("https://")) {
                Fetched f = fetcher.fetch(feed);
                if (f.status() != 200) {
                    report.accept(new InputProblem(feed, "HTTP " + f.status()));
                    return Optional.empty();
                }
                body = f.body();
                base = f.finalUrl();
            } else {
                body = Files.readAllBytes(Path.of(feed));
            }
        } catch (FetchException e) {
            report.accept(e.toProblem(feed));
            return Optional.empty();
        } catch (IOException e) {
            report.accept(new InputProblem(feed, "cannot read: " + e.getMessage()));
            return Optional.empty();
        }
        return FeedParser.parse(new ByteArrayInputStream(body), feed, base, report);
    }

    /** "30s", "15m", "1h", "1d", or bare seconds. */
    static Duration duration(String text) {
        Matcher m = DURATION.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a time such as 30s, 15m, 1h or 1d");
        }
        long n = Long.parseLong(m.group(1));
        Duration d = switch (m.group(2)) {
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            case "d" -> Duration.ofDays(n);
            default -> Duration.ofSeconds(n);
        };
        if (d.compareTo(SHORTEST) < 0) {
            throw new IllegalArgumentException("'" + text + "' is shorter than 10s; poll feeds less often");
        }
        return d;
    }
}
