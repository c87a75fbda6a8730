package dev.sitrep.cli;

import dev.sitrep.ingest.IngestLimits;
import dev.sitrep.nlp.CoreNlpAnnotator;
import dev.sitrep.nlp.NlpSettings;
import dev.sitrep.pipeline.Analyzer;
import dev.sitrep.pipeline.Limits;
import java.time.Duration;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

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

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    IngestLimits ingestLimits() {
        validate();
        return new IngestLimits(maxArticleChars, maxFileBytes);
    }

    Limits limits() {
        validate();
        return new Limits(maxArticleChars, Duration.ofSeconds(timeoutSeconds));
    }

    /** Rejects bad values as a usage error (exit 2) before anything slow, such as loading the models, happens. */
    void validate() {
        require(threads >= 1, "--threads must be at least 1, got " + threads);
        require(maxArticleChars >= 1, "--max-article-chars must be at least 1, got " + maxArticleChars);
        require(maxFileBytes >= 1 && maxFileBytes <= IngestLimits.LARGEST_FILE_BYTES,
                "--max-file-bytes must be between 1 and " + IngestLimits.LARGEST_FILE_BYTES + ", got " + maxFileBytes);
        require(timeoutSeconds >= 1, "--timeout must be at least 1 second, got " + timeoutSeconds);
    }

    private void require(boolean ok, String message) {
        if (!ok) {
            throw new ParameterException(command.commandLine(), message);
        }
    }

    Analyzer analyzer() {
        validate();
        CoreNlpAnnotator.logging(verbose);
        return new Analyzer(NlpSettings.defaults(), limits());
    }
}
