package dev.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sitrep.ingest.ArticleReader;
import dev.sitrep.model.InputProblem;
import dev.sitrep.model.SourceDocument;
import dev.sitrep.server.ServerFile;
import dev.sitrep.store.Store;
import dev.sitrep.store.StoreException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
                "Each article is stored in one transaction: a killed ingest loses nothing it reported stored.",
                "While `sitrep serve` holds the data directory, the articles are sent to it (it analyses and stores "
                        + "them, and shows them at once), using the address and token in DIR/server.json."},
        footer = {"", "Examples:",
                "  sitrep ingest examples/",
                "  sitrep ingest --data /srv/news ../shared/corpus/news-dev.jsonl",
                "  sitrep ingest CC-NEWS-20240101.warc.gz",
                "  sitrep ingest https://example.org/feed.xml",
                "", "Exit codes: 0 all stored, 1 some input was skipped (reported on stderr with file and line or "
                + "offset), 3 the store could not be opened or written."})
final class IngestCommand implements Callable<Integer> {

    /** The most bytes of JSON lines sent to a server in one request (an article larger than this goes alone). */
    static final int BATCH_BYTES = 4 * 1024 * 1024;

    private static final Pattern BODY_LINE = Pattern.compile("body:(\\d+)");

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
        Optional<ServerClient> server = ServerFile.read(data.dir).map(ServerClient::new).filter(ServerClient::alive);
        if (server.isPresent()) {
            return send(server.get(), err, report, problems);
        }
        Progress progress = new Progress(err);
        try (Store store = Store.open(data.dir)) {
            StoreIngest.Counts c = new StoreIngest(store, () -> engine.analyzer(store.memory()), engine.threads, engine.ingestLimits())
                    .run(inputs, report, progress::tick);
            progress.done();
            err.printf("sitrep: stored %d articles in %s (%d already there, %d skipped as bad input); the store "
                    + "holds %d articles%n", c.stored().size(), data.dir, c.duplicates(), problems.get(),
                    store.articles());
            err.flush();
        } catch (StoreException e) {
            err.println("sitrep: " + e.getMessage());
            return ExitCodes.FATAL;
        }
        return problems.get() == 0 ? ExitCodes.OK : ExitCodes.SOME_INPUT_FAILED;
    }

    /**
     * Sends the articles to the server that holds the data directory, in requests of at most {@link #BATCH_BYTES}
     * (or one article), and reports what it stored; its problems are named by the inputs the articles came from.
     */
    private int send(ServerClient server, PrintWriter err, Consumer<InputProblem> report, AtomicInteger problems) {
        err.println("sitrep: a server holds " + data.dir + "; sending the articles to it at " + server.url());
        err.flush();
        int[] counts = new int[2];
        List<String> origins = new ArrayList<>();
        ByteArrayOutputStream batch = new ByteArrayOutputStream();
        try {
            Consumer<SourceDocument> add = doc -> {
                byte[] line = ServerClient.jsonLine(doc).getBytes(StandardCharsets.UTF_8);
                if (batch.size() > 0 && batch.size() + line.length > BATCH_BYTES) {
                    post(server, batch, origins, counts, report);
                }
                batch.writeBytes(line);
                origins.add(doc.origin());
            };
            new ArticleReader(engine.ingestLimits(), report).read(inputs, add);
            post(server, batch, origins, counts, report);
        } catch (UncheckedIOException e) {
            err.println("sitrep: " + e.getCause().getMessage());
            return ExitCodes.FATAL;
        }
        err.printf("sitrep: the server stored %d articles in %s (%d already there, %d skipped as bad input)%n",
                counts[0], data.dir, counts[1], problems.get());
        err.flush();
        return problems.get() == 0 ? ExitCodes.OK : ExitCodes.SOME_INPUT_FAILED;
    }

    private static void post(ServerClient server, ByteArrayOutputStream batch, List<String> origins, int[] counts,
                             Consumer<InputProblem> report) {
        if (batch.size() == 0) {
            return;
        }
        try {
            JsonNode r = server.ingest(batch.toByteArray());
            counts[0] += r.path("stored").asInt();
            counts[1] += r.path("duplicates").asInt();
            for (JsonNode p : r.path("problems")) {
                report.accept(problem(p.asText(), origins));
            }
            for (int i = r.path("problems").size(); i < r.path("skipped").asInt(); i++) {
                report.accept(new InputProblem(server.url(), "skipped by the server (not reported in full)"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted while sending to " + server.url(), e));
        } finally {
            batch.reset();
            origins.clear();
        }
    }

    /** A problem the server reported at {@code body:N ...}, named by the input line N of the batch came from. */
    private static InputProblem problem(String reported, List<String> origins) {
        Matcher m = BODY_LINE.matcher(reported);
        if (m.lookingAt()) {
            int line = Integer.parseInt(m.group(1));
            String rest = reported.substring(m.end());
            int colon = rest.indexOf(": ");
            String origin = line >= 1 && line <= origins.size() ? origins.get(line - 1) : "body:" + line;
            return colon < 0 ? new InputProblem(origin, rest.strip())
                    : new InputProblem(origin + rest.substring(0, colon), rest.substring(colon + 2));
        }
        int colon = reported.indexOf(": ");
        return colon < 0 ? new InputProblem("server", reported)
                : new InputProblem(reported.substring(0, colon), reported.substring(colon + 2));
    }
}
