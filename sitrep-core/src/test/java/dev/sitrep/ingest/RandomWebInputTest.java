package dev.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.model.SourceDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random bytes and random damage to valid HTML pages, WARC files (plain, gzip per record, gzip whole) and feeds:
 * nothing may escape, and every input yields articles or problems. Feed links are answered by a fetcher without
 * network. Rerun a failure with {@code -Dsitrep.seed=N}; the seed is in every failure message and the report.
 */
class RandomWebInputTest {

    private static final long SEED = Long.getLong("sitrep.seed", 0x5174E9L);
    private static final int ROUNDS = 240;
    private static final IngestLimits LIMITS = new IngestLimits(20_000, 300_000);

    @TempDir
    Path dir;

    @Test
    void randomAndDamagedWebInputNeverThrows(TestReporter reporter) throws IOException {
        reporter.publishEntry("sitrep.seed", Long.toString(SEED));
        byte[] page = HtmlArticlesTest.resource("harbour-ferry.html");
        byte[] warc = warc(page);
        byte[] feed = feed();
        Fetcher fetcher = url -> {
            if (url.contains("ferry")) {
                return new Fetched(url, url, 200, "text/html", page);
            }
            throw new FetchException(url, "no network in this test");
        };
        Random random = new Random(SEED);
        for (int round = 0; round < ROUNDS; round++) {
            String context = "seed=" + SEED + " round=" + round;
            int kind = random.nextInt(5);
            String name = "r" + round + switch (kind) {
                case 0 -> ".html";
                case 1 -> ".warc";
                case 2 -> ".warc.gz";
                case 3 -> ".rss";
                default -> random.nextBoolean() ? ".xml" : ".htm";
            };
            byte[] bytes = switch (kind) {
                case 0 -> RandomInputTest.mutate(random, page);
                case 1 -> RandomInputTest.mutate(random, warc);
                case 2 -> RandomInputTest.mutate(random, random.nextBoolean() ? WarcReaderTest.gzip(warc)
                        : perRecordGzip(warc));
                case 3 -> RandomInputTest.mutate(random, feed);
                default -> RandomInputTest.randomBytes(random);
            };
            Path file = Files.write(dir.resolve(name), bytes);
            Ingested run = assertDoesNotThrow(() -> read(fetcher, file.toString()), context);
            String origin = file.toString();
            assertFalse(run.docs.isEmpty() && run.problems.isEmpty(), context + ": no documents and no problems");
            for (SourceDocument doc : run.docs) {
                assertTrue(doc.origin().startsWith(origin), context + ": origin " + doc.origin());
                assertFalse(doc.text().isBlank(), context + ": blank text");
                assertTrue(doc.text().length() <= LIMITS.maxArticleChars(), context + ": over the limit");
            }
            run.problems.forEach(p -> assertTrue(p.origin().startsWith(origin) && p.reason().indexOf('\n') < 0,
                    context + ": " + p));
        }
    }

    private static Ingested read(Fetcher fetcher, String... args) {
        Ingested result = new Ingested();
        new ArticleReader(LIMITS, result.problems::add, new ByteArrayInputStream(new byte[0]), fetcher)
                .read(List.of(args), result.docs::add);
        return result;
    }

    private static byte[] warc(byte[] page) {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13};
        return WarcReaderTest.concat(List.of(
                WarcReaderTest.warc("warcinfo", null, "application/warc-fields", ascii("software: test\r\n")),
                WarcReaderTest.warc("response", "https://a.example/ferry.html", "application/http; msgtype=response",
                        WarcReaderTest.http("200 OK", "text/html; charset=utf-8", page)),
                WarcReaderTest.warc("response", "https://a.example/logo.png", "application/http; msgtype=response",
                        WarcReaderTest.http("200 OK", "image/png", png)),
                WarcReaderTest.warc("response", "https://a.example/again.html", "application/http; msgtype=response",
                        WarcReaderTest.http("200 OK", "text/html", page))));
    }

    /** The WARC records of {@code warc} gzipped one by one; records are found by their version lines. */
    private static byte[] perRecordGzip(byte[] warc) throws IOException {
        String text = new String(warc, StandardCharsets.ISO_8859_1);
        List<byte[]> members = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int next = text.indexOf("WARC/1.0\r\n", start + 1);
            int end = next < 0 ? text.length() : next;
            members.add(WarcReaderTest.gzip(text.substring(start, end).getBytes(StandardCharsets.ISO_8859_1)));
            start = end;
        }
        return WarcReaderTest.concat(members);
    }

    private static byte[] feed() {
        String summary = "The council met on Tuesday to discuss the harbour. Members agreed, after a long debate, to"
                + " repair the pier before the summer, and to ask the regional government for help with the cost.";
        return ascii("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>T</title>\n"
                + "<item><title>Ferry</title><link>https://a.example/ferry.html</link>"
                + "<pubDate>Tue, 05 Mar 2024 08:45:00 GMT</pubDate></item>\n"
                + "<item><title>Gone</title><link>https://a.example/gone.html</link><description>" + summary
                + "</description></item>\n"
                + "<item><title>Short</title><description>Too short.</description></item>\n"
                + "</channel></rss>\n");
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
