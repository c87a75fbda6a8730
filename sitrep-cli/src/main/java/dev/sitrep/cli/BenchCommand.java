package dev.sitrep.cli;

import dev.sitrep.ingest.ArticleReader;
import dev.sitrep.model.SourceDocument;
import dev.sitrep.pipeline.Analyzer;
import dev.sitrep.pipeline.BatchRunner;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sitrep bench}: extraction throughput, the CoreNLP/Sitrep time split and peak memory on a corpus. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure extraction speed on a corpus: articles/s and tokens/s for each thread count, time "
                + "in CoreNLP vs in Sitrep's own layers, and peak heap. Runs one warm-up pass first."},
        footer = {"", "Example:",
                "  sitrep bench --corpus ../shared/corpus/news-dev.jsonl --threads-list 1,2 --rounds 3"})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--corpus", required = true, paramLabel = "FILE|DIR", description = "Articles to run on.")
    String corpus;

    @Option(names = "--threads-list", split = ",", paramLabel = "N,N",
            description = "Thread counts to measure (default: 1,2).")
    int[] threadCounts = {1, 2};

    @Option(names = "--rounds", paramLabel = "N", description = "Timed passes per thread count; the median is "
            + "reported (default: ${DEFAULT-VALUE}).")
    int rounds = 3;

    @Option(names = "--min-rate", paramLabel = "ARTICLES_PER_S",
            description = "Exit with code 4 if the best thread count is slower than this.")
    double minRate;

    @Mixin
    EngineOptions engine;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<SourceDocument> docs = new ArrayList<>();
        new ArticleReader(engine.ingestLimits(), p -> err.println("sitrep: skipped " + p)).read(List.of(corpus),
                docs::add);
        if (docs.isEmpty()) {
            err.println("sitrep: no articles in " + corpus);
            return ExitCodes.USAGE;
        }
        long t0 = System.nanoTime();
        Analyzer analyzer = engine.analyzer();
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        out.printf("corpus: %s, %d articles; models loaded in %.1f s; max heap %d MB%n", corpus, docs.size(),
                loadSeconds, Runtime.getRuntime().maxMemory() >> 20);
        pass(analyzer, docs, Arrays.stream(threadCounts).max().orElse(1));
        out.printf("%-8s %10s %10s %12s %15s %15s %14s %9s %12s%n", "threads", "articles/s", "tokens/s",
                "ms/article", "corenlp ms/art", "extract ms/art", "events ms/art", "events %", "peak heap MB");
        double best = 0;
        double first = 0;
        for (int threads : threadCounts) {
            double[] rates = new double[rounds];
            Map<String, Long> before = analyzer.stageTimings();
            resetPeaks();
            double tokensPerS = 0;
            for (int r = 0; r < rounds; r++) {
                long tokens = analyzer.tokensAnalyzed();
                double seconds = pass(analyzer, docs, threads);
                rates[r] = docs.size() / seconds;
                tokensPerS = Math.max(tokensPerS, (analyzer.tokensAnalyzed() - tokens) / seconds);
            }
            Map<String, Long> after = analyzer.stageTimings();
            Arrays.sort(rates);
            double median = rates[rounds / 2];
            double n = (double) docs.size() * rounds;
            double corenlp = 0;
            double extract = 0;
            double events = 0;
            for (String stage : after.keySet()) {
                double ms = (after.get(stage) - before.get(stage)) / 1e6 / n;
                switch (stage) {
                    case "corenlp" -> corenlp += ms;
                    case "events" -> events += ms;
                    default -> extract += ms;
                }
            }
            double share = 100 * events / (corenlp + extract);
            out.printf("%-8d %10.1f %10.0f %12.1f %15.1f %15.1f %14.2f %8.1f%% %12d%n", threads, median, tokensPerS,
                    1000.0 / median, corenlp, extract, events, share, peakHeapMb());
            if (first == 0) {
                first = median;
            }
            best = Math.max(best, median);
        }
        out.println("(ms/article per stage is CPU-thread time summed over threads; corenlp is tokenize, ssplit, pos,"
                + " lemma, ner; extract is admission, entities and quotes; events is event coding, and events % is"
                + " what it adds to the time of the stages before it)");
        if (threadCounts.length > 1) {
            out.printf("speed-up of the last thread count over the first: %.2fx%n", best / first);
        }
        out.flush();
        return minRate > 0 && best < minRate ? ExitCodes.TARGET_MISSED : ExitCodes.OK;
    }

    private static double pass(Analyzer analyzer, List<SourceDocument> docs, int threads) {
        long start = System.nanoTime();
        try (BatchRunner runner = new BatchRunner(analyzer, threads, a -> { }, p -> { })) {
            docs.forEach(runner::submit);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum >> 20;
    }
}
