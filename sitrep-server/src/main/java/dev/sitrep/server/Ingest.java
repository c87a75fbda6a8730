package dev.sitrep.server;

import java.io.InputStream;
import java.util.List;

/**
 * What the server does with the articles posted to {@code POST /api/ingest}: analyse and store them. Given by
 * whoever starts the server (the CLI runs the same code as {@code sitrep ingest}); called by one request at a time.
 */
@FunctionalInterface
public interface Ingest {

    /** What one ingest did. */
    record Report(int stored, int duplicates, int skipped, List<String> problems, List<String> articleIds) {

        public Report {
            problems = List.copyOf(problems);
            articleIds = List.copyOf(articleIds);
        }
    }

    /**
     * Reads source documents as JSON lines ({@code text}; optional {@code id}, {@code title}, {@code author},
     * {@code url}, {@code published}), analyses them and stores them, searchable when this returns.
     */
    Report ingest(InputStream jsonLines);
}
