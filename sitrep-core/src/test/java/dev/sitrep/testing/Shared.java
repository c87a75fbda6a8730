package dev.sitrep.testing;

import dev.sitrep.ingest.ArticleReader;
import dev.sitrep.ingest.IngestLimits;
import dev.sitrep.model.Article;
import dev.sitrep.model.Entity;
import dev.sitrep.model.InputProblem;
import dev.sitrep.model.Quote;
import dev.sitrep.model.SourceDocument;
import dev.sitrep.nlp.NlpSettings;
import dev.sitrep.pipeline.Analyzer;
import dev.sitrep.pipeline.ArticleRejected;
import dev.sitrep.pipeline.Limits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/** Test support: one Analyzer per test JVM (models load once), the shared data folder, compact renderings. */
public final class Shared {

    private static Analyzer analyzer;

    private Shared() {
    }

    public static synchronized Analyzer analyzer() {
        if (analyzer == null) {
            analyzer = new Analyzer(NlpSettings.defaults(), Limits.defaults());
        }
        return analyzer;
    }

    /** {@code ../shared} as given by the build, or skips the test where that folder is absent. */
    public static Path sharedDir() {
        Path p = Path.of(System.getProperty("sitrep.shared", "../../shared"));
        Assumptions.assumeTrue(Files.isDirectory(p), "shared data folder absent: " + p);
        return p;
    }

    public static List<SourceDocument> read(Path input) {
        List<SourceDocument> docs = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        new ArticleReader(IngestLimits.defaults(), problems::add).read(List.of(input.toString()), docs::add);
        if (!problems.isEmpty()) {
            throw new AssertionError("unexpected input problems: " + problems);
        }
        return docs;
    }

    public static Article analyze(SourceDocument doc) {
        try {
            return analyzer().analyze(doc);
        } catch (ArticleRejected e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    public static Article analyze(String text) {
        return analyze(new SourceDocument("test", null, null, null, "2024-01-01", text, "test"));
    }

    /** {@code Melanie Joly PERSON [Foreign Minister] CAN} */
    public static String render(Entity e) {
        return e.name() + " " + e.type() + (e.code() == null ? "" : " code=" + e.code())
                + (e.titles().isEmpty() ? "" : " " + e.titles()) + (e.affiliation() == null ? "" : " aff="
                + e.affiliation());
    }

    /** {@code direct speaker=Melanie Joly cue=said "The most important thing right..."} */
    public static String render(Quote q) {
        String t = q.text().length() > 40 ? q.text().substring(0, 40) + "..." : q.text();
        return (q.direct() ? "direct" : "indirect") + " speaker=" + q.speakerName() + " cue=" + q.cue() + " \"" + t
                + "\"";
    }

    public static Entity entity(Article a, String name) {
        return a.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + name + " in " + a.entities().stream()
                        .map(Shared::render).toList()));
    }
}
