package dev.sitrep.server;

import dev.sitrep.ingest.ArticleReader;
import dev.sitrep.ingest.IngestLimits;
import dev.sitrep.model.Article;
import dev.sitrep.model.InputProblem;
import dev.sitrep.model.SourceDocument;
import dev.sitrep.nlp.NlpSettings;
import dev.sitrep.pipeline.Analyzer;
import dev.sitrep.pipeline.ArticleRejected;
import dev.sitrep.pipeline.Limits;
import dev.sitrep.store.Store;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One server for the API and browser tests of a JVM: a store in a temporary directory holding the bundled
 * examples, a pledge of military aid, and an article whose title and text carry a script tag and a javascript:
 * link; served on a free port, with an ingest that analyses and stores what is posted.
 */
final class Fixture {

    static final String PLEDGE = """
             date 2024-03-08 Poland pledges $25 million in military aid to Ukraine Friday, March 8, 2024 10:00:00 AM

            Poland pledged $25 million in military aid to Ukraine on Friday, including artillery ammunition and \
            spare parts for armoured vehicles.

            Polish Defence Minister Marta Kowalczyk said that the first deliveries would reach Ukraine within weeks.

            "We will stand with Ukraine for as long as it takes," Kowalczyk told reporters in Warsaw.
            """;

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String EVIL_TITLE = "Finland " + SCRIPT + " closes border crossing";
    static final String EVIL = " date 2024-06-01 " + EVIL_TITLE + " Saturday, June 1, 2024 9:00:00 AM\n\n"
            + "Finland closed its last border crossing with Russia on Saturday, the interior minister said. " + SCRIPT
            + " Officials posted a notice at <a href=\"javascript:alert(2)\">javascript:alert(2)</a> for travellers."
            + "\n\n\"We will not reopen the crossing while Russia keeps sending migrants to the border,\" Interior "
            + "Minister Mari Rantanen told reporters in Helsinki.\n";

    private static Fixture shared;

    final Store store;
    final SitrepServer server;
    final Analyzer analyzer;

    private Fixture(Path dir) throws IOException {
        Path inputs = Files.createDirectories(dir.resolve("inputs"));
        Files.writeString(inputs.resolve("pledge.txt"), PLEDGE, StandardCharsets.UTF_8);
        Files.writeString(inputs.resolve("finland-closes-border.txt"), EVIL, StandardCharsets.UTF_8);
        this.analyzer = new Analyzer(NlpSettings.defaults(), Limits.defaults());
        this.store = Store.open(dir.resolve("data"));
        List<InputProblem> problems = new ArrayList<>();
        ArticleReader reader = new ArticleReader(IngestLimits.defaults(), problems::add);
        reader.read(List.of(examples().toString(), inputs.toString()), this::analyseAndStore);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the fixture articles should all be read: " + problems);
        }
        store.flush();
        this.server = SitrepServer.start(store, this::ingest, "127.0.0.1", 0);
    }

    /** The server of this JVM's tests, started on first use. */
    static synchronized Fixture get() {
        if (shared == null) {
            try {
                Path dir = Files.createTempDirectory("sitrep-server-test");
                Fixture f = new Fixture(dir);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    f.server.close();
                    f.store.close();
                    deleteTree(dir);
                }));
                shared = f;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    String url() {
        return server.url();
    }

    private void analyseAndStore(SourceDocument doc) {
        try {
            Article a = analyzer.analyze(doc);
            store.add(a);
        } catch (ArticleRejected e) {
            throw new IllegalStateException("fixture article " + doc.id() + " rejected: " + e.getMessage(), e);
        }
    }

    /** What the server does with posted articles here: the same as {@code sitrep ingest}, one by one. */
    private Ingest.Report ingest(InputStream body) {
        List<String> problems = new ArrayList<>();
        List<String> stored = new ArrayList<>();
        int[] duplicates = {0};
        new ArticleReader(IngestLimits.defaults(), p -> problems.add(p.toString()), body).read(List.of("-"), doc -> {
            try {
                Store.Added added = store.add(analyzer.analyze(doc));
                if (added.outcome() == Store.Outcome.STORED) {
                    stored.add(added.articleId());
                } else {
                    duplicates[0]++;
                }
            } catch (ArticleRejected e) {
                problems.add(doc.origin() + ": " + e.getMessage());
            }
        });
        store.flush();
        return new Ingest.Report(stored.size(), duplicates[0], problems.size(), problems, stored);
    }

    /** Deletes a directory and everything in it. */
    static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The examples/ folder of the checkout; Maven runs tests in the module folder, an IDE often at the root. */
    static Path examples() {
        Path here = Path.of(System.getProperty("user.dir"));
        for (Path candidate : List.of(here.resolve("../examples"), here.resolve("examples"))) {
            if (Files.isDirectory(candidate)) {
                return candidate.normalize();
            }
        }
        throw new IllegalStateException("no examples/ next to " + here);
    }
}
