package dev.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sitrep watch} against a feed served on localhost whose items link to pages on the same server. */
class WatchCommandTest {

    @TempDir
    Path tmp;

    private HttpServer server;
    private final Map<String, String> pages = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private volatile List<String> items = List.of();

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
            String body;
            String type;
            if (path.equals("/feed.xml")) {
                StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                        + "<title>Test wire</title><link>" + base() + "</link>");
                for (String slug : items) {
                    b.append("<item><title>").append(slug).append("</title><link>").append(base()).append("/")
                            .append(slug).append("</link><guid>").append(slug)
                            .append("</guid><pubDate>Mon, 04 Mar 2024 09:00:00 GMT</pubDate></item>");
                }
                body = b.append("</channel></rss>").toString();
                type = "application/rss+xml";
            } else {
                body = pages.get(path.substring(1));
                type = "text/html; charset=utf-8";
            }
            byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", type);
            exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        pages.put("drills", page("Joint drills begin near the border",
                "Lithuanian and Polish troops began joint exercises near the Suwalki Gap on Monday, the defence "
                        + "ministries said. About 2,000 soldiers take part in the drills, which run until Friday.",
                "Defence Minister Tomas Varnas said the exercises had been planned for months. \"We train "
                        + "together so that we are ready together,\" he told reporters in Vilnius."));
        pages.put("grain", page("Grain talks resume in Warsaw",
                "Ukraine and Poland resumed talks on grain transit on Monday after a week of protests by "
                        + "farmers at the border crossings, officials in Warsaw said.",
                "Agriculture Minister Oleh Savchuk said the two governments would meet every two weeks and "
                        + "publish the volumes that cross the border, so that farmers on both sides can plan."));
        pages.put("ports", page("Black Sea ports report record loadings",
                "Ports on the Black Sea loaded a record amount of grain in February, port authorities said on "
                        + "Monday, as insurers cut the premiums they charge ships calling in the region.",
                "Traders said the figures showed that the corridor was holding despite attacks on port "
                        + "infrastructure earlier in the winter, and that March should be as busy."));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void eachPollStoresOnlyItemsNotSeenBefore() {
        Path data = tmp.resolve("data");
        items = List.of("drills", "grain");
        Cli.Result first = Cli.run(null, "watch", base() + "/feed.xml", "--once", "--data", data.toString());
        assertEquals(ExitCodes.OK, first.exitCode(), first.err());
        assertTrue(first.err().contains("2 new articles stored; the store holds 2"), first.err());

        items = List.of("drills", "grain", "ports");
        Cli.Result second = Cli.run(null, "watch", base() + "/feed.xml", "--once", "--data", data.toString());
        assertEquals(ExitCodes.OK, second.exitCode(), second.err());
        assertTrue(second.err().contains("1 new articles stored; the store holds 3"), second.err());
        assertEquals(1, hits.get("/drills").get(), "a seen item's page is not fetched again");
        assertEquals(1, hits.get("/ports").get());
        assertEquals(2, hits.get("/feed.xml").get());

        Cli.Result search = Cli.run(null, "search", "corridor", "--data", data.toString(), "--format", "csv");
        assertTrue(search.out().contains(base() + "/ports"), search.out());
    }

    @Test
    void aBrokenFeedIsReportedAndTheExitCodeSaysSo() {
        Cli.Result r = Cli.run(null, "watch", base() + "/missing.xml", "--once", "--data",
                tmp.resolve("d").toString());
        assertEquals(ExitCodes.SOME_INPUT_FAILED, r.exitCode());
        assertTrue(r.err().contains("missing.xml") && r.err().contains("404"), r.err());
    }

    @Test
    void pollingIntervalsAreReadAndTooShortOnesRefused() {
        assertEquals(Duration.ofMinutes(15), WatchCommand.duration("15m"));
        assertEquals(Duration.ofHours(1), WatchCommand.duration("1h"));
        assertEquals(Duration.ofSeconds(90), WatchCommand.duration("90"));
        assertThrows(IllegalArgumentException.class, () -> WatchCommand.duration("5s"));
        assertThrows(IllegalArgumentException.class, () -> WatchCommand.duration("soon"));
        Cli.Result r = Cli.run(null, "watch", "x.xml", "--every", "fortnightly", "--once");
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertTrue(r.err().contains("--every"), r.err());
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static String page(String title, String first, String second) {
        return "<!doctype html><html><head><title>" + title + " | Test wire</title></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>"
                + "<article><h1>" + title + "</h1><p>" + first + "</p><p>" + second + "</p></article>"
                + "<footer>All rights reserved by the test wire.</footer></body></html>";
    }
}
