package dev.sitrep.cli;

import dev.sitrep.model.InputProblem;
import dev.sitrep.pipeline.Analyzer;
import dev.sitrep.server.SitrepServer;
import dev.sitrep.store.Store;
import dev.sitrep.store.StoreException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sitrep serve}: the store over HTTP, with the web UI, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store: a web UI for people and a JSON API for tools, until Ctrl-C.",
                "The UI searches the articles, shows each with its entities, quotes and events marked in the text, "
                        + "actors over time, timelines, the actor network and the support tracker. The API is "
                        + "described at /openapi.json.",
                "While serving, `sitrep ingest --data DIR` sends its articles to the server, which analyses and "
                        + "stores them and shows them at once. Listens on 127.0.0.1 unless --host says otherwise."},
        footer = {"", "Examples:",
                "  sitrep serve --demo                    the bundled examples in a fresh store",
                "  sitrep serve --data /srv/news --port 8080",
                "  curl 'http://127.0.0.1:8080/api/events?actor=UKR&type=ASSAULT&limit=5'",
                "", "Exit codes: 0 stopped, 2 usage error, 3 no store in the data directory, it is in use, or the "
                + "port is taken."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "The port (default: ${DEFAULT-VALUE}; 0: any free port).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--demo", description = "Ingest the bundled examples/ into a fresh temporary data directory "
            + "and serve that (it is deleted when the server stops).")
    boolean demo;

    @Option(names = "--examples", paramLabel = "DIR", hidden = true, defaultValue = "${sys:sitrep.home:-.}/examples",
            description = "Where --demo finds the examples (default: examples/ of the checkout ./sitrep runs from).")
    Path examples;

    @Mixin
    EngineOptions engine;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        engine.validate();
        if (port < 0 || port > 65_535) {
            throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535, got " + port);
        }
        if (demo && spec.commandLine().getParseResult().hasMatchedOption("--data")) {
            throw new ParameterException(spec.commandLine(), "--demo serves a fresh data directory; leave out --data");
        }
        if (demo && !Files.isDirectory(examples)) {
            err.println("sitrep: --demo needs the examples/ folder of the Sitrep checkout; run it from there");
            err.flush();
            return ExitCodes.FATAL;
        }
        Path dir = demo ? Files.createTempDirectory("sitrep-demo-") : data.dir;
        if (!demo && !Files.isRegularFile(dir.resolve("sitrep.duckdb"))) {
            err.println("sitrep: no store in " + dir + "; build one with: sitrep ingest --data " + dir
                    + " FILES (or try: sitrep serve --demo)");
            err.flush();
            return ExitCodes.FATAL;
        }
        Store store;
        try {
            store = Store.open(dir);
        } catch (StoreException e) {
            err.println("sitrep: " + e.getMessage());
            err.flush();
            return ExitCodes.FATAL;
        }
        StoreIngest ingest = new StoreIngest(store, once(() -> engine.analyzer(store.memory())), engine.threads,
                engine.ingestLimits());
        if (demo) {
            Consumer<InputProblem> report = p -> err.println("sitrep: skipped " + p);
            err.println("sitrep: analysing the examples into " + dir + " (the first run loads the models) ...");
            err.flush();
            StoreIngest.Counts c = ingest.run(List.of(examples.toString()), report, () -> { });
            err.printf("sitrep: stored %d articles%n", c.stored().size());
        }
        SitrepServer server;
        try {
            server = SitrepServer.start(store, ingest, host, port);
        } catch (RuntimeException e) {
            store.close();
            err.println("sitrep: cannot serve on " + host + ":" + port + ": " + rootMessage(e)
                    + (port != 0 ? " (is the port taken? try --port 0)" : ""));
            err.flush();
            return ExitCodes.FATAL;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
            if (demo) {
                deleteTree(dir);
            }
            stopped.countDown();
        }, "sitrep-serve-stop"));
        out.println("Sitrep is serving " + dir + " at " + server.url() + "/  (Ctrl-C stops it)");
        out.flush();
        stopped.await();
        return ExitCodes.OK;
    }

    /** The analyzer made on first use, then the same one: loading the models takes seconds and memory. */
    private static Supplier<Analyzer> once(Supplier<Analyzer> make) {
        Analyzer[] made = new Analyzer[1];
        return () -> {
            synchronized (made) {
                if (made[0] == null) {
                    made[0] = make.get();
                }
                return made[0];
            }
        };
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
