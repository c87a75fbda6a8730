package dev.sitrep.cli;

import dev.sitrep.ingest.IngestLimits;
import dev.sitrep.kb.ActorMemory;
import dev.sitrep.kb.KbLoader;
import dev.sitrep.kb.KbProblem;
import dev.sitrep.kb.KnowledgeBase;
import dev.sitrep.nlp.CoreNlpAnnotator;
import dev.sitrep.nlp.NlpSettings;
import dev.sitrep.pipeline.Analyzer;
import dev.sitrep.pipeline.Limits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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

    @Option(names = "--kb", paramLabel = "PATH", description = "Knowledge-base files or directories to read on top "
            + "of the built-in one (docs/kb.md; e.g. the output of sitrep kb import). Repeatable; also "
            + "$SITREP_KB, paths separated by ':'.")
    List<Path> kb = new ArrayList<>();

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
        return analyzer(ActorMemory.NONE);
    }

    /** The analyzer, recalling what {@code memory} learned of people from earlier articles. */
    Analyzer analyzer(ActorMemory memory) {
        validate();
        CoreNlpAnnotator.logging(verbose);
        return new Analyzer(NlpSettings.defaults(), limits(), knowledgeBase(), memory);
    }

    /**
     * The built-in knowledge base with the user's files on top. A bad line of a user's file is reported on
     * standard error with its file, line and reason, and skipped.
     */
    KnowledgeBase knowledgeBase() {
        List<Path> paths = new ArrayList<>(kb);
        String env = System.getenv("SITREP_KB");
        if (env != null && !env.isBlank()) {
            for (String p : env.split(":")) {
                if (!p.isBlank()) {
                    paths.add(Path.of(p));
                }
            }
        }
        if (paths.isEmpty()) {
            return KnowledgeBase.builtIn();
        }
        for (Path p : paths) {
            require(Files.exists(p), "--kb: no such file or directory: " + p);
        }
        KbLoader.Loaded loaded = KbLoader.withFiles(paths);
        java.io.PrintWriter err = command.commandLine().getErr();
        int shown = 0;
        for (KbProblem p : loaded.problems()) {
            if (shown++ < 50) {
                err.println("sitrep: knowledge base: skipped " + p);
            }
        }
        if (loaded.problems().size() > 50) {
            err.println("sitrep: knowledge base: " + (loaded.problems().size() - 50) + " more problems not shown");
        }
        err.flush();
        return loaded.knowledgeBase();
    }
}
