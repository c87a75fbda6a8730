package dev.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.model.InputProblem;
import dev.sitrep.model.SourceDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class HtmlArticlesTest {

    private static final HtmlArticles HTML = new HtmlArticles(IngestLimits.defaults());

    @TempDir
    Path dir;

    @Test
    void articlePageGivesExactlyItsParagraphsAndMetadata() throws IOException {
        SourceDocument doc = only(HtmlPage.of(resource("harbour-ferry.html"), "harbour-ferry.html"));
        assertEquals(resourceText("harbour-ferry.txt"), doc.text());
        assertEquals(5, doc.text().split("\n\n").length);
        assertEquals("Harbour ferry service resumes after storm repairs", doc.title());
        assertEquals("Marta Lindqvist", doc.author());
        assertEquals("2024-03-05T09:30:00+01:00", doc.published());
        assertEquals("https://ledger.example.org/region/2024/03/05/harbour-ferry-resumes.html", doc.url());
        assertEquals("harbour-ferry-resumes", doc.id());
        assertEquals("harbour-ferry.html", doc.origin());
    }

    @Test
    void divSoupWithoutArticleTagInADeclaredSingleByteCharset() throws IOException {
        HtmlPage page = HtmlPage.of(resource("dam-inspection.html"), "dam.html")
                .withUrl("https://www.valleycourier.example/news/local/2023/04/12/dam-inspection-finds-no-cracks");
        SourceDocument doc = only(page);
        assertEquals(resourceText("dam-inspection.txt"), doc.text());
        assertEquals("Dam inspection finds no cracks", doc.title());
        assertEquals("Tomas Berg", doc.author());
        assertEquals("2023-04-12", doc.published());
        assertEquals("dam-inspection-finds-no-cracks", doc.id());
    }

    @Test
    void aDeclaredCharsetFromTheServerWinsOverTheMetaTag() throws IOException {
        byte[] latin1 = ("<html><head><meta charset=\"utf-8\"><title>Caf\u00e9s</title></head><body><p>"
                + ARTICLE_SENTENCES + " The caf\u00e9 owners said so.</p></body></html>")
                .getBytes(StandardCharsets.ISO_8859_1);
        SourceDocument doc = only(HtmlPage.of(latin1, "x").withCharset("ISO-8859-1"));
        assertTrue(doc.text().endsWith("The caf\u00e9 owners said so."), doc.text());
        assertEquals("Caf\u00e9s", doc.title());
    }

    @Test
    void indexPageWithOnlyLinksIsAProblem() {
        StringBuilder html = new StringBuilder("<html><head><title>Region | The Coastal Ledger</title></head><body>"
                + "<nav><a href=/>Home</a> <a href=/region/>Region</a></nav><main><h1>Region</h1><ul>");
        for (int i = 0; i < 30; i++) {
            html.append("<li><a href=\"/region/story-").append(i).append(".html\">Council discusses plan number ")
                    .append(i).append(" for the harbour and the old town</a></li>");
        }
        html.append("</ul></main><footer>&copy; The Coastal Ledger</footer></body></html>");
        assertEquals("region.html: no article text: the page's 1976 characters of text are links, menus and "
                + "fragments (an index, navigation or error page?)", problem(HtmlPage.of(html.toString(),
                "region.html")));
    }

    @Test
    void indexPageWithTeasersIsAProblem() {
        StringBuilder html = new StringBuilder("<html><body><main>");
        for (int i = 0; i < 6; i++) {
            html.append("<article><h2><a href=\"/s").append(i).append("\">Headline number ").append(i)
                    .append(" about the council</a></h2><p>A short summary of story ").append(i)
                    .append(", which the council discussed at length on Tuesday, with a few details.</p></article>");
        }
        html.append("</main></body></html>");
        assertEquals("index.html: no article: the page lists 6 linked headlines (an index page?)",
                problem(HtmlPage.of(html.toString(), "index.html")));
    }

    @Test
    void errorPageIsAProblem() {
        String html = "<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1>"
                + "<p>The requested URL was not found on this server.</p></body></html>";
        assertEquals("e.html: no article text: the page has 57 characters of text, fewer than 200",
                problem(HtmlPage.of(html, "e.html")));
    }

    @Test
    void binaryJunkNamedHtmlIsAProblemThroughTheReader() throws IOException {
        byte[] junk = new byte[5000];
        new Random(7).nextBytes(junk);
        Path withNul = Files.write(dir.resolve("junk.html"), junk);
        byte[] noControls = junk.clone();
        for (int i = 0; i < noControls.length; i++) {
            noControls[i] = (byte) (0x21 + (noControls[i] & 0xFF) % 0x5E);
        }
        Path printable = Files.write(dir.resolve("printable.htm"), noControls);
        byte[] invalid = junk.clone();
        for (int i = 0; i < invalid.length; i++) {
            invalid[i] = (byte) ((i % 7 == 0) ? ' ' : 0x80 | (invalid[i] & 0x3F));
        }
        Path highBytes = Files.write(dir.resolve("high.html"), invalid);
        Ingested run = Ingested.read(withNul.toString(), printable.toString(), highBytes.toString());
        assertEquals(List.of(), run.docs);
        List<String> problems = run.problemLines();
        assertEquals(withNul + ": binary data, not an HTML page", problems.get(0));
        assertTrue(problems.get(1).startsWith(printable + ": not readable text: only "), problems.get(1));
        assertTrue(problems.get(2).startsWith(highBytes + ": not readable text: "), problems.get(2));
        assertEquals(3, problems.size());
    }

    @Test
    void emptyAndOversizedPages() {
        assertEquals("e: empty page", problem(HtmlPage.of(new byte[0], "e")));
        HtmlArticles small = new HtmlArticles(new IngestLimits(100, 1000));
        List<InputProblem> problems = new ArrayList<>();
        small.read(HtmlPage.of("<p>" + "x ".repeat(600) + "</p>", "big"), problems::add);
        small.read(HtmlPage.of("<p>" + ARTICLE_SENTENCES + "</p>", "long"), problems::add);
        assertEquals(List.of("big: page is 1207 bytes, over the limit of 1000 (--max-file-bytes)",
                "long: article is " + ARTICLE_SENTENCES.length() + " characters, over the limit of 100"
                        + " (--max-article-chars)"),
                problems.stream().map(InputProblem::toString).toList());
    }

    @Test
    void fallbackIdDateAndNoUrl() {
        HtmlPage page = HtmlPage.of("<html><body><p>" + ARTICLE_SENTENCES + "</p></body></html>", "f.html")
                .withFallbackId("saved-page").withFallbackPublished("2021-06-01T08:00:00Z");
        SourceDocument doc = only(page);
        assertEquals("saved-page", doc.id());
        assertNull(doc.url());
        assertNull(doc.title());
        assertNull(doc.author());
        assertEquals("2021-06-01T08:00:00Z", doc.published());
        assertEquals(ARTICLE_SENTENCES, doc.text());
    }

    @Test
    void metadataFromMetaTagsMicrodataAndTime() {
        String html = "<html><head><meta property=\"og:title\" content=\"Talks resume - Ledger\">"
                + "<meta property=\"og:site_name\" content=\"Ledger\">"
                + "<meta property=\"article:published_time\" content=\"2024-01-02 10:00:00+0100\">"
                + "<meta property=\"article:author\" content=\"https://ledger.example/staff/x\">"
                + "</head><body><article><p class=\"author\">BY Kari Nilsen, Ledger staff</p>"
                + "<p>" + ARTICLE_SENTENCES + "</p></article></body></html>";
        SourceDocument doc = only(HtmlPage.of(html, "m"));
        assertEquals("Talks resume", doc.title());
        assertEquals("Kari Nilsen, Ledger staff", doc.author());
        assertEquals("2024-01-02T10:00:00+01:00", doc.published());
        assertEquals(ARTICLE_SENTENCES, doc.text());
    }

    /** Regression: link shares were counted per element over its subtree, cubic time on deep nesting. */
    @Test
    @Timeout(30)
    void deeplyNestedMarkupTakesLinearTime() {
        int depth = 20_000;
        StringBuilder html = new StringBuilder("<html><body>");
        for (int i = 0; i < depth; i++) {
            html.append("<div class=\"comment\">Some words here, with a comma, and a <a href=\"/x\">link</a>. ");
        }
        html.append("</div>".repeat(depth)).append("</body></html>");
        List<InputProblem> problems = new ArrayList<>();
        Optional<SourceDocument> doc = HTML.read(HtmlPage.of(html.toString(), "deep"), problems::add);
        assertTrue(doc.isPresent() || !problems.isEmpty());
    }

    @Test
    void titlesLoseObviousSiteNames() {
        assertEquals("Bridge reopens after repairs", PageMetadata.cleanTitle(
                "Bridge reopens after repairs | Daily Example", null, null, null));
        assertEquals("Bridge reopens after repairs", PageMetadata.cleanTitle(
                "Daily Example \u2014 Bridge reopens after repairs", "Daily Example", null, null));
        assertEquals("Bridge reopens after repairs", PageMetadata.cleanTitle(
                "Bridge reopens after repairs - The Daily Example", null, null, "https://www.dailyexample.org/x"));
        assertEquals("Bridge reopens", PageMetadata.cleanTitle(
                "Bridge reopens - repairs done | News", null, "Bridge reopens", null));
        assertEquals("Vote - what happens next", PageMetadata.cleanTitle(
                "Vote - what happens next", null, null, null));
        assertEquals("Bridge reopens after repairs | Local Politics Desk Weekly", PageMetadata.cleanTitle(
                "Bridge reopens after repairs | Local Politics Desk Weekly", null, null, null));
    }

    @Test
    void idsFromUrls() {
        assertEquals("bridge-reopens", HtmlArticles.idFromUrl("https://a.example/world/2024/bridge-reopens.html"));
        assertEquals("world-12345", HtmlArticles.idFromUrl("https://a.example/world/12345?ref=rss"));
        assertEquals("bridge", HtmlArticles.idFromUrl("https://a.example/bridge/index.html"));
        assertEquals("a.example", HtmlArticles.idFromUrl("https://www.a.example/"));
        assertEquals("caf\u00e9-owners", HtmlArticles.idFromUrl("https://a.example/Caf%C3%A9%20Owners/"));
        assertNull(HtmlArticles.idFromUrl(null));
    }

    @Test
    void datesAreMadeIso() {
        assertEquals("2024-03-05", Dates.iso(" 2024-03-05 "));
        assertEquals("2024-03-05T10:00:00Z", Dates.iso("2024-03-05T10:00:00Z"));
        assertEquals("2024-03-05T10:00+02:00", Dates.iso("2024-03-05 10:00 +0200"));
        assertEquals("2024-03-05T10:00:00Z", Dates.iso("2024-03-05 10:00:00 UTC"));
        assertEquals("2024-03-05T10:00:00Z", Dates.iso("Tue, 05 Mar 2024 10:00:00 GMT"));
        assertEquals("2024-03-05T10:00:00-05:00", Dates.iso("Tue, 5 Mar 2024 10:00:00 -0500"));
        assertEquals("2024-03-05T10:00:00Z", Dates.iso("5 Mar 2024 10:00 GMT"));
        assertNull(Dates.iso("last Tuesday"));
        assertNull(Dates.iso("2024-02-30"));
        assertNull(Dates.iso(null));
    }

    static final String ARTICLE_SENTENCES = "The council met on Tuesday to discuss the harbour. Members agreed, after"
            + " a long debate, to repair the pier before the summer, and to ask the regional government for help"
            + " with the cost of the work, which engineers put at two million.";

    private static SourceDocument only(HtmlPage page) {
        List<InputProblem> problems = new ArrayList<>();
        Optional<SourceDocument> doc = HTML.read(page, problems::add);
        assertEquals(List.of(), problems);
        return doc.orElseThrow();
    }

    private static String problem(HtmlPage page) {
        List<InputProblem> problems = new ArrayList<>();
        Optional<SourceDocument> doc = HTML.read(page, problems::add);
        assertEquals(Optional.empty(), doc.map(SourceDocument::text));
        assertEquals(1, problems.size(), problems::toString);
        return problems.get(0).toString();
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = HtmlArticlesTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("no test resource " + name);
            }
            return in.readAllBytes();
        }
    }

    static String resourceText(String name) throws IOException {
        return new String(resource(name), StandardCharsets.UTF_8).strip();
    }
}
