package dev.sitrep.cli;

import dev.sitrep.ingest.ArticleReader;
import dev.sitrep.model.InputProblem;
import dev.sitrep.pipeline.Analyzer;
import dev.sitrep.pipeline.BatchRunner;
import dev.sitrep.store.Store;
import dev.sitrep.store.StoreException;
import java.io.PrintWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sitrep ingest}: analyse articles and store them, with everything extracted, in the data directory. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Analyse articles and add them to the store in the data directory (created when missing).",
                "Inputs: everything `sitrep extract` reads, plus HTML pages, WARC and WARC.gz archives, RSS and "
                        + "Atom feeds and http(s) URLs. An article whose text is stored already is skipped before "
                        + "analysis, so running an ingest again finishes an interrupted one without duplicates.",
                "Each article is stored in one transaction: a killed ingest loses nothing it reported stored."},
        footer = {"", "Examples:",
                "  sitrep ingest examples/",
                "  sitrep ingest --data /srv/news ../shared/corpus/news-dev.jsonl",
                "  sitrep ingest CC-NEWS-20240101.warc.gz",
                "  sitrep ingest https://example.org/feed.xml",
                "", "Exit codes: 0 all stored, 1 some input was skipped (reported on stderr with file and line or "
                + "offset), 3 the store could not be opened or written."})
final class IngestCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE|DIR|URL|-", arity = "1..*", description = "What to read.")
    List<String> inputs;

    @Mixin
    DataOption data;

    @Mixin
    EngineOptions engine;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        engine.validate();
        AtomicInteger problems = new AtomicInteger();
        Consumer<InputProblem> report = p -> {
            problems.incrementAndGet();
            err.println("sitrep: skipped " + p);
            err.flush();
        };
        int[] stored = {0};
        int[] duplicates = {0};
        Set<String> stories = new HashSet<>();
        Progress progress = new Progress(err);
        try (Store store = Store.open(data.dir)) {
            Analyzer analyzer = engine.analyzer();
            try (BatchRunner runner = new BatchRunner(analyzer, engine.threads, article -> {
                Store.Added added = store.add(article);
                if (added.outcome() == Store.Outcome.STORED) {
                    stored[0]++;
                    stories.add(added.storyId());
                } else {
                    duplicates[0]++;
                }
                progress.tick();
            }, report)) {
                new ArticleReader(engine.ingestLimits(), report).read(inputs, doc -> {
                    if (store.contains(doc.text())) {
                        duplicates[0]++;
                    } else {
                        runner.submit(doc);
                    }
                });
            }
            store.flush();
            progress.done();
            err.printf("sitrep: stored %d articles in %s (%d already there, %d skipped as bad input); the store "
                    + "holds %d articles%n", stored[0], data.dir, duplicates[0], problems.get(), store.articles());
            err.flush();
        } catch (StoreException e) {
            err.println("sitrep: " + e.getMessage());
            return ExitCodes.FATAL;
        }
        return problems.get() == 0 ? ExitCodes.OK : ExitCodes.SOME_INPUT_FAILED;
    }
}
