package dev.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.model.InputProblem;
import dev.sitrep.model.SourceDocument;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** What one {@link ArticleReader#read} call gave, for assertions. */
final class Ingested {

    final List<SourceDocument> docs = new ArrayList<>();
    final List<InputProblem> problems = new ArrayList<>();

    static Ingested read(String... args) {
        return read(IngestLimits.defaults(), new ByteArrayInputStream(new byte[0]), args);
    }

    static Ingested read(IngestLimits limits, String... args) {
        return read(limits, new ByteArrayInputStream(new byte[0]), args);
    }

    static Ingested stdin(String input) {
        return read(IngestLimits.defaults(), new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), "-");
    }

    static Ingested read(IngestLimits limits, InputStream stdin, String... args) {
        Ingested result = new Ingested();
        new ArticleReader(limits, result.problems::add, stdin).read(List.of(args), result.docs::add);
        return result;
    }

    /** The only document, asserting there were no problems. */
    SourceDocument only() {
        assertEquals(List.of(), problems, "problems");
        assertEquals(1, docs.size(), "documents");
        return docs.get(0);
    }

    /** The only problem, asserting there were no documents, as {@code origin: reason}. */
    String onlyProblem() {
        assertEquals(List.of(), ids(), "documents");
        assertEquals(1, problems.size(), () -> "problems: " + problems);
        String text = problems.get(0).toString();
        assertTrue(text.indexOf('\n') < 0, () -> "one line: " + text);
        return text;
    }

    List<String> ids() {
        return docs.stream().map(SourceDocument::id).collect(Collectors.toList());
    }

    List<String> problemLines() {
        return problems.stream().map(InputProblem::toString).collect(Collectors.toList());
    }
}
