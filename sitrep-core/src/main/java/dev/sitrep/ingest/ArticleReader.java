package dev.sitrep.ingest;

import dev.sitrep.model.InputProblem;
import dev.sitrep.model.SourceDocument;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads the inputs of {@code sitrep extract} and {@code sitrep ingest} ({@code FILE|DIR|URL|-}) as
 * {@link SourceDocument}s, in input order.
 *
 * <ul>
 *   <li>A file is read by its name: {@code .jsonl} and {@code .ndjson} as JSON lines; {@code .html} and {@code .htm}
 *       as one web page ({@link HtmlArticles}); {@code .warc} and {@code .warc.gz} as a web archive
 *       ({@link WarcReader}); {@code .rss} and {@code .atom} as a feed ({@link FeedParser}), each item an article;
 *       {@code .xml} as a feed when its root element is {@code rss}, {@code feed} or {@code rdf:RDF}; anything else
 *       (an {@code .xml} that is not a feed too) as one plain-text article, whatever its extension.</li>
 *   <li>An argument starting {@code http://} or {@code https://} is fetched ({@link Fetcher}) and read as an HTML
 *       page or a feed, by its Content-Type (by its first bytes when the type says neither); anything else is
 *       reported.</li>
 *   <li>A feed item's link is fetched and its page's article read; when the item has no link or the page fails, the
 *       item's own text stands in if it is long enough (see {@link WebReader}).</li>
 *   <li>A directory is walked recursively and its {@code .txt}, {@code .text}, {@code .jsonl}, {@code .ndjson},
 *       {@code .html}, {@code .htm}, {@code .warc} and {@code .warc.gz} files are read in path order, name by name;
 *       other files, hidden files and hidden directories are skipped silently; symbolic links to files are read,
 *       symbolic links to directories below it are not followed. A directory without any such file is
 *       reported.</li>
 *   <li>{@code -} is standard input, read as JSON lines when its first non-blank character is an opening brace,
 *       else as plain text; its origin is {@code <stdin>}.</li>
 * </ul>
 *
 * <p>Bad input goes to the problems sink and reading goes on. Ids are unique within one reader: a repeated id gets
 * {@code #2}, {@code #3}, ... appended, across files too. Not thread-safe; use one reader per run.
 */
public final class ArticleReader {

    /** The origin of articles read from standard input. */
    public static final String STDIN_ORIGIN = "<stdin>";

    /** The files a directory is searched for, for messages. */
    static final String DIRECTORY_FILES = ".txt, .text, .jsonl, .ndjson, .html, .htm, .warc, .warc.gz";

    private static final Comparator<Path> BY_NAMES = ArticleReader::compareByNames;

    private final IngestLimits limits;
    private final PlainTextReader text;
    private final JsonLinesReader jsonLines;
    private final HtmlArticles html;
    private final WarcReader warc;
    private final WebReader web;
    private Fetcher fetcher;
    private final Consumer<InputProblem> problems;
    private final InputStream stdin;
    private final long maxHead;
    private final Set<String> ids = new HashSet<>();
    private final Map<String, Integer> nextSuffix = new HashMap<>();
    private boolean stdinRead;

    /**
     * A reader whose {@code -} is {@link System#in}.
     *
     * @param limits   how much one article, file and JSON line may hold
     * @param problems where bad input is reported; bound it if the input may be large
     */
    public ArticleReader(IngestLimits limits, Consumer<InputProblem> problems) {
        this(limits, problems, System.in);
    }

    /**
     * A reader whose {@code -} is {@code stdin}.
     *
     * @param limits   how much one article, file and JSON line may hold
     * @param problems where bad input is reported; bound it if the input may be large
     * @param stdin    read at most once, never closed
     */
    public ArticleReader(IngestLimits limits, Consumer<InputProblem> problems, InputStream stdin) {
        this(limits, problems, stdin, null);
    }

    /**
     * A reader whose {@code -} is {@code stdin} and whose URLs and feed item links are fetched by {@code fetcher}.
     *
     * @param limits   how much one article, file, JSON line and fetched body may hold
     * @param problems where bad input is reported; bound it if the input may be large
     * @param stdin    read at most once, never closed
     * @param fetcher  fetches URLs; null for an {@link HttpFetcher} with default timeouts, made when first needed
     */
    public ArticleReader(IngestLimits limits, Consumer<InputProblem> problems, InputStream stdin, Fetcher fetcher) {
        this.fetcher = fetcher;
        this.limits = Objects.requireNonNull(limits, "limits");
        this.problems = Objects.requireNonNull(problems, "problems");
        this.stdin = Objects.requireNonNull(stdin, "stdin");
        this.maxHead = limits.maxFileBytes();
        this.text = new PlainTextReader(limits, problems);
        this.jsonLines = new JsonLinesReader(limits, problems);
        this.html = new HtmlArticles(limits);
        this.warc = new WarcReader(limits, problems);
        this.web = new WebReader(limits, html, this::fetcher, problems);
    }

    /**
     * Reads every argument in order, giving each article to {@code out} as soon as it is read. Only an exception
     * thrown by {@code out} or the problems sink escapes.
     *
     * @param args files, directories and {@code -}, as given on the command line
     * @param out  receives the articles in input order, with ids unique within this reader
     */
    public void read(List<String> args, Consumer<SourceDocument> out) {
        Consumer<SourceDocument> unique = doc -> out.accept(withUniqueId(doc));
        for (String arg : args) {
            if (arg.equals("-")) {
                readStdin(unique);
                continue;
            }
            if (arg.isEmpty()) {
                problems.accept(new InputProblem("\"\"", "empty path"));
                continue;
            }
            if (isHttpUrl(arg)) {
                web.readUrl(arg, unique);
                continue;
            }
            Path path;
            try {
                path = Path.of(arg);
            } catch (InvalidPathException e) {
                problems.accept(new InputProblem(arg, "not a valid path: " + Reasons.oneLine(e.getMessage())));
                continue;
            }
            if (Files.isDirectory(path)) {
                readDirectory(path, unique);
            } else if (Files.exists(path)) {
                readFile(path, arg, unique);
            } else {
                problems.accept(new InputProblem(arg, Reasons.NO_SUCH_FILE));
            }
        }
    }

    /**
     * Reads the items of an already parsed feed as articles, as for a feed named on the command line: each item's
     * link fetched and its page read, else the item's own text. For {@code sitrep watch}, which parses a feed with
     * {@link FeedParser}, keeps the items it has not seen (by {@link FeedItem#key()}) and reads only those.
     *
     * @param origin names the feed in origins and problems ({@code origin:line} for an item)
     */
    public void readFeed(Feed feed, String origin, Consumer<SourceDocument> out) {
        String idBase = Optional.ofNullable(HtmlArticles.idFromUrl(PageMetadata.httpUrl(origin))).orElse("feed");
        web.readFeed(feed, origin, idBase, doc -> out.accept(withUniqueId(doc)));
    }

    private void readDirectory(Path dir, Consumer<SourceDocument> out) {
        List<Path> files = articleFiles(dir);
        if (files.isEmpty() && Files.isReadable(dir)) {
            problems.accept(new InputProblem(dir.toString(), "no article files in it (" + DIRECTORY_FILES + ")"));
        }
        for (Path file : files) {
            readFile(file, file.toString(), out);
        }
    }

    /** The article files under {@code dir}, sorted; what cannot be walked is reported. */
    private List<Path> articleFiles(Path dir) {
        List<Path> files = new ArrayList<>();
        FileVisitor<Path> visitor = new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                boolean skip = !d.equals(dir) && (isHidden(d) || Files.isSymbolicLink(d));
                return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && !isHidden(file) && isArticleFile(file)) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                boolean skipped = e instanceof FileSystemLoopException || isHidden(file);
                if (file.equals(dir) || !skipped) {
                    problems.accept(new InputProblem(file.toString(), Reasons.of(e)));
                }
                return FileVisitResult.CONTINUE;
            }
        };
        try {
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, visitor);
        } catch (IOException e) {
            problems.accept(new InputProblem(dir.toString(), Reasons.of(e)));
        }
        files.sort(BY_NAMES);
        return files;
    }

    private void readFile(Path path, String origin, Consumer<SourceDocument> out) {
        String id = baseName(path);
        try {
            switch (kind(path)) {
                case JSON_LINES -> {
                    try (InputStream in = Files.newInputStream(path)) {
                        jsonLines.read(in, origin, id, out);
                    }
                }
                case WARC -> {
                    try (InputStream in = Files.newInputStream(path)) {
                        warc.read(in, origin, id.replaceFirst("(?i)\\.warc$", ""), out);
                    }
                }
                case HTML -> readBounded(path, origin).ifPresent(bytes ->
                        html.read(HtmlPage.of(bytes, origin).withFallbackId(id), problems).ifPresent(out));
                case FEED -> {
                    try (InputStream in = Files.newInputStream(path)) {
                        FeedParser.parse(in, origin, null, problems).ifPresent(feed -> web.readFeed(feed, origin, id,
                                out));
                    }
                }
                case XML -> {
                    Optional<byte[]> bytes = readBounded(path, origin);
                    if (bytes.isPresent() && FeedParser.format(bytes.get()).isPresent()) {
                        FeedParser.parse(new ByteArrayInputStream(bytes.get()), origin, null, problems)
                                .ifPresent(feed -> web.readFeed(feed, origin, id, out));
                    } else if (bytes.isPresent()) {
                        text.readStream(new ByteArrayInputStream(bytes.get()), origin, id, "file").ifPresent(out);
                    }
                }
                default -> text.readFile(path, origin, id).ifPresent(out);
            }
        } catch (IOException e) {
            problems.accept(new InputProblem(origin, Reasons.of(e)));
        }
    }

    private void readStdin(Consumer<SourceDocument> out) {
        if (stdinRead) {
            problems.accept(new InputProblem(STDIN_ORIGIN, "standard input is named more than once; read it once"));
            return;
        }
        stdinRead = true;
        try {
            BufferedInputStream in = new BufferedInputStream(stdin, 1 << 16);
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            in.mark(3);
            byte[] bom = in.readNBytes(3);
            if (Utf8.startsWithBom(bom, 0, bom.length)) {
                head.write(bom);
            } else {
                in.reset();
            }
            int first = in.read();
            while ((first == ' ' || first == '\t' || first == '\n' || first == '\r') && head.size() < maxHead) {
                head.write(first);
                first = in.read();
            }
            if (first >= 0) {
                head.write(first);
            }
            InputStream all = new SequenceInputStream(new ByteArrayInputStream(head.toByteArray()), in);
            if (first == '{') {
                jsonLines.read(all, STDIN_ORIGIN, "stdin", out);
            } else {
                text.readStream(all, STDIN_ORIGIN, "stdin", "input").ifPresent(out);
            }
        } catch (IOException e) {
            problems.accept(new InputProblem(STDIN_ORIGIN, Reasons.of(e)));
        }
    }

    private SourceDocument withUniqueId(SourceDocument doc) {
        if (ids.add(doc.id())) {
            return doc;
        }
        int n = nextSuffix.getOrDefault(doc.id(), 2);
        String id = doc.id() + "#" + n;
        while (!ids.add(id)) {
            n++;
            id = doc.id() + "#" + n;
        }
        nextSuffix.put(doc.id(), n + 1);
        return new SourceDocument(id, doc.url(), doc.title(), doc.author(), doc.published(), doc.text(),
                doc.origin());
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /** A regular file's bytes when it is within the file size limit; else the problem is reported. */
    private Optional<byte[]> readBounded(Path path, String origin) throws IOException {
        if (Files.isRegularFile(path) && Files.size(path) > limits.maxFileBytes()) {
            problems.accept(new InputProblem(origin, "file is " + Files.size(path) + " bytes, over the limit of "
                    + limits.maxFileBytes() + " (--max-file-bytes)"));
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] bytes = in.readNBytes((int) limits.maxFileBytes() + 1);
            if (bytes.length > limits.maxFileBytes()) {
                problems.accept(new InputProblem(origin, "file is over " + limits.maxFileBytes()
                        + " bytes, the limit (--max-file-bytes)"));
                return Optional.empty();
            }
            return Optional.of(bytes);
        }
    }

    /** What a file is read as, by its name. */
    enum Kind { TEXT, JSON_LINES, HTML, WARC, FEED, XML }

    static Kind kind(Path path) {
        return kind(lowerName(path));
    }

    /** What a file is read as, by its name (lower case). */
    static Kind kind(String name) {
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Kind.JSON_LINES;
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return Kind.HTML;
        }
        if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
            return Kind.WARC;
        }
        if (name.endsWith(".rss") || name.endsWith(".atom")) {
            return Kind.FEED;
        }
        if (name.endsWith(".xml")) {
            return Kind.XML;
        }
        return Kind.TEXT;
    }

    private static boolean isArticleFile(Path path) {
        return isArticleFile(lowerName(path));
    }

    /** Whether a directory walk reads a file of this name (lower case). */
    static boolean isArticleFile(String name) {
        Kind kind = kind(name);
        return kind == Kind.JSON_LINES || kind == Kind.HTML || kind == Kind.WARC || name.endsWith(".txt")
                || name.endsWith(".text");
    }

    /** Whether {@code arg} is an http(s) URL rather than a path. */
    static boolean isHttpUrl(String arg) {
        String lower = arg.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    private Fetcher fetcher() {
        if (fetcher == null) {
            fetcher = new HttpFetcher(limits);
        }
        return fetcher;
    }

    private static String lowerName(Path path) {
        Path name = path.getFileName();
        return name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    }

    /** The file name without its last extension: {@code a/b.c.txt} gives {@code b.c}. */
    static String baseName(Path path) {
        Path fileName = path.getFileName();
        return baseName(fileName == null ? path.toString() : fileName.toString());
    }

    /** A file name without its last extension. */
    static String baseName(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Compares name by name, so a directory's files and subdirectories sort together by their own names. */
    private static int compareByNames(Path a, Path b) {
        int n = Math.min(a.getNameCount(), b.getNameCount());
        for (int i = 0; i < n; i++) {
            int c = a.getName(i).toString().compareTo(b.getName(i).toString());
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.getNameCount(), b.getNameCount());
    }
}
