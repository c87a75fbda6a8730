package dev.sitrep.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.ingest.ArticleReader;
import dev.sitrep.ingest.IngestLimits;
import dev.sitrep.model.Article;
import dev.sitrep.model.InputProblem;
import dev.sitrep.model.SourceDocument;
import dev.sitrep.pipeline.Analyzer;
import dev.sitrep.pipeline.ArticleRejected;
import dev.sitrep.store.Filter;
import dev.sitrep.store.Keys;
import dev.sitrep.store.Queries;
import dev.sitrep.store.Rows;
import dev.sitrep.store.Schema;
import dev.sitrep.store.Store;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in Spark's local mode on two cores, against the embedded pipeline on the same input: the Parquet tables
 * hold exactly the rows a store gets from {@code Analyzer} and {@code Store.addAll} (in the job's order), bad
 * records land in {@code rejects}, and {@code Store.importParquet} of the output answers queries as the store does.
 */
class SparkJobTest {

    private static SparkSession spark;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("sitrep-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void theCorpusGivesTheTablesTheEmbeddedPipelineGives() throws Exception {
        Path corpus = shared().resolve("corpus/news-dev.jsonl");
        Assumptions.assumeTrue(Files.isRegularFile(corpus), "corpus absent: " + corpus);
        Path out = tmp.resolve("out");
        // splits of 64 KiB: the corpus is read by several tasks, each from the middle of a line
        Job.Report report = Job.run(spark, JobSettings.of(List.of(corpus.toString()), out.toString())
                .withSplitBytes(64 << 10).withPartitions(4));
        Embedded expected = embedded(tmp.resolve("store"), corpus);
        assertTrue(Files.size(corpus) > 3 * (64 << 10), "the corpus is read in several splits");
        assertEquals(expected.problems(), List.of());
        assertEquals(expected.stored(), report.articles(), report.toString());
        assertEquals(0, report.rejected(), report.toString());
        assertTrue(report.modelLoads() <= 1, "one analyzer for the JVM, whatever the tasks: " + report);
        assertSameTables(expected.dir(), out);
        assertTrue(count(out, "events") > 100 && count(out, "quotes") > 100, "the corpus has events and quotes");
    }

    @Test
    void webArchivesAndBadRecordsGiveTheSameTablesAndRejectsAndImportAnswersTheSame() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.write(in.resolve("news.warc.gz"), warc(true));
        Files.write(in.resolve("plain.warc"), warc(false));
        Files.writeString(in.resolve("wire.jsonl"), "{\"id\":\"w1\",\"published\":\"2024-03-04\",\"url\":"
                + "\"https://wire.example/w1\",\"text\":\"" + NARVA.replace("Friday", "Monday") + "\"}\n"
                + "{\"id\":\"broken\",\"text\":\n"
                + "{\"id\":\"de\",\"text\":\"" + GERMAN + "\"}\n");
        Path out = tmp.resolve("out");
        Job.Report report = Job.run(spark, JobSettings.of(List.of(in.toString()), out.toString()));

        Embedded expected = embedded(tmp.resolve("store"), in);
        assertSameTables(expected.dir(), out);
        assertEquals(expected.stored(), report.articles(), report.toString());
        assertTrue(report.duplicates() >= 3, "the plain WARC repeats the gzipped one: " + report);

        List<String> rejects = rows(out, "SELECT regexp_replace(origin, '^.*/', '') || ' | ' || coalesce(CAST(line AS "
                + "VARCHAR), '-') || ' | ' || coalesce(CAST(byte_offset AS VARCHAR), '-') || ' | ' || stage || ' | ' "
                + "|| reason FROM read_parquet('" + out.resolve("rejects") + "/*.parquet') ORDER BY 1");
        assertEquals(expected.problems().size(), rejects.size(), rejects + " vs " + expected.problems());
        assertTrue(rejects.stream().anyMatch(r -> r.startsWith("wire.jsonl:2 | 2 | - | read | not valid JSON")),
                rejects.toString());
        assertTrue(rejects.stream().anyMatch(r -> r.startsWith("wire.jsonl:3 (article de) | 3 | - | analyse | ")),
                rejects.toString());
        assertTrue(rejects.stream().anyMatch(r -> r.matches("plain\\.warc at byte \\d+ \\| - \\| \\d+ \\| read \\| "
                + "truncated record.*")), rejects.toString());
        assertTrue(rejects.stream().anyMatch(r -> r.matches("news\\.warc\\.gz, gzip member at byte \\d+ \\| - \\| "
                + "\\d+ \\| read \\| truncated record.*")), rejects.toString());

        Path imported = tmp.resolve("imported");
        try (Store store = Store.open(imported)) {
            Store.Imported result = store.importParquet(out);
            assertEquals(new Store.Imported(report.articles(), report.articles(), 0), result);
        }
        assertSameStores(expected.dir(), imported);
        try (Store direct = Store.open(expected.dir()); Store fromSpark = Store.open(imported)) {
            Queries a = direct.queries();
            Queries b = fromSpark.queries();
            Filter all = Filter.all().withPage(1000, 0);
            assertEquals(a.events(all), b.events(all));
            assertEquals(a.quotes(all), b.quotes(all));
            assertEquals(a.actors(all), b.actors(all));
            assertEquals(a.timeline(Filter.all(), "day"), b.timeline(Filter.all(), "day"));
            assertEquals(a.search("drone", false, null, null, 10).column("article_id"),
                    b.search("drone", false, null, null, 10).column("article_id"));
            assertTrue(b.search("drone", false, null, null, 10).size() > 0, "the index caught up after the import");
        }
    }

    @Test
    void knowledgeBaseFilesReachTheExecutors() throws Exception {
        Path kb = Files.createDirectories(tmp.resolve("kb"));
        Files.writeString(kb.resolve("offices-test.tsv"), "# person\tvariants\toffice\tof\tsector\tfrom\tto\tid\n"
                + "Ilse Varga\t\tSpecial Envoy for the Arctic\tNOR\tGOV\t2023-01-01\t\t\n"
                + "a line that is no term\n");
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.jsonl"), "{\"id\":\"a\",\"published\":\"2024-03-04\",\"text\":\"Ilse Varga "
                + "said on Monday that the talks in Tromso would go on.\"}\n");
        Path out = tmp.resolve("out");
        Job.Report report = Job.run(spark, JobSettings.of(List.of(in.toString()), out.toString())
                .withKb(List.of(kb.toString())));
        assertEquals(1, report.articles(), report.toString());
        assertEquals(List.of("Special Envoy for the Arctic | NOR"), rows(out, "SELECT array_to_string(titles, ';') "
                + "|| ' | ' || affiliation FROM read_parquet('" + out.resolve("entities") + "/**/*.parquet') "
                + "WHERE name = 'Ilse Varga'"));
    }

    @Test
    void theMainClassShowsHelpAndRefusesBadOptions() {
        assertEquals(0, SitrepJob.run("--help"));
        assertEquals(2, SitrepJob.run("--out", "/tmp/x"));
        assertEquals(2, SitrepJob.run("--out", "/tmp/x", "--split-mb", "0", "in.jsonl"));
    }

    // ---- the embedded pipeline on the same input --------------------------------------------------------------

    /** The store the embedded pipeline builds, how many articles it stored, and the input problems it met. */
    record Embedded(Path dir, long stored, List<String> problems) {
    }

    /**
     * Reads {@code input} as {@code sitrep ingest} does, keeps the first of each text, analyses it, and stores
     * what was analysed in (published, article_id) order: the order the job numbers articles in.
     */
    static Embedded embedded(Path dir, Path input) {
        List<SourceDocument> docs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        new ArticleReader(IngestLimits.defaults(), p -> problems.add(p.toString()))
                .read(List.of(input.toString()), docs::add);
        Analyzer analyzer = Analyzers.get(JobSettings.of(List.of("x"), "y").nlp(),
                JobSettings.of(List.of("x"), "y").limits(), List.of()).analyzer();
        Set<String> seen = new HashSet<>();
        List<Article> articles = new ArrayList<>();
        for (SourceDocument d : docs) {
            if (seen.add(Keys.articleId(d.text()))) {
                try {
                    articles.add(analyzer.analyze(d));
                } catch (ArticleRejected e) {
                    problems.add(new InputProblem(d.origin(), e.getMessage()).toString());
                }
            }
        }
        articles.sort(Comparator.comparing((Article a) -> a.source().published(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(a -> Keys.articleId(a.text())));
        try (Store store = Store.open(dir)) {
            store.addAll(articles);
        }
        return new Embedded(dir, articles.size(), problems);
    }

    // ---- comparing tables -----------------------------------------------------------------------------------

    /** Every table of the store and of the job's output holds the same rows, but for when they were stored. */
    static void assertSameTables(Path store, Path out) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
            st.execute("ATTACH '" + store.resolve("sitrep.duckdb") + "' AS s (READ_ONLY)");
            for (String table : tables()) {
                String cols = columns(table);
                String parquet = "read_parquet('" + out.resolve(table) + "/**/*.parquet', hive_partitioning = true)";
                assertSame(st, table, "SELECT " + cols + " FROM s." + table, "SELECT " + cols + " FROM " + parquet);
            }
        }
    }

    /** Every table of two stores holds the same rows, but for when they were stored. */
    private static void assertSameStores(Path expected, Path actual) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
            st.execute("ATTACH '" + expected.resolve("sitrep.duckdb") + "' AS e (READ_ONLY)");
            st.execute("ATTACH '" + actual.resolve("sitrep.duckdb") + "' AS a (READ_ONLY)");
            for (String table : tables()) {
                String cols = columns(table);
                assertSame(st, table, "SELECT " + cols + " FROM e." + table, "SELECT " + cols + " FROM a." + table);
            }
        }
    }

    private static void assertSame(Statement st, String table, String expected, String actual) throws SQLException {
        long e = count(st, "SELECT count(*) FROM (" + expected + ")");
        long a = count(st, "SELECT count(*) FROM (" + actual + ")");
        List<String> missing = firstRows(st, expected + " EXCEPT ALL " + actual);
        List<String> extra = firstRows(st, actual + " EXCEPT ALL " + expected);
        assertTrue(missing.isEmpty() && extra.isEmpty() && e == a, table + ": " + e + " rows expected, " + a
                + " written; missing " + missing + "; extra " + extra);
    }

    private static List<String> tables() {
        List<String> all = new ArrayList<>(Rows.ARTICLE_TABLES);
        all.addAll(Rows.MERGED_TABLES);
        return all;
    }

    /** The columns of a table but {@code ingested_at}, with the day partition read as a date. */
    private static String columns(String table) {
        return Schema.columns(table).stream().filter(c -> !c.name().equals("ingested_at"))
                .map(c -> c.name().equals("day") ? "TRY_CAST(day AS DATE) AS day" : c.name())
                .collect(Collectors.joining(", "));
    }

    private static List<String> firstRows(Statement st, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = st.executeQuery(sql + " LIMIT 3")) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder b = new StringBuilder("(");
                for (int i = 1; i <= Math.min(n, 8); i++) {
                    String v = rs.getString(i);
                    b.append(i > 1 ? ", " : "").append(v != null && v.length() > 40 ? v.substring(0, 40) + "..." : v);
                }
                rows.add(b.append(")").toString());
            }
        }
        return rows;
    }

    private static long count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long count(Path out, String table) throws SQLException {
        return Long.parseLong(rows(out, "SELECT count(*) FROM read_parquet('" + out.resolve(table)
                + "/**/*.parquet')").get(0));
    }

    private static List<String> rows(Path out, String sql) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
            return rows;
        }
    }

    static Path shared() {
        Path p = Path.of(System.getProperty("sitrep.shared", "../../shared"));
        Assumptions.assumeTrue(Files.isDirectory(p), "shared data folder absent: " + p);
        return p;
    }

    // ---- a small web archive ---------------------------------------------------------------------------------

    private static final String NARVA = "Estonia summoned the Russian ambassador on Friday after a drone crashed "
            + "near the border town of Narva, the foreign ministry in Tallinn said. Foreign Minister Liis Kask said "
            + "the incident was unacceptable. \\\"We will not accept violations of our airspace,\\\" she told "
            + "reporters.";

    private static final String GERMAN = "Die Bundesregierung hat am Montag beschlossen, die Hilfe f\u00fcr die "
            + "Ukraine auszuweiten. Der Verteidigungsminister sagte, dass weitere Lieferungen noch in diesem Jahr "
            + "folgen w\u00fcrden, und die Opposition kritisierte die Entscheidung als zu sp\u00e4t. Nach Angaben "
            + "des Ministeriums sollen zudem neue Gespr\u00e4che mit den Partnern in Polen und Litauen beginnen, "
            + "damit die Lieferungen schneller an der Grenze ankommen und die Kosten gerecht verteilt werden.";

    private static final String[] PAGES = {
        "Tallinn summons envoy", "<p>Estonia summoned the Russian ambassador on Friday after a drone crashed near the "
            + "border town of Narva, the foreign ministry in Tallinn said.</p><p>Foreign Minister Liis Kask said the "
            + "incident was unacceptable. \"We will not accept violations of our airspace,\" she told reporters.</p>",
        "Poland and Lithuania drill", "<p>Poland and Lithuania began joint military drills near the Suwalki Gap on "
            + "Monday, the defence ministries said. About 2,000 troops take part.</p><p>Lithuanian Defence Minister "
            + "Laurynas Kasciunas said the exercise showed that the allies would defend every inch of their "
            + "territory.</p>",
        "Grain commission", "<p>Ukraine and Poland agreed on Tuesday to set up a joint commission on grain transit, "
            + "Agriculture Minister Oleh Savchuk said in Kyiv.</p><p>The commission would meet every two weeks and "
            + "publish its findings, he said. Poland will also send 40 trucks of humanitarian aid to Ukraine.</p>",
    };

    /**
     * A web archive of the pages, one a record, each twice under two URLs (copies the job must drop), the first
     * with a line added (a near-copy: the same story), and a last record cut short; gzipped per record, as Common
     * Crawl writes them, or plain.
     */
    private static byte[] warc(boolean gzip) throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        int n = 0;
        for (int i = 0; i < PAGES.length; i += 2) {
            String html = "<!doctype html><html><head><title>" + PAGES[i] + "</title><meta name=\"date\" content="
                    + "\"2024-03-0" + (2 + i / 2) + "\"></head><body><article><h1>" + PAGES[i] + "</h1>"
                    + PAGES[i + 1] + "</article></body></html>";
            record(file, "https://news.example/" + (gzip ? "gz-" : "") + "story-" + n++, html, gzip);
            if (i == 0) {
                record(file, "https://other.example/story-" + n++, html.replace("</article>",
                        "<p>Reporting by the Baltic desk.</p></article>"), gzip);
            }
        }
        byte[] cut = ("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/cut\r\n"
                + "Content-Type: application/http; msgtype=response\r\nContent-Length: 5000\r\n\r\nHTTP/1.1 200 OK\r\n")
                .getBytes(StandardCharsets.UTF_8);
        write(file, cut, gzip);
        return file.toByteArray();
    }

    private static void record(ByteArrayOutputStream file, String uri, String html, boolean gzip)
            throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length
                + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream r = new ByteArrayOutputStream();
        r.write(("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri + "\r\nWARC-Date: 2024-03-02T10:00:00Z"
                + "\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: "
                + (http.length + body.length) + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        r.write(http);
        r.write(body);
        r.write("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        write(file, r.toByteArray(), gzip);
    }

    private static void write(ByteArrayOutputStream file, byte[] record, boolean gzip) throws IOException {
        if (!gzip) {
            file.write(record);
            return;
        }
        try (OutputStream z = new GZIPOutputStream(file)) {
            z.write(record);
        }
    }
}
