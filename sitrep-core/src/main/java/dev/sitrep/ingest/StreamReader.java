package dev.sitrep.ingest;

import dev.sitrep.model.InputProblem;
import dev.sitrep.model.SourceDocument;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads article files from streams rather than local paths, for readers of other file systems (the Spark job
 * reads Hadoop paths: HDFS, S3A, local). A file is read by its name as {@link ArticleReader} reads it, and gives the
 * same articles, ids and problems; large JSON-lines files can be read in splits. Feeds are not read here: reading
 * them means fetching their links. Ids are not made unique across files, as one ArticleReader makes them; that is
 * left to the caller. Not thread-safe; use one per thread.
 */
public final class StreamReader {

    /** How a file is read. */
    public enum Format {
        /** One plain-text article, with an optional wire header line. */
        TEXT,
        /** One article per line. */
        JSON_LINES,
        /** One web page. */
        HTML,
        /** A web archive, each HTML response an article. */
        WARC
    }

    private final IngestLimits limits;
    private final Consumer<InputProblem> problems;
    private final PlainTextReader text;
    private final JsonLinesReader jsonLines;
    private final HtmlArticles html;
    private final WarcReader warc;

    /**
     * @param limits   how much one article, file and JSON line may hold
     * @param problems where bad input is reported
     */
    public StreamReader(IngestLimits limits, Consumer<InputProblem> problems) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.problems = Objects.requireNonNull(problems, "problems");
        this.text = new PlainTextReader(limits, problems);
        this.jsonLines = new JsonLinesReader(limits, problems);
        this.html = new HtmlArticles(limits);
        this.warc = new WarcReader(limits, problems);
    }

    /** How a file of this name is read; empty for a feed ({@code .rss}, {@code .atom}, {@code .xml}). */
    public static Optional<Format> format(String fileName) {
        return switch (ArticleReader.kind(fileName.toLowerCase(Locale.ROOT))) {
            case TEXT -> Optional.of(Format.TEXT);
            case JSON_LINES -> Optional.of(Format.JSON_LINES);
            case HTML -> Optional.of(Format.HTML);
            case WARC -> Optional.of(Format.WARC);
            case FEED, XML -> Optional.empty();
        };
    }

    /** Whether a directory walk reads a file of this name, as {@link ArticleReader} walks a directory. */
    public static boolean isArticleFile(String fileName) {
        return ArticleReader.isArticleFile(fileName.toLowerCase(Locale.ROOT));
    }

    /** The id (or id base) of the articles of a file of this name: the name without its last extension. */
    public static String idOf(String fileName) {
        String base = ArticleReader.baseName(fileName);
        return format(fileName).orElse(Format.TEXT) == Format.WARC ? base.replaceFirst("(?i)\\.warc$", "") : base;
    }

    /**
     * Reads a whole file, giving each article to {@code out} as soon as it is read. Bad input is reported and
     * skipped; only an exception thrown by {@code out} or the problems sink escapes. Does not close {@code in}.
     *
     * @param in     the file's bytes, from the start
     * @param name   the file's name, which says how it is read ({@link #format})
     * @param origin names the file in origins and problems
     * @param size   the file's size in bytes, or -1 when unknown: a plain-text or HTML file over the size limit is
     *               then refused unread
     */
    public void read(InputStream in, String name, String origin, long size, Consumer<SourceDocument> out) {
        Optional<Format> format = format(name);
        if (format.isEmpty()) {
            problems.accept(new InputProblem(origin, "a feed; feeds are read by sitrep ingest, which fetches "
                    + "their links"));
            return;
        }
        String id = idOf(name);
        boolean whole = format.get() == Format.TEXT || format.get() == Format.HTML;
        if (whole && size > limits.maxFileBytes()) {
            problems.accept(new InputProblem(origin, "file is " + size + " bytes, over the limit of "
                    + limits.maxFileBytes() + " (--max-file-bytes)"));
            return;
        }
        try {
            switch (format.get()) {
                case JSON_LINES -> jsonLines.read(in, origin, id, out);
                case WARC -> warc.read(in, origin, id, out);
                case HTML -> {
                    byte[] bytes = in.readNBytes((int) limits.maxFileBytes() + 1);
                    if (bytes.length > limits.maxFileBytes()) {
                        problems.accept(new InputProblem(origin, "file is over " + limits.maxFileBytes()
                                + " bytes, the limit (--max-file-bytes)"));
                    } else {
                        html.read(HtmlPage.of(bytes, origin).withFallbackId(id), problems).ifPresent(out);
                    }
                }
                case TEXT -> text.readStream(in, origin, id, "file").ifPresent(out);
            }
        } catch (IOException e) {
            problems.accept(new InputProblem(origin, Reasons.of(e)));
        }
    }

    /**
     * Reads one split of a JSON-lines file: the lines that start in bytes {@code [start, end)} of the file, as
     * reading the whole file gives them (the same ids, and origins {@code origin:line}). Splits that share their
     * bounds read every line of a file once.
     *
     * @param in          the file's bytes from {@link #splitOpensAt}{@code (start)}; read past {@code end} to
     *                    finish the last line
     * @param name        the file's name, for the ids of lines without one
     * @param linesBefore how many newlines the file holds before {@link #splitOpensAt}{@code (start)}
     *                    ({@link #countNewlines})
     */
    public void readJsonLines(InputStream in, String name, String origin, long start, long end, long linesBefore,
            Consumer<SourceDocument> out) {
        BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
        long at = start;
        long line = linesBefore + 1;
        if (start > 0) {
            // the byte before the split: the split's first line starts after the first newline from there
            try {
                at = start - 1;
                int b;
                do {
                    b = buffered.read();
                    at++;
                } while (b >= 0 && b != '\n');
                if (b < 0) {
                    return;
                }
                line++;
            } catch (IOException e) {
                problems.accept(new InputProblem(origin + ":" + line, Reasons.of(e)));
                return;
            }
        }
        jsonLines.read(buffered, origin, idOf(name), at, end, line, out);
    }

    /** Where a reader of the split starting at byte {@code start} opens the file: the byte before it. */
    public static long splitOpensAt(long start) {
        return Math.max(0, start - 1);
    }

    /** How many newlines the next {@code n} bytes of {@code in} hold (fewer bytes when it ends first). */
    public static long countNewlines(InputStream in, long n) throws IOException {
        byte[] buf = new byte[1 << 16];
        long left = n;
        long newlines = 0;
        while (left > 0) {
            int got = in.read(buf, 0, (int) Math.min(buf.length, left));
            if (got < 0) {
                break;
            }
            for (int i = 0; i < got; i++) {
                newlines += buf[i] == '\n' ? 1 : 0;
            }
            left -= got;
        }
        return newlines;
    }
}
