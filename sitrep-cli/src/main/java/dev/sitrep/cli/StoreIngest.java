package dev.sitrep.cli;

import dev.sitrep.ingest.ArticleReader;
import dev.sitrep.ingest.IngestLimits;
import dev.sitrep.model.InputProblem;
import dev.sitrep.model.SourceDocument;
import dev.sitrep.pipeline.Analyzer;
import dev.sitrep.pipeline.BatchRunner;
import dev.sitrep.server.Ingest;
import dev.sitrep.store.Store;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Analyses articles and stores them: the work of {@code sitrep ingest}, of {@code sitrep serve --demo} and of the
 * server's {@code POST /api/ingest}. Texts stored already are skipped before analysis; the full-text index is
 * committed at the end, so what was stored is searchable when a run returns.
 */
final class StoreIngest implements Ingest {

    /** The most problems one server ingest reports back (the count is exact). */
    static final int MAX_REPORTED_PROBLEMS = 100;

    /** What one run did: articles stored (their ids), texts stored already, and the stories they joined. */
    record Counts(List<String> stored, int duplicates, Set<String> stories) {
    }

    private final Store store;
    private final Supplier<Analyzer> analyzer;
    private final int threads;
    private final IngestLimits limits;

    /**
     * @param analyzer gives the analyzer when first needed (loading the models takes seconds), then the same one
     */
    StoreIngest(Store store, Supplier<Analyzer> analyzer, int threads, IngestLimits limits) {
        this.store = store;
        this.analyzer = analyzer;
        this.threads = threads;
        this.limits = limits;
    }

    /**
     * Stores the articles {@code source} gives to the consumer it is handed, reporting bad input to {@code problems}
     * and calling {@code tick} for each article analysed or found stored.
     */
    Counts run(Consumer<Consumer<SourceDocument>> source, Consumer<InputProblem> problems, Runnable tick) {
        List<String> stored = new ArrayList<>();
        int[] duplicates = {0};
        Set<String> stories = new HashSet<>();
        try (BatchRunner runner = new BatchRunner(analyzer.get(), threads, article -> {
            Store.Added added = store.add(article);
            if (added.outcome() == Store.Outcome.STORED) {
                stored.add(added.articleId());
                stories.add(added.storyId());
            } else {
                duplicates[0]++;
            }
            tick.run();
        }, problems)) {
            source.accept(doc -> {
                if (store.contains(doc.text())) {
                    duplicates[0]++;
                    tick.run();
                } else {
                    runner.submit(doc);
                }
            });
        }
        store.flush();
        return new Counts(stored, duplicates[0], stories);
    }

    /** Reads {@code args} as {@code sitrep ingest} does and stores what they hold. */
    Counts run(List<String> args, Consumer<InputProblem> problems, Runnable tick) {
        ArticleReader reader = new ArticleReader(limits, problems);
        return run(sink -> reader.read(args, sink), problems, tick);
    }

    @Override
    public Report ingest(InputStream jsonLines) {
        List<String> reported = new ArrayList<>();
        int[] skipped = {0};
        Consumer<InputProblem> problems = p -> {
            skipped[0]++;
            if (reported.size() < MAX_REPORTED_PROBLEMS) {
                reported.add(p.toString().replace(ArticleReader.STDIN_ORIGIN, "body"));
            }
        };
        ArticleReader reader = new ArticleReader(limits, problems, jsonLines);
        Counts c = run(sink -> reader.read(List.of("-"), sink), problems, () -> { });
        return new Report(c.stored().size(), c.duplicates(), skipped[0], reported, c.stored());
    }
}
