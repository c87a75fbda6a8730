package dev.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.model.InputProblem;
import dev.sitrep.model.SourceDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** WARC files built here, record by record, the way crawlers write them. */
class WarcReaderTest {

    private static final String FERRY_URL = "https://ledger.example.org/region/2024/03/05/harbour-ferry-resumes.html";
    private static final String DAM_URL = "http://www.valleycourier.example/news/local/dam-inspection-finds-no-cracks";

    @TempDir
    Path dir;

    /** The records of the test archive, in order; the last one is cut short by the tests that want it. */
    private static List<byte[]> records() throws IOException {
        byte[] ferry = HtmlArticlesTest.resource("harbour-ferry.html");
        byte[] dam = HtmlArticlesTest.resource("dam-inspection.html");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0};
        return List.of(
                warc("warcinfo", null, "application/warc-fields", ascii("software: handwritten\r\nformat: WARC\r\n")),
                warc("request", FERRY_URL, "application/http; msgtype=request",
                        ascii("GET /region/2024/03/05/harbour-ferry-resumes.html HTTP/1.1\r\nHost: ledger.example.org"
                                + "\r\n\r\n")),
                warc("response", FERRY_URL, "application/http; msgtype=response",
                        http("200 OK", "text/html; charset=UTF-8", ferry)),
                warc("metadata", FERRY_URL, "application/warc-fields", ascii("fetchTimeMs: 112\r\n")),
                warc("response", "https://ledger.example.org/img/ferry.png", "application/http; msgtype=response",
                        http("200 OK", "image/png", png)),
                warc("response", DAM_URL, "application/http; msgtype=response", http("200 OK", "text/html", dam)),
                warc("response", "https://ledger.example.org/gone", "application/http; msgtype=response",
                        http("404 Not Found", "text/html", ascii("<html><body><p>Not here.</p></body></html>"))),
                warc("response", "https://ledger.example.org/last", "application/http; msgtype=response",
                        http("200 OK", "text/html", ferry)));
    }

    @Test
    void plainWarcGivesTheTwoArticlesAndTheTruncatedRecordAtItsOffset() throws IOException {
        List<byte[]> records = records();
        byte[] last = records.get(records.size() - 1);
        int cut = last.length / 2;
        Path file = write("crawl.warc", concat(records.subList(0, records.size() - 1)), Arrays.copyOf(last, cut));
        long lastOffset = concat(records.subList(0, records.size() - 1)).length;
        Ingested run = Ingested.read(file.toString());
        checkArticles(run, file + " at byte ");
        int headerLength = indexOf(last, ascii("\r\n\r\n")) + 4;
        assertEquals(List.of(file + " at byte " + lastOffset + ": truncated record: the input ends "
                + (cut - headerLength) + " bytes into its " + (last.length - headerLength - 4) + "-byte content"),
                run.problemLines());
    }

    @Test
    void gzipPerRecordNamesTheMemberOfTheTruncatedRecord() throws IOException {
        List<byte[]> members = new ArrayList<>();
        for (byte[] record : records()) {
            members.add(gzip(record));
        }
        byte[] last = members.get(members.size() - 1);
        Path file = write("crawl.warc.gz", concat(members.subList(0, members.size() - 1)),
                Arrays.copyOf(last, last.length / 2));
        long lastOffset = concat(members.subList(0, members.size() - 1)).length;
        Ingested run = Ingested.read(file.toString());
        checkArticles(run, file + ", gzip member at byte ");
        assertEquals(List.of(file + ", gzip member at byte " + lastOffset
                + ": truncated record: the gzip member is cut short"), run.problemLines());
        long secondArticle = concat(members.subList(0, 5)).length;
        assertEquals(file + ", gzip member at byte " + secondArticle, run.docs.get(1).origin());
    }

    @Test
    void wholeFileGzipNamesTheUncompressedOffset() throws IOException {
        List<byte[]> records = records();
        byte[] last = records.get(records.size() - 1);
        byte[] plain = concat(List.of(concat(records.subList(0, records.size() - 1)),
                Arrays.copyOf(last, last.length - 100)));
        Path file = write("whole.warc.gz", gzip(plain));
        Ingested run = Ingested.read(file.toString());
        assertEquals(2, run.docs.size(), run.problemLines()::toString);
        long lastOffset = concat(records.subList(0, records.size() - 1)).length;
        assertEquals(1, run.problems.size());
        assertTrue(run.problemLines().get(0).startsWith(file + " at byte " + lastOffset
                + " of the uncompressed stream: truncated record: the input ends "), run.problemLines().get(0));
    }

    @Test
    void damagedMemberIsReportedAndTheNextMembersStillRead() throws IOException {
        List<byte[]> members = new ArrayList<>();
        for (byte[] record : records().subList(0, 6)) {
            members.add(gzip(record));
        }
        byte[] ferry = members.get(2).clone();
        for (int i = 40; i < 60; i++) {
            ferry[i] = (byte) ~ferry[i];
        }
        members.set(2, ferry);
        Path file = write("damaged.warc.gz", concat(members));
        Ingested run = Ingested.read(file.toString());
        assertEquals(List.of(DAM_URL), run.docs.stream().map(SourceDocument::url).toList());
        long ferryOffset = concat(members.subList(0, 2)).length;
        assertEquals(1, run.problems.size(), run.problemLines()::toString);
        assertTrue(run.problemLines().get(0).startsWith(file + ", gzip member at byte " + ferryOffset
                + ": damaged gzip data: "), run.problemLines().get(0));
    }

    @Test
    void chunkedAndGzipEncodedPayloadsAreDecoded() throws IOException {
        byte[] dam = HtmlArticlesTest.resource("dam-inspection.html");
        byte[] gz = gzip(dam);
        ByteArrayOutputStream chunked = new ByteArrayOutputStream();
        for (int i = 0; i < gz.length; i += 500) {
            int n = Math.min(500, gz.length - i);
            chunked.writeBytes(ascii(Integer.toHexString(n) + "\r\n"));
            chunked.write(gz, i, n);
            chunked.writeBytes(ascii("\r\n"));
        }
        chunked.writeBytes(ascii("0\r\n\r\n"));
        byte[] head = ascii("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n"
                + "Content-Encoding: gzip\r\n\r\n");
        Path file = write("enc.warc", warc("response", DAM_URL, "application/http; msgtype=response",
                concat(List.of(head, chunked.toByteArray()))));
        SourceDocument doc = Ingested.read(file.toString()).only();
        assertEquals(HtmlArticlesTest.resourceText("dam-inspection.txt"), doc.text());
    }

    @Test
    void payloadOverTheLimitIsReportedAndSkipped() throws IOException {
        List<byte[]> records = records();
        Path file = write("limits.warc", records.get(2), records.get(5));
        IngestLimits limits = new IngestLimits(100_000, 6000);
        Ingested run = Ingested.read(limits, file.toString());
        assertEquals(List.of(DAM_URL), run.docs.stream().map(SourceDocument::url).toList());
        int ferryBytes = HtmlArticlesTest.resource("harbour-ferry.html").length;
        assertEquals(List.of(file + " at byte 0: HTML payload is " + ferryBytes
                + " bytes, over the limit of 6000 (--max-file-bytes)"), run.problemLines());
    }

    @Test
    void notAWarcFileAndAnEmptyOne() throws IOException {
        Path html = write("page.warc", ascii("<html><body>Not an archive.</body></html>\n"));
        Path empty = write("empty.warc.gz");
        Ingested run = Ingested.read(html.toString(), empty.toString());
        assertEquals(List.of(html + " at byte 0: not a WARC file: it does not start with a WARC/1.x version line",
                empty + ": empty file"), run.problemLines());
    }

    @Test
    void aRecordWithABadHeaderIsSkippedToTheNextRecord() throws IOException {
        List<byte[]> records = records();
        byte[] broken = ascii("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: lots\r\n\r\nHTTP/1.1 200 OK\r\n"
                + "Content-Type: text/html\r\n\r\n<html><body><p>Orphan.</p></body></html>\r\n\r\n");
        Path file = write("bad.warc", records.get(0), broken, records.get(2));
        Ingested run = Ingested.read(file.toString());
        assertEquals(List.of(FERRY_URL), run.docs.stream().map(SourceDocument::url).toList());
        assertEquals(List.of(file + " at byte " + records.get(0).length
                + ": not a WARC record: no valid Content-Length; skipping to the next record"), run.problemLines());
    }

    @Test
    void recordsAreStreamedNotSlurped() {
        byte[] ferry;
        try {
            ferry = warc("response", FERRY_URL, "application/http; msgtype=response",
                    http("200 OK", "text/html", HtmlArticlesTest.resource("harbour-ferry.html")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int copies = 100;
        long[] served = {0};
        InputStream generated = new InputStream() {
            @Override
            public int read() {
                if (served[0] == (long) copies * ferry.length) {
                    return -1;
                }
                return ferry[(int) (served[0]++ % ferry.length)] & 0xFF;
            }
        };
        List<Long> servedAtFirst = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        int[] count = {0};
        new WarcReader(IngestLimits.defaults(), problems::add).read(generated, "gen", "gen", doc -> {
            if (count[0]++ == 0) {
                servedAtFirst.add(served[0]);
            }
        });
        assertEquals(List.of(), problems);
        assertEquals(copies, count[0]);
        assertTrue(servedAtFirst.get(0) < 200_000, "bytes read before the first article: " + servedAtFirst);
    }

    private static void checkArticles(Ingested run, String originPrefix) throws IOException {
        assertEquals(2, run.docs.size(), run.problemLines()::toString);
        SourceDocument ferry = run.docs.get(0);
        SourceDocument dam = run.docs.get(1);
        assertEquals(FERRY_URL, ferry.url());
        assertEquals("harbour-ferry-resumes", ferry.id());
        assertEquals("Harbour ferry service resumes after storm repairs", ferry.title());
        assertEquals(HtmlArticlesTest.resourceText("harbour-ferry.txt"), ferry.text());
        assertEquals(DAM_URL, dam.url());
        assertEquals(HtmlArticlesTest.resourceText("dam-inspection.txt"), dam.text());
        assertEquals("2023-04-12", dam.published());
        assertTrue(ferry.origin().startsWith(originPrefix), ferry.origin());
        assertTrue(dam.origin().startsWith(originPrefix), dam.origin());
    }

    static byte[] warc(String type, String uri, String contentType, byte[] block) {
        StringBuilder head = new StringBuilder("WARC/1.0\r\nWARC-Type: ").append(type).append("\r\n")
                .append("WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-").append(String.format("%012d",
                        Math.abs((long) Arrays.hashCode(block)))).append(">\r\n")
                .append("WARC-Date: 2024-03-06T04:05:06Z\r\n");
        if (uri != null) {
            head.append("WARC-Target-URI: ").append(uri).append("\r\n");
        }
        head.append("Content-Type: ").append(contentType).append("\r\n")
                .append("Content-Length: ").append(block.length).append("\r\n\r\n");
        return concat(List.of(ascii(head.toString()), block, ascii("\r\n\r\n")));
    }

    static byte[] http(String status, String contentType, byte[] body) {
        return concat(List.of(ascii("HTTP/1.1 " + status + "\r\nContent-Type: " + contentType + "\r\nContent-Length: "
                + body.length + "\r\nServer: test\r\n\r\n"), body));
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] concat(List<byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parts.forEach(out::writeBytes);
        return out.toByteArray();
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        for (int i = 0; i + part.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        return -1;
    }

    private Path write(String name, byte[]... parts) throws IOException {
        return Files.write(dir.resolve(name), concat(Arrays.asList(parts)));
    }
}
