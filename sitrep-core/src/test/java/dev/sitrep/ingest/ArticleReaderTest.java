package dev.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitrep.model.SourceDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

    @TempDir
    Path dir;

    @Test
    void missingPathIsReportedAndTheNextArgumentIsRead() throws IOException {
        Path there = write("there.txt", "Present.");
        String missing = dir.resolve("nowhere.txt").toString();
        Ingested run = Ingested.read(missing, there.toString());
        assertEquals(List.of(missing + ": no such file or directory"), run.problemLines());
        assertEquals(List.of("there"), run.ids());
    }

    @Test
    void invalidPathIsAProblem() {
        Ingested run = Ingested.read("bad\0name.txt");
        assertEquals(1, run.problems.size());
        assertTrue(run.problems.get(0).reason().startsWith("not a valid path: "), run.problemLines().toString());
    }

    @Test
    void emptyArgumentIsNotTheCurrentDirectory() {
        assertEquals("\"\": empty path", Ingested.read("").onlyProblem());
    }

    @Test
    void directoryIsWalkedInNameOrderSkippingHiddenAndOtherFiles() throws IOException {
        Path root = Files.createDirectory(dir.resolve("in"));
        write("in/b.txt", "Bee.");
        write("in/a.jsonl", "{\"text\":\"One.\"}\n{\"text\":\"Two.\"}\n");
        write("in/a-b/c.text", "Sea.");
        write("in/a/z.TXT", "Zed.");
        write("in/a/y/x.ndjson", "{\"id\":\"deep\",\"text\":\"Deep.\"}\n");
        write("in/notes.md", "Not an article.");
        write("in/data.json", "{\"text\":\"Not JSON lines by name.\"}");
        write("in/.hidden.txt", "Hidden.");
        write("in/.git/HEAD.txt", "Hidden directory.");
        Ingested run = Ingested.read(root.toString());
        assertEquals(List.of(), run.problems);
        assertEquals(List.of("deep", "z", "c", "a-1", "a-2", "b"), run.ids());
        assertEquals(root.resolve("a/z.TXT").toString(), run.docs.get(1).origin());
    }

    @Test
    void directoryWithoutArticleFilesIsReported() throws IOException {
        Path root = Files.createDirectory(dir.resolve("pages"));
        write("pages/notes.md", "Not an article file.");
        write("pages/photo.png", "Not one either.");
        assertEquals(root + ": no article files in it (" + ArticleReader.DIRECTORY_FILES + ")",
                Ingested.read(root.toString()).onlyProblem());
    }

    @Test
    void directoryPicksUpPagesAndArchivesButNotFeeds() throws IOException {
        Path root = Files.createDirectory(dir.resolve("web"));
        Files.write(root.resolve("b-page.HTM"), HtmlArticlesTest.resource("harbour-ferry.html"));
        Files.write(root.resolve("a-crawl.warc.gz"), WarcReaderTest.gzip(WarcReaderTest.warc("response",
                "https://a.example/news/dam-inspection", "application/http; msgtype=response",
                WarcReaderTest.http("200 OK", "text/html", HtmlArticlesTest.resource("dam-inspection.html")))));
        write("web/c-feed.rss", "<rss><channel><item><title>Not read from a directory</title></item></channel></rss>");
        write("web/d.txt", "Plain.");
        Ingested run = Ingested.read(root.toString());
        assertEquals(List.of(), run.problems);
        assertEquals(List.of("dam-inspection", "harbour-ferry-resumes", "d"), run.ids());
        assertEquals(root.resolve("a-crawl.warc.gz") + ", gzip member at byte 0", run.docs.get(0).origin());
    }

    @Test
    void xmlIsAFeedOnlyWhenItsRootSaysSo() throws IOException {
        Path notes = write("notes.xml", "<notes><note>Kept as plain text, as before.</note></notes>");
        Path feed = write("news.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>T</title>"
                + "<description>" + HtmlArticlesTest.ARTICLE_SENTENCES + "</description></item></channel></rss>");
        Path broken = write("broken.rss", "<rss><channel><item>");
        Ingested run = Ingested.read(notes.toString(), feed.toString(), broken.toString());
        assertEquals(List.of("<notes><note>Kept as plain text, as before.</note></notes>",
                HtmlArticlesTest.ARTICLE_SENTENCES), run.docs.stream().map(SourceDocument::text).toList());
        assertEquals(List.of("notes", "news-1"), run.ids());
        assertEquals(feed + ":1", run.docs.get(1).origin());
        assertEquals(1, run.problems.size());
        assertTrue(run.problemLines().get(0).startsWith(broken + ": not a valid feed: XML error at line 1, column "),
                run.problemLines().get(0));
    }

    @Test
    void htmlFileOverTheSizeLimitIsRefusedUnread() throws IOException {
        Path page = write("big.html", "<p>" + "x".repeat(100) + "</p>");
        assertEquals(page + ": file is 107 bytes, over the limit of 100 (--max-file-bytes)",
                Ingested.read(new IngestLimits(1000, 100), page.toString()).onlyProblem());
    }

    @Test
    void argumentsAreReadInTheirOrderAndNamedFilesWhateverTheirExtension() throws IOException {
        Path notes = write("notes.md", "Named, so read as text.");
        Path lines = write("later.jsonl", "{\"id\":\"j\",\"text\":\"From lines.\"}\n");
        Path json = write("whole.json", "{\"text\":\"Named .json is plain text.\"}");
        Ingested run = Ingested.read(lines.toString(), notes.toString(), json.toString());
        assertEquals(List.of("j", "notes", "whole"), run.ids());
        assertEquals("{\"text\":\"Named .json is plain text.\"}", run.docs.get(2).text());
    }

    @Test
    void symbolicLinksToFilesAreReadAndToDirectoriesNot() throws IOException {
        Path root = Files.createDirectory(dir.resolve("root"));
        Path outside = Files.createDirectory(dir.resolve("outside"));
        write("outside/o.txt", "Outside.");
        try {
            Files.createSymbolicLink(root.resolve("link.txt"), outside.resolve("o.txt"));
            Files.createSymbolicLink(root.resolve("sub"), outside);
            Files.createSymbolicLink(root.resolve("broken.txt"), dir.resolve("gone.txt"));
            Files.createSymbolicLink(root.resolve("loop"), root);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links here: " + e);
        }
        Ingested run = Ingested.read(root.toString());
        assertEquals(List.of(), run.problems);
        assertEquals(List.of("link"), run.ids());
    }

    @Test
    void stdinStartingWithABraceIsJsonLines() {
        Ingested run = Ingested.stdin("\n  \n{\"text\":\"From a pipe.\"}\n{\"id\":\"p\",\"text\":\"Second.\"}\n");
        assertEquals(List.of(), run.problems);
        assertEquals(List.of("stdin-3", "p"), run.ids());
        assertEquals(List.of("<stdin>:3", "<stdin>:4"), run.docs.stream().map(SourceDocument::origin).toList());
    }

    @Test
    void stdinWithByteOrderMarkThenBraceIsJsonLines() {
        byte[] input = ("\uFEFF{\"text\":\"Marked.\"}\n").getBytes(StandardCharsets.UTF_8);
        Ingested run = Ingested.read(IngestLimits.defaults(), new ByteArrayInputStream(input), "-");
        assertEquals("Marked.", run.only().text());
    }

    @Test
    void otherStdinIsOnePlainTextArticle() {
        String text = "  A plain article.\n{\"text\":\"a brace later does not count\"}\n";
        SourceDocument doc = Ingested.stdin(text).only();
        assertEquals(new SourceDocument("stdin", null, null, null, null, text, "<stdin>"), doc);
    }

    @Test
    void emptyStdinAndStdinTwice() {
        assertEquals("<stdin>: empty input", Ingested.stdin("").onlyProblem());
        assertEquals("<stdin>: empty input", Ingested.stdin(" \n\n").onlyProblem());
        Ingested twice = Ingested.read(IngestLimits.defaults(),
                new ByteArrayInputStream("Once.".getBytes(StandardCharsets.UTF_8)), "-", "-");
        assertEquals(List.of("stdin"), twice.ids());
        assertEquals(List.of("<stdin>: standard input is named more than once; read it once"), twice.problemLines());
    }

    @Test
    void stdinJsonLinesAreStreamed() {
        int lines = 200_000;
        byte[] line = "{\"text\":\"Streaming, not slurping.\"}\n".getBytes(StandardCharsets.UTF_8);
        long total = (long) lines * line.length;
        long[] served = {0};
        InputStream generated = new InputStream() {
            @Override
            public int read() {
                if (served[0] == total) {
                    return -1;
                }
                return line[(int) (served[0]++ % line.length)];
            }
        };
        List<Long> servedAtDocument = new ArrayList<>();
        int[] count = {0};
        new ArticleReader(IngestLimits.defaults(), p -> { }, generated).read(List.of("-"), doc -> {
            if (count[0]++ == 0) {
                servedAtDocument.add(served[0]);
            }
        });
        assertEquals(lines, count[0]);
        assertTrue(servedAtDocument.get(0) < 1 << 20, "bytes read before the first article: " + servedAtDocument);
    }

    @Test
    void repeatedIdsGetSuffixesAcrossFiles() throws IOException {
        Path first = write("one/k.txt", "File k.");
        Path second = write("two/k.txt", "Another file k.");
        Path lines = write("ids.jsonl", "{\"id\":\"k\",\"text\":\"t\"}\n{\"id\":\"k#2\",\"text\":\"t\"}\n"
                + "{\"id\":\"k\",\"text\":\"t\"}\n");
        Ingested run = Ingested.read(first.toString(), second.toString(), lines.toString());
        assertEquals(List.of("k", "k#2", "k#3", "k#2#2", "k#4"), run.ids());
        assertEquals(new HashSet<>(run.ids()).size(), run.ids().size());
    }

    @Test
    void exceptionsFromTheConsumerEscape() throws IOException {
        Path file = write("a.txt", "Text.");
        ArticleReader reader = new ArticleReader(IngestLimits.defaults(), p -> { });
        assertThrows(IllegalStateException.class, () -> reader.read(List.of(file.toString()), doc -> {
            throw new IllegalStateException("downstream");
        }));
    }

    /** The seed article in ../shared/seed: its wire header and first paragraph. */
    @Test
    void seedArticleHeader() {
        Path seed = shared().resolve("seed/uawire-2022-01-10-canada-czech-military-support.txt");
        assumeTrue(Files.isRegularFile(seed), "no shared seed at " + seed);
        SourceDocument doc = Ingested.read(seed.toString()).only();
        assertEquals("uawire-2022-01-10-canada-czech-military-support", doc.id());
        assertEquals("Canada and Czech Republic strengthen military support for Ukraine", doc.title());
        assertEquals("2022-01-10T11:00:06", doc.published());
        assertTrue(doc.text().startsWith("Two more countries"), doc.text().substring(0, 40));
    }

    /** Every line of the shared development corpus reads cleanly, with its stated date. */
    @Test
    void sharedCorpusReadsWithoutProblems() throws IOException {
        Path corpus = shared().resolve("corpus/news-dev.jsonl");
        assumeTrue(Files.isRegularFile(corpus), "no shared corpus at " + corpus);
        List<String> dates = new ArrayList<>();
        ObjectMapper mapper = new ObjectMapper();
        for (String line : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode date = mapper.readTree(line).get("date");
                dates.add(date != null && date.isTextual() ? date.textValue() : null);
            }
        }
        Ingested run = Ingested.read(corpus.toString());
        assertEquals(List.of(), run.problems);
        assertEquals(dates, run.docs.stream().map(SourceDocument::published).toList());
        assertEquals(dates.size(), new HashSet<>(run.ids()).size());
    }

    static Path shared() {
        return Path.of(System.getProperty("sitrep.shared", "../../shared"));
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
