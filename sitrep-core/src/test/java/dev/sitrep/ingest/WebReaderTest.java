package dev.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.model.SourceDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Feeds, pages and URLs served by a real HTTP server on a loopback port. */
class WebReaderTest {

    private static final String LONG_SUMMARY = "The regional council voted on Thursday to keep the night ferry"
            + " running through the winter, reversing a decision taken in October. Councillors said the vote"
            + " followed a petition signed by more than two thousand island residents, many of them shift workers.";

    @TempDir
    Path dir;

    private TestWebServer server;
    private String ferry;
    private String dam;

    @BeforeEach
    void start() throws IOException {
        server = new TestWebServer();
        server.serve("/articles/harbour-ferry.html", "text/html; charset=utf-8",
                HtmlArticlesTest.resource("harbour-ferry.html"));
        server.serve("/articles/dam.html", "text/html", HtmlArticlesTest.resource("dam-inspection.html"));
        ferry = HtmlArticlesTest.resourceText("harbour-ferry.txt");
        dam = HtmlArticlesTest.resourceText("dam-inspection.txt");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void rssItemsBecomeArticlesWithTheirPagesText() {
        server.serve("/feed.rss", "application/rss+xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
                + "<channel>\n<title>The Coastal Ledger: Region</title>\n<link>" + server.url("/") + "</link>\n"
                + item("Ferry back after storm", server.url("/articles/harbour-ferry.html"), "ledger-1",
                        "Tue, 05 Mar 2024 08:45:00 GMT", "The ferry is back.")
                + item("Dam is sound", server.url("/articles/dam.html"), "ledger-2", "Wed, 12 Apr 2023 10:00:00 +0200",
                        "No cracks.")
                + item("Night ferry saved", server.url("/gone.html"), "ledger-3", "Thu, 07 Mar 2024 18:00:00 GMT",
                        "&lt;p&gt;" + LONG_SUMMARY + "&lt;/p&gt;")
                + item("Short and gone", server.url("/also-gone.html"), "ledger-4", "Fri, 08 Mar 2024 07:00:00 GMT",
                        "Only a line.")
                + "</channel>\n</rss>\n");
        String feedUrl = server.url("/feed.rss");
        Ingested run = read(feedUrl);
        assertEquals(List.of(ferry, dam, LONG_SUMMARY), run.docs.stream().map(SourceDocument::text).toList());
        SourceDocument first = run.docs.get(0);
        assertEquals("Ferry back after storm", first.title());
        assertEquals("2024-03-05T08:45:00Z", first.published());
        assertEquals("Marta Lindqvist", first.author());
        assertEquals(server.url("/articles/harbour-ferry.html"), first.url());
        assertEquals(feedUrl + ":6", first.origin());
        assertEquals("2023-04-12T10:00:00+02:00", run.docs.get(1).published());
        assertEquals(List.of("harbour-ferry", "dam", "gone"), run.ids());
        assertEquals(List.of(feedUrl + ":27: " + server.url("/also-gone.html") + ": HTTP 404 Not Found; the item has"
                + " only 12 characters of text of its own, fewer than 200"), run.problemLines());
        assertEquals(1, server.hits("/also-gone.html"));
    }

    @Test
    void aWatcherReadsOnlyTheItemsItHasNotSeen() throws IOException {
        String xml = "<rss version=\"2.0\"><channel><title>T</title>\n"
                + item("Ferry", server.url("/articles/harbour-ferry.html"), "seen-1", null, null)
                + item("Dam", server.url("/articles/dam.html"), "new-2", null, null) + "</channel></rss>";
        String feedUrl = server.url("/watched.rss");
        Feed feed = FeedParser.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), feedUrl, feedUrl,
                p -> { throw new AssertionError(p.toString()); }).orElseThrow();
        List<String> seen = List.of("seen-1");
        Feed fresh = new Feed(feed.format(), feed.title(), feed.link(),
                feed.items().stream().filter(i -> !seen.contains(i.key())).toList());
        Ingested run = new Ingested();
        IngestLimits limits = IngestLimits.defaults();
        new ArticleReader(limits, run.problems::add, new ByteArrayInputStream(new byte[0]),
                fetcher(limits, Duration.ofSeconds(10))).readFeed(fresh, feedUrl, run.docs::add);
        assertEquals(List.of(dam), run.docs.stream().map(SourceDocument::text).toList());
        assertEquals(List.of(feedUrl + ":7"), run.docs.stream().map(SourceDocument::origin).toList());
        assertEquals(0, server.hits("/articles/harbour-ferry.html"));
    }

    @Test
    void atomEntriesWithRelativeLinksAndInlineContent() {
        String xhtml = "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>" + LONG_SUMMARY + "</p><p>The ferry will run"
                + " &amp; stop at the new pier.</p></div>";
        server.serve("/feeds/region.atom", "application/atom+xml; charset=utf-8", "<?xml version=\"1.0\"?>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
                + "  <title>Region</title><id>urn:x-ledger:region</id><updated>2024-03-07T18:00:00Z</updated>\n"
                + "  <entry>\n"
                + "    <title type=\"html\">Ferry &lt;em&gt;back&lt;/em&gt;</title>\n"
                + "    <id>tag:ledger.example.org,2024:ferry</id>\n"
                + "    <link rel=\"edit\" href=\"/admin/ferry\"/>\n"
                + "    <link rel=\"alternate\" type=\"text/html\" href=\"../articles/harbour-ferry.html\"/>\n"
                + "    <published>2024-03-05T09:30:00+01:00</published><updated>2024-03-06T00:00:00Z</updated>\n"
                + "    <author><name>Marta L.</name></author>\n"
                + "  </entry>\n"
                + "  <entry>\n"
                + "    <title>Night ferry saved</title><id>tag:ledger.example.org,2024:night</id>\n"
                + "    <updated>2024-03-07T18:00:00Z</updated>\n"
                + "    <author><name>Per Olsen</name></author>\n"
                + "    <content type=\"xhtml\">" + xhtml + "</content>\n"
                + "  </entry>\n"
                + "</feed>\n");
        Ingested run = read(server.url("/feeds/region.atom"));
        assertEquals(List.of(), run.problems);
        assertEquals(List.of(ferry, LONG_SUMMARY + "\n\nThe ferry will run & stop at the new pier."),
                run.docs.stream().map(SourceDocument::text).toList());
        assertEquals("Ferry back", run.docs.get(0).title());
        assertEquals("2024-03-05T09:30:00+01:00", run.docs.get(0).published());
        assertEquals(server.url("/articles/harbour-ferry.html"), run.docs.get(0).url());
        assertEquals("Per Olsen", run.docs.get(1).author());
        assertEquals("2024-03-07T18:00:00Z", run.docs.get(1).published());
        assertEquals(null, run.docs.get(1).url());
        assertEquals("region-2", run.docs.get(1).id());
        assertEquals(0, server.hits("/admin/ferry"));
    }

    @Test
    void feedFileLinksAreFetchedToo() throws IOException {
        Path feed = Files.writeString(dir.resolve("saved.xml"), "<?xml version=\"1.0\"?><rss version=\"2.0\">"
                + "<channel><title>Saved</title>" + item("Dam", server.url("/articles/dam.html"), "d", null, null)
                + "<item><title>Relative</title><link>/articles/dam.html</link></item></channel></rss>");
        Ingested run = read(feed.toString());
        assertEquals(List.of(dam), run.docs.stream().map(SourceDocument::text).toList());
        assertEquals("Dam", run.docs.get(0).title());
        assertEquals(List.of(feed + ":6: the item has no link and no text of its own, fewer than 200"),
                run.problemLines());
    }

    @Test
    void invalidFeedsAreProblemsAndReadNothingElse() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        server.serve("/secret", "text/plain", "TOP-SECRET-CONTENT");
        server.serve("/page-as-feed", "application/rss+xml", "<!DOCTYPE html>\n<html><head><meta charset=utf-8>"
                + "<title>Not a feed</title></head><body><p>Hello</p></body></html>");
        server.serve("/broken.xml", "application/xml", "<?xml version=\"1.0\"?>\n<rss><channel>\n<item><title>One"
                + "</item></channel></rss>");
        server.serve("/xhtml.xml", "text/xml", "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "<body><p>Well-formed, but not a feed.</p></body></html>");
        for (String target : List.of(secret.toUri().toString(), server.url("/secret"))) {
            server.serve("/xxe-" + (target.startsWith("file") ? "file" : "http") + ".rss", "application/rss+xml",
                    "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY leak SYSTEM \"" + target + "\">\n]>\n"
                            + "<rss version=\"2.0\"><channel><title>&leak;</title><item><title>x</title>"
                            + "<description>&leak;</description></item></channel></rss>");
        }
        Ingested run = read(server.url("/page-as-feed"), server.url("/broken.xml"), server.url("/xhtml.xml"),
                server.url("/xxe-file.rss"), server.url("/xxe-http.rss"));
        assertEquals(List.of(), run.docs);
        List<String> problems = run.problemLines();
        assertEquals(5, problems.size(), problems::toString);
        assertEquals(server.url("/page-as-feed") + ": not an RSS or Atom feed: the root element is <html>",
                problems.get(0));
        assertTrue(problems.get(1).startsWith(server.url("/broken.xml") + ": not a valid feed: XML error at line 3, "),
                problems.get(1));
        assertTrue(problems.get(1).contains("must be terminated by the matching end-tag"), problems.get(1));
        assertEquals(server.url("/xhtml.xml") + ": not an RSS or Atom feed: the root element is <html>",
                problems.get(2));
        for (String problem : problems.subList(3, 5)) {
            assertTrue(problem.contains(": not a valid feed: XML error at line 5, column "), problem);
            assertTrue(problem.contains("The entity \"leak\" was referenced, but not declared."), problem);
            assertFalse(problem.contains("TOP-SECRET"), problem);
        }
        assertEquals(0, server.hits("/secret"));
    }

    @Test
    void htmlPageByUrlAfterARedirectWithGzip() throws IOException {
        byte[] page = HtmlArticlesTest.resource("harbour-ferry.html");
        server.serveGzipped("/zipped/ferry", "text/html; charset=utf-8", page);
        server.redirect("/short/ferry", "/zipped/ferry");
        SourceDocument doc = read(server.url("/short/ferry")).only();
        assertEquals(ferry, doc.text());
        assertEquals(server.url("/zipped/ferry"), doc.url());
        assertEquals(server.url("/short/ferry"), doc.origin());
        assertEquals("ferry", doc.id());
        assertTrue(server.userAgents.stream().allMatch(ua -> ua.startsWith("Sitrep/")), server.userAgents::toString);
    }

    @Test
    void notFoundRefusedAndOtherContent() throws IOException {
        TestWebServer closed = new TestWebServer();
        String refused = closed.url("/x");
        closed.close();
        server.serve("/logo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Ingested run = read(server.url("/missing.html"), refused, server.url("/logo.png"));
        assertEquals(List.of(
                server.url("/missing.html") + ": HTTP 404 Not Found",
                refused + ": connection refused by 127.0.0.1:" + refused.replaceAll(".*:(\\d+)/x", "$1"),
                server.url("/logo.png") + ": neither an HTML page nor a feed: Content-Type image/png"),
                run.problemLines());
    }

    @Test
    void unknownHostIsNamed() {
        String url = "http://no-such-host.invalid/news";
        assertEquals(url + ": host not found (DNS): no-such-host.invalid", read(url).onlyProblem());
    }

    @Test
    void bodiesOverTheCapAreCutOffAndRefused() throws InterruptedException {
        long fifty = 50_000_000L;
        AtomicLong written = new AtomicLong();
        AtomicBoolean finished = new AtomicBoolean();
        CountDownLatch done = new CountDownLatch(1);
        server.handle("/huge", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            byte[] chunk = "<p>filler text </p>\n".repeat(3277).getBytes(StandardCharsets.US_ASCII);
            try (OutputStream out = exchange.getResponseBody()) {
                while (written.get() < fifty) {
                    int n = (int) Math.min(chunk.length, fifty - written.get());
                    out.write(chunk, 0, n);
                    written.addAndGet(n);
                }
                finished.set(true);
            } catch (IOException e) {
                // the client hung up, as it should
            } finally {
                done.countDown();
            }
        });
        server.handle("/declared", exchange -> {
            exchange.sendResponseHeaders(200, fifty);
            exchange.getResponseBody().close();
        });
        IngestLimits limits = new IngestLimits(1_000_000, 2L << 20);
        Ingested run = read(limits, fetcher(limits, Duration.ofSeconds(20)), server.url("/huge"),
                server.url("/declared"));
        assertEquals(List.of(server.url("/huge") + ": too large: over 2097152 bytes, the limit (--max-file-bytes)",
                server.url("/declared") + ": too large: 50000000 bytes, over the limit of 2097152 (--max-file-bytes)"),
                run.problemLines());
        assertTrue(done.await(20, TimeUnit.SECONDS), "the server is still writing");
        assertFalse(finished.get(), "the whole body was sent: " + written.get());
        assertTrue(written.get() < fifty, written::toString);
    }

    @Test
    void slowServerTimesOut() {
        server.handle("/slow", exchange -> {
            try {
                Thread.sleep(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            TestWebServer.send(exchange, 200, "text/html", "<p>late</p>");
        });
        IngestLimits limits = IngestLimits.defaults();
        long start = System.nanoTime();
        Ingested run = read(limits, fetcher(limits, Duration.ofMillis(700)), server.url("/slow"));
        assertEquals(List.of(server.url("/slow") + ": timed out after 700 ms"), run.problemLines());
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(4), "took too long");
    }

    private static String item(String title, String link, String guid, String pubDate, String description) {
        return "<item>\n<title>" + title + "</title>\n<link>" + link + "</link>\n"
                + "<guid isPermaLink=\"false\">" + guid + "</guid>\n"
                + (pubDate == null ? "" : "<pubDate>" + pubDate + "</pubDate>\n")
                + (description == null ? "" : "<description>" + description + "</description>\n") + "</item>\n";
    }

    private static HttpFetcher fetcher(IngestLimits limits, Duration timeout) {
        return new HttpFetcher(limits, Duration.ofSeconds(5), timeout);
    }

    private static Ingested read(String... args) {
        IngestLimits limits = IngestLimits.defaults();
        return read(limits, fetcher(limits, Duration.ofSeconds(10)), args);
    }

    private static Ingested read(IngestLimits limits, Fetcher fetcher, String... args) {
        Ingested result = new Ingested();
        new ArticleReader(limits, result.problems::add, new ByteArrayInputStream(new byte[0]), fetcher)
                .read(Arrays.asList(args), result.docs::add);
        return result;
    }
}
