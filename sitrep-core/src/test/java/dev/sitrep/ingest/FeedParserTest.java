package dev.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.model.InputProblem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedParserTest {

    @TempDir
    Path dir;

    @Test
    void rss2ItemsWithEveryField() {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                + " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">\n"
                + "<channel>\n"
                + "  <title>Ledger &amp; Co</title>\n"
                + "  <link>https://ledger.example.org/</link>\n"
                + "  <description>Regional news</description>\n"
                + "  <item>\n"
                + "    <title>Pier &lt;b&gt;rebuilt&lt;/b&gt;</title>\n"
                + "    <link>https://ledger.example.org/pier.html</link>\n"
                + "    <guid isPermaLink=\"false\">ledger-991</guid>\n"
                + "    <pubDate>Tue, 05 Mar 2024 08:45:00 +0100</pubDate>\n"
                + "    <author>desk@ledger.example.org (Marta Lindqvist)</author>\n"
                + "    <description><![CDATA[<p>First <a href=\"/x\">line</a>, said so.</p><p>Second.</p>"
                + "<p><a href=\"/more\">Read more</a></p>]]></description>\n"
                + "    <content:encoded>&lt;p&gt;Full text.&lt;/p&gt;&lt;script&gt;x()&lt;/script&gt;"
                + "</content:encoded>\n"
                + "    <category>Region</category>\n"
                + "  </item>\n"
                + "  <item><title>Only a permalink</title><guid>https://ledger.example.org/p2.html</guid>"
                + "<dc:date>2024-03-06T10:00:00Z</dc:date><dc:creator>Per Olsen</dc:creator></item>\n"
                + "</channel>\n</rss>\n";
        Feed feed = parse(xml, null);
        assertEquals(Feed.Format.RSS, feed.format());
        assertEquals("Ledger & Co", feed.title());
        assertEquals("https://ledger.example.org/", feed.link());
        assertEquals(List.of(
                new FeedItem("ledger-991", "https://ledger.example.org/pier.html", "Pier rebuilt",
                        "2024-03-05T08:45:00+01:00", "Marta Lindqvist", "First line, said so.\n\nSecond.",
                        "Full text.", 7),
                new FeedItem("https://ledger.example.org/p2.html", "https://ledger.example.org/p2.html",
                        "Only a permalink", "2024-03-06T10:00:00Z", "Per Olsen", null, null, 17)),
                feed.items());
        assertEquals("First line, said so.\n\nSecond.", feed.items().get(0).text());
    }

    @Test
    void atomEntriesLinksDatesAndTextConstructs() {
        String xml = "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\">\n"
                + "<title type=\"text\">Region</title>\n"
                + "<link rel=\"self\" href=\"https://ledger.example.org/region.atom\"/>\n"
                + "<link href=\"https://ledger.example.org/region/\"/>\n"
                + "<entry>\n"
                + "  <id>tag:ledger.example.org,2024:1</id>\n"
                + "  <title>Ferry</title>\n"
                + "  <link rel=\"enclosure\" href=\"/audio/ferry.mp3\"/>\n"
                + "  <link rel=\"alternate\" href=\"ferry.html\"/>\n"
                + "  <updated>2024-03-06T00:00:00Z</updated>\n"
                + "  <summary>  Plain   summary  text.  </summary>\n"
                + "  <content type=\"video/mp4\" src=\"https://media.example.org/ferry.mp4\"/>\n"
                + "  <author><name>Marta L.</name><email>m@ledger.example.org</email></author>\n"
                + "</entry>\n"
                + "<entry><id>tag:ledger.example.org,2024:2</id><title type=\"xhtml\"><div"
                + " xmlns=\"http://www.w3.org/1999/xhtml\">A <b>bold</b> title</div></title>"
                + "<content type=\"html\">&lt;p&gt;One&lt;/p&gt;&lt;p&gt;Two&lt;/p&gt;</content></entry>\n"
                + "</feed>";
        Feed feed = parse(xml, "https://ledger.example.org/feeds/region.atom");
        assertEquals(Feed.Format.ATOM, feed.format());
        assertEquals("https://ledger.example.org/region/", feed.link());
        FeedItem first = feed.items().get(0);
        assertEquals("https://ledger.example.org/feeds/ferry.html", first.link());
        assertEquals("2024-03-06T00:00:00Z", first.published());
        assertEquals("Plain   summary  text.", first.summary());
        assertNull(first.content());
        assertEquals("Marta L.", first.author());
        FeedItem second = feed.items().get(1);
        assertEquals("A bold title", second.title());
        assertEquals("One\n\nTwo", second.content());
        assertNull(second.link());
        assertEquals("tag:ledger.example.org,2024:2", second.key());
        assertNull(parse(xml, null).items().get(0).link(), "a relative link without a base is dropped");
    }

    @Test
    void rss1Items() {
        String xml = "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
                + " xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
                + "<channel rdf:about=\"https://ledger.example.org/\"><title>Ledger</title>"
                + "<link>https://ledger.example.org/</link></channel>\n"
                + "<item rdf:about=\"https://ledger.example.org/a\"><title>A</title>"
                + "<link>https://ledger.example.org/a</link><dc:date>2024-03-05</dc:date></item>\n"
                + "</rdf:RDF>";
        Feed feed = parse(xml, null);
        assertEquals(Feed.Format.RSS_1, feed.format());
        assertEquals("Ledger", feed.title());
        assertEquals(List.of(new FeedItem(null, "https://ledger.example.org/a", "A", "2024-03-05", null, null, null,
                3)), feed.items());
    }

    @Test
    void itemKeys() {
        assertEquals("g", new FeedItem("g", "l", "t", "p", null, null, null, 1).key());
        assertEquals("l", new FeedItem(null, "l", "t", "p", null, null, null, 1).key());
        assertEquals("t|2024-01-01", new FeedItem(null, null, "t", "2024-01-01", null, null, null, 1).key());
        assertNull(new FeedItem(null, null, null, null, null, "s", null, 1).key());
    }

    @Test
    void formatByRootElement() {
        assertEquals(Optional.of(Feed.Format.RSS), FeedParser.format(bytes("<?xml version=\"1.0\"?><!-- c -->"
                + "<rss version=\"2.0\"><channel/></rss>")));
        assertEquals(Optional.of(Feed.Format.ATOM),
                FeedParser.format(bytes("<feed xmlns=\"http://www.w3.org/2005/Atom\">")));
        assertEquals(Optional.empty(), FeedParser.format(bytes("<opml version=\"2.0\"/>")));
        assertEquals(Optional.empty(), FeedParser.format(bytes("not xml")));
        assertEquals(Optional.empty(), FeedParser.format(new byte[0]));
    }

    @Test
    void notFeedsAreProblemsWithLineAndColumn() {
        assertEquals("f: not a valid feed: XML error at line 1, column 1: Content is not allowed in prolog.",
                problem("just some text"));
        assertTrue(problem("").startsWith("f: not a valid feed: XML error at line 1, column 1: Premature end of"),
                problem(""));
        assertEquals("f: not an RSS or Atom feed: the root element is <opml>",
                problem("<?xml version=\"1.0\"?>\n<opml version=\"2.0\"><body/></opml>"));
        assertEquals("f: not a valid feed: XML error at line 2, column 21: The entity \"nbsp\" was referenced, but not"
                + " declared.", problem("<rss><channel>\n<item><title>A&nbsp;B</title></item></channel></rss>"));
    }

    @Test
    void entitiesAreNeverExpandedNorFilesRead() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        String external = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<rss><channel><item><title>&x;</title></item></channel></rss>";
        String laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>\n"
                + "<rss><channel><item><title>&c;</title></item></channel></rss>";
        String externalDtd = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss SYSTEM \"" + secret.toUri() + "\">\n"
                + "<rss><channel><item><title>Fine</title></item></channel></rss>";
        String first = problem(external);
        assertTrue(first.startsWith("f: not a valid feed: XML error at line 3, column "), first);
        assertFalse(first.contains("TOP-SECRET"), first);
        assertTrue(problem(laughs).contains("The entity \"c\" was referenced, but not declared."), problem(laughs));
        assertEquals("Fine", parse(externalDtd, null).items().get(0).title(), "a DOCTYPE alone is not read");
    }

    private static Feed parse(String xml, String base) {
        List<InputProblem> problems = new ArrayList<>();
        Optional<Feed> feed = FeedParser.parse(new ByteArrayInputStream(bytes(xml)), "f", base, problems::add);
        assertEquals(List.of(), problems);
        return feed.orElseThrow();
    }

    private static String problem(String xml) {
        List<InputProblem> problems = new ArrayList<>();
        Optional<Feed> feed = FeedParser.parse(new ByteArrayInputStream(bytes(xml)), "f", null, problems::add);
        assertEquals(Optional.empty(), feed);
        assertEquals(1, problems.size(), problems::toString);
        return problems.get(0).toString();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
