package dev.sitrep.cli;

import dev.sitrep.server.Ingest;
import dev.sitrep.server.SitrepServer;
import dev.sitrep.store.Store;
import dev.sitrep.store.StoreException;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep bench-serve}: a load test of the server on loopback. Serves the store on 127.0.0.1 in this process
 * and runs clients that each send one request after another (search, events) with random parameters, for a fixed
 * time; reports the requests, errors, median and 99th percentile latency per endpoint. Not a unit test.
 */
@Command(name = "bench-serve", mixinStandardHelpOptions = true,
        description = {"Load-test the server on loopback: --clients clients, each sending search and events "
                + "requests with random parameters one after another for --seconds seconds (after --warmup seconds "
                + "not counted); then requests, errors, median and 99th percentile latency per endpoint.",
                "The server runs in this process on 127.0.0.1, on a free port, over the store in --data."},
        footer = {"", "Examples:",
                "  sitrep bench-store --data /tmp/bench --articles 100000 --events-per-article 10",
                "  sitrep bench-serve --data /tmp/bench --clients 50 --seconds 60",
                "  sitrep bench-serve --data /tmp/bench --clients 50 --seconds 60 --pause-ms 1000",
                "", "Exit codes: 0 ok, 2 usage error, 3 no store, 4 errors, or a 99th percentile over --max-p99-ms."})
final class BenchServeCommand implements Callable<Integer> {

    private static final String[] WORDS = {"grain", "energy", "shipping", "border", "security", "elections",
        "pipeline", "drones", "refugees", "sanctions", "ports", "railways", "fisheries", "cyber", "nuclear"};
    private static final String[] ACTORS = {"UKR", "RUS", "POL", "DEU", "FRA", "USA", "GBR", "CAN", "TUR", "CHN",
        "JPN", "IND", "ISR", "IRN", "LTU", "MDA", "ROU", "HUN", "FIN", "SWE"};
    private static final String[] TYPES = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "REQUEST", "ACCUSE",
        "REJECT", "THREATEN", "SANCTION", "MOBILIZE", "ASSAULT"};
    private static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);

    @Mixin
    DataOption data;

    @Option(names = "--clients", defaultValue = "50", description = "Concurrent clients (default: 50).")
    int clients;

    @Option(names = "--seconds", defaultValue = "60", description = "How long to measure (default: 60).")
    int seconds;

    @Option(names = "--warmup", defaultValue = "5", description = "Seconds of load before measuring (default: 5).")
    int warmup;

    @Option(names = "--pause-ms", defaultValue = "0",
            description = "Each client waits a random 0 to 2 x this many ms between requests, as people do "
                    + "(default: 0, one request after another: the server's saturation).")
    int pauseMs;

    @Option(names = "--max-p99-ms", defaultValue = "0",
            description = "Exit with code 4 when a 99th percentile is over this many ms (0: no check).")
    double maxP99;

    @Spec
    CommandSpec spec;

    /** Latencies of one endpoint's requests, and its errors. */
    private static final class Samples {
        final List<Double> ms = Collections.synchronizedList(new ArrayList<>());
        final AtomicLong errors = new AtomicLong();
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (clients < 1 || clients > 1000 || seconds < 1 || seconds > 3600 || warmup < 0 || warmup > 600
                || pauseMs < 0 || pauseMs > 60_000) {
            err.println("sitrep: --clients must be 1 to 1000, --seconds 1 to 3600, --warmup 0 to 600, --pause-ms 0 "
                    + "to 60000");
            err.flush();
            return ExitCodes.USAGE;
        }
        if (!Files.isRegularFile(data.dir.resolve("sitrep.duckdb"))) {
            err.println("sitrep: no store in " + data.dir + "; build one with: sitrep bench-store --data " + data.dir);
            err.flush();
            return ExitCodes.FATAL;
        }
        Ingest readOnly = body -> {
            throw new IllegalStateException("bench-serve takes no articles");
        };
        try (Store store = Store.open(data.dir); SitrepServer server = SitrepServer.start(store, readOnly,
                "127.0.0.1", 0)) {
            Map<String, Samples> samples = new TreeMap<>();
            samples.put("search", new Samples());
            samples.put("events", new Samples());
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            long start = System.nanoTime();
            long measureFrom = start + warmup * 1_000_000_000L;
            long end = measureFrom + seconds * 1_000_000_000L;
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                Random random = new Random(c);
                Thread t = new Thread(() -> client(http, server.url(), random, samples, measureFrom, end, pauseMs),
                        "bench-client-" + c);
                threads.add(t);
                t.start();
            }
            for (Thread t : threads) {
                t.join();
            }
            out.printf("%d clients, %s, %d s measured after %d s warm-up, store %s%n", clients, pauseMs == 0
                    ? "no pause" : "pausing " + pauseMs + " ms on average", seconds, warmup, data.dir);
            out.printf("%-10s %9s %8s %8s %8s %8s %9s%n", "endpoint", "requests", "errors", "p50 ms", "p99 ms",
                    "max ms", "req/s");
            boolean ok = true;
            for (Map.Entry<String, Samples> e : samples.entrySet()) {
                List<Double> ms = new ArrayList<>(e.getValue().ms);
                Collections.sort(ms);
                long errors = e.getValue().errors.get();
                double p99 = ms.isEmpty() ? 0 : ms.get((int) Math.ceil(ms.size() * 0.99) - 1);
                out.printf("%-10s %9d %8d %8.1f %8.1f %8.1f %9.1f%n", e.getKey(), ms.size(), errors,
                        ms.isEmpty() ? 0 : ms.get(ms.size() / 2), p99, ms.isEmpty() ? 0 : ms.get(ms.size() - 1),
                        ms.size() / (double) seconds);
                ok &= errors == 0 && !ms.isEmpty() && (maxP99 <= 0 || p99 <= maxP99);
            }
            out.flush();
            return ok ? ExitCodes.OK : ExitCodes.TARGET_MISSED;
        } catch (StoreException e) {
            err.println("sitrep: " + e.getMessage());
            err.flush();
            return ExitCodes.FATAL;
        }
    }

    /**
     * One client: a request, its answer, a pause, the next, until {@code end}; only those after {@code from}
     * count.
     */
    private static void client(HttpClient http, String base, Random random, Map<String, Samples> samples, long from,
                               long end, int pauseMs) {
        while (true) {
            if (pauseMs > 0) {
                try {
                    Thread.sleep(random.nextInt(2 * pauseMs + 1));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            long t0 = System.nanoTime();
            if (t0 >= end) {
                return;
            }
            boolean search = random.nextBoolean();
            String path = search ? searchPath(random) : eventsPath(random);
            Samples s = samples.get(search ? "search" : "events");
            boolean failed;
            try {
                HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
                failed = r.statusCode() != 200;
            } catch (IOException e) {
                failed = true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            long t1 = System.nanoTime();
            if (t0 >= from && t1 <= end) {
                s.ms.add((t1 - t0) / 1e6);
                if (failed) {
                    s.errors.incrementAndGet();
                }
            }
        }
    }

    /** A search for one or two topic words, sometimes in a date range, sometimes a later page. */
    static String searchPath(Random random) {
        StringBuilder q = new StringBuilder(WORDS[random.nextInt(WORDS.length)]);
        if (random.nextBoolean()) {
            q.append(random.nextBoolean() ? " AND " : " OR ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        StringBuilder path = new StringBuilder("/api/search?q=").append(URLEncoder.encode(q.toString(),
                StandardCharsets.UTF_8)).append("&limit=20");
        if (random.nextInt(4) == 0) {
            LocalDate from = FIRST_DAY.plusDays(random.nextInt(700));
            path.append("&from=").append(from).append("&to=").append(from.plusDays(30));
        }
        if (random.nextInt(4) == 0) {
            path.append("&offset=").append(20 * (1 + random.nextInt(4)));
        }
        return path.toString();
    }

    /** An events filter: an actor (any role, or as source), often a type, often a month, sometimes a later page. */
    static String eventsPath(Random random) {
        StringBuilder path = new StringBuilder("/api/events?limit=50&")
                .append(random.nextInt(3) == 0 ? "source=" : "actor=").append(ACTORS[random.nextInt(ACTORS.length)]);
        if (random.nextInt(3) > 0) {
            path.append("&type=").append(TYPES[random.nextInt(TYPES.length)]);
        }
        if (random.nextInt(3) > 0) {
            LocalDate from = FIRST_DAY.plusDays(random.nextInt(700));
            path.append("&from=").append(from).append("&to=").append(from.plusDays(30));
        }
        if (random.nextInt(4) == 0) {
            path.append("&offset=").append(50 * (1 + random.nextInt(3)));
        }
        return path.toString();
    }
}
