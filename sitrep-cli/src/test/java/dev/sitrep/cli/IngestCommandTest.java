package dev.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.store.Store;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sitrep ingest} on every input form at once, with bad inputs among them. */
class IngestCommandTest {

    @TempDir
    Path tmp;

    private static final String PAGE = "<!doctype html><html><head><title>Tallinn summons envoy | Baltic Desk"
            + "</title><meta name=\"author\" content=\"Kadri Tamm\"></head><body><nav><a href=\"/\">Home</a></nav>"
            + "<div class=\"cookie-banner\">We use cookies.</div><article><h1>Tallinn summons envoy</h1>"
            + "<p>Estonia summoned the Russian ambassador on Friday after a drone crashed near the border town of "
            + "Narva, the foreign ministry in Tallinn said.</p><p>Foreign Minister Liis Kask said the incident was "
            + "unacceptable. \"We will not accept violations of our airspace,\" she told reporters.</p></article>"
            + "<aside class=\"related\"><a href=\"/a\">Other news</a></aside><footer>Baltic Desk</footer></body></html>";

    @Test
    void everyFormIsStoredOnceAndBadInputIsReportedWhileTheRestGoesOn() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("envoy.html"), PAGE);
        Files.write(in.resolve("junk.html"), new byte[] {0, 1, 2, (byte) 0xff, 0, 0x1b, 7, 0, 9, 0});
        Files.writeString(in.resolve("wire.jsonl"), "{\"id\":\"w1\",\"published\":\"2024-03-04\",\"text\":\"Poland and "
                + "Lithuania began joint military drills near the Suwalki Gap on Monday, the defence ministries "
                + "said. About 2,000 troops take part.\"}\n{\"id\":\"broken\",\"text\":\n");
        Path feed = Files.writeString(tmp.resolve("bad.rss"),
                "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item>");
        Files.write(in.resolve("cut.warc"), warc(PAGE.replace("Tallinn summons envoy", "Narva drone crash")
                .replace("Friday", "Saturday"), true));
        Path data = tmp.resolve("data");

        Cli.Result r = Cli.run(null, "ingest", "--data", data.toString(), in.toString(), feed.toString());
        assertEquals(ExitCodes.SOME_INPUT_FAILED, r.exitCode(), r.err());
        for (String bad : new String[] {"junk.html", "wire.jsonl:2", "bad.rss", "cut.warc"}) {
            assertTrue(r.err().contains(bad), () -> bad + " is not reported: " + r.err());
        }
        assertTrue(r.err().contains("stored 3 articles"), r.err());

        Cli.Result again = Cli.run(null, "ingest", "--data", data.toString(), in.resolve("envoy.html").toString(),
                in.resolve("wire.jsonl").toString());
        assertTrue(again.err().contains("stored 0 articles") && again.err().contains("holds 3 articles"),
                again.err());
        Cli.Result authors = Cli.run(null, "export", "--format", "jsonl", "--data", data.toString(), "--out",
                tmp.resolve("out").toString());
        assertEquals(ExitCodes.OK, authors.exitCode(), authors.err());
        assertTrue(Files.readString(tmp.resolve("out/articles.jsonl")).contains("\"author\":\"Kadri Tamm\""));
    }

    @Test
    void aDataDirectoryInUseIsRefusedWithAClearMessage() throws IOException {
        Path page = Files.writeString(tmp.resolve("envoy.html"), PAGE);
        try (Store held = Store.open(tmp.resolve("data"))) {
            Cli.Result r = Cli.run(null, "ingest", "--data", tmp.resolve("data").toString(), page.toString());
            assertEquals(ExitCodes.FATAL, r.exitCode());
            assertTrue(r.err().contains("is in use by another sitrep process"), r.err());
            assertEquals(0, held.articles());
        }
    }

    /** A WARC with one HTML response and, when {@code cut}, a second record cut short. */
    private static byte[] warc(String html, boolean cut) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length
                + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        record(out, "https://news.example/narva", http, body);
        if (cut) {
            out.write(("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/cut\r\n"
                    + "Content-Type: application/http; msgtype=response\r\nContent-Length: 5000\r\n\r\nHTTP/1.1 200 OK"
                    + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static void record(ByteArrayOutputStream out, String uri, byte[] http, byte[] body) throws IOException {
        out.write(("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri + "\r\nWARC-Date: 2024-03-02T10:00:00Z"
                + "\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: "
                + (http.length + body.length) + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(http);
        out.write(body);
        out.write("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
    }
}
