package dev.sitrep.cli;

import dev.sitrep.ingest.ArticleReader;
import dev.sitrep.json.ArticleJson;
import dev.sitrep.model.InputProblem;
import dev.sitrep.pipeline.Analyzer;
import dev.sitrep.pipeline.BatchRunner;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sitrep extract}: articles in, one JSON object per article out. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract entities, roles and quotes from articles; print one JSON object per article.",
                "Inputs: plain-text files (an optional wire header line gives date and title), JSON Lines files "
                        + "(.jsonl: text, id, title, url, published), directories (searched recursively), "
                        + "or - for standard input."},
        footer = {"", "Examples:",
                "  sitrep extract examples/",
                "  sitrep extract article.txt more.jsonl --out result.jsonl",
                "  cat article.txt | sitrep extract -",
                "", "Bad input (empty, binary, invalid UTF-8, malformed JSON, not English, too long) is reported on "
                + "stderr with its file and line and skipped; the exit code is then 1."})
final class ExtractCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE|DIR|-", arity = "1..*", description = "What to read.")
    List<String> inputs;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Mixin
    EngineOptions engine;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        AtomicInteger problems = new AtomicInteger();
        java.util.function.Consumer<InputProblem> report = p -> {
            problems.incrementAndGet();
            err.println("sitrep: skipped " + p);
            err.flush();
        };
        engine.validate();
        Writer opened;
        try {
            opened = open();
        } catch (IOException e) {
            err.println("sitrep: cannot write " + out + ": " + why(e));
            return ExitCodes.FATAL;
        }
        Progress progress = new Progress(err);
        try (Writer writer = opened) {
            Analyzer analyzer = engine.analyzer();
            try (BatchRunner runner = new BatchRunner(analyzer, engine.threads, article -> {
                ArticleJson.writeLine(article, writer);
                progress.tick();
            }, report)) {
                new ArticleReader(engine.ingestLimits(), report).read(inputs, runner::submit);
            }
            writer.flush();
        } catch (UncheckedIOException e) {
            err.println("sitrep: cannot write output: " + e.getCause().getMessage());
            return ExitCodes.FATAL;
        }
        progress.done();
        return problems.get() == 0 ? ExitCodes.OK : ExitCodes.SOME_INPUT_FAILED;
    }

    private Writer open() throws IOException {
        if (out == null) {
            return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }
        return Files.newBufferedWriter(out, StandardCharsets.UTF_8);
    }

    /** Why the output file cannot be opened; some exceptions carry only the path as their message. */
    private static String why(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "its directory does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
