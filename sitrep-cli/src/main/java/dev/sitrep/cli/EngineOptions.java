package dev.sitrep.cli;

import dev.sitrep.ingest.IngestLimits;
import dev.sitrep.nlp.CoreNlpAnnotator;
import dev.sitrep.nlp.NlpSettings;
import dev.sitrep.pipeline.Analyzer;
import dev.sitrep.pipeline.Limits;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Options shared by every command that analyses articles. */
final class EngineOptions {

    @Option(names = {"-t", "--threads"}, paramLabel = "N",
            description = "Worker threads (default: all cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-article-chars", paramLabel = "N",
            description = "Skip articles longer than this (default: ${DEFAULT-VALUE}).")
    int maxArticleChars = 1_000_000;

    @Option(names = "--max-file-bytes", paramLabel = "N",
            description = "Skip plain-text files larger than this (default: ${DEFAULT-VALUE}).")
    long maxFileBytes = 64L * 1024 * 1024;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Give up on an article after this many seconds (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds = 60;

    @Option(names = {"-v", "--verbose"}, description = "Show CoreNLP's own log messages.")
    boolean verbose;

    IngestLimits ingestLimits() {
        return new IngestLimits(maxArticleChars, maxFileBytes);
    }

    Limits limits() {
        return new Limits(maxArticleChars, Duration.ofSeconds(timeoutSeconds));
    }

    Analyzer analyzer() {
        CoreNlpAnnotator.logging(verbose);
        return new Analyzer(NlpSettings.defaults(), limits());
    }
}
