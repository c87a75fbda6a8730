package dev.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.sitrep.model.SourceDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainTextTest {

    private static final String HEADER =
            " date 2023-03-14 Ministers agree to extend the grain corridor Tuesday, March 14, 2023 4:05:09 PM";

    @TempDir
    Path dir;

    @Test
    void wireHeaderGivesTitleDateTimeAndBody() throws IOException {
        Path file = write("grain-deal.txt", HEADER + "\n\n\nThe extension was signed late on Tuesday.\n\n"
                + "Officials said talks would resume in May.\n\n");
        SourceDocument doc = Ingested.read(file.toString()).only();
        assertEquals("grain-deal", doc.id());
        assertNull(doc.url());
        assertEquals("Ministers agree to extend the grain corridor", doc.title());
        assertEquals("2023-03-14T16:05:09", doc.published());
        assertEquals("The extension was signed late on Tuesday.\n\nOfficials said talks would resume in May.\n\n",
                doc.text());
        assertEquals(file.toString(), doc.origin());
    }

    @Test
    void headerWithoutLeadingSpaceAndMidnight() throws IOException {
        Path file = write("night.txt", "date 2023-03-14 Curfew lifted Tuesday, March 14, 2023 12:00:00 AM\nBody.");
        SourceDocument doc = Ingested.read(file.toString()).only();
        assertEquals("Curfew lifted", doc.title());
        assertEquals("2023-03-14T00:00:00", doc.published());
        assertEquals("Body.", doc.text());
    }

    @Test
    void headerWithDateOnlyOrWrongWeekdayKeepsTheDate() throws IOException {
        Path dateOnly = write("a.txt", "date 2023-03-14 A title and nothing else\n\nBody.\n");
        Path wrongDay = write("b.txt", "date 2023-03-14 Another title Monday, March 14, 2023 4:05:09 PM\nBody.\n");
        Ingested run = Ingested.read(dateOnly.toString(), wrongDay.toString());
        assertEquals(2, run.docs.size(), () -> "problems: " + run.problems);
        assertEquals("A title and nothing else", run.docs.get(0).title());
        assertEquals("2023-03-14", run.docs.get(0).published());
        assertEquals("Another title", run.docs.get(1).title());
        assertEquals("2023-03-14", run.docs.get(1).published());
    }

    @Test
    void withoutHeaderTheTextIsTheWholeFile() throws IOException {
        String content = "date line that is not a header\n\nThe ministry said on 2023-03-14 that it agreed.\n";
        SourceDocument doc = Ingested.read(write("plain.text", content).toString()).only();
        assertEquals(content, doc.text());
        assertNull(doc.title());
        assertNull(doc.published());
        assertEquals("plain", doc.id());
    }

    @Test
    void byteOrderMarkIsDropped() throws IOException {
        Path file = writeBytes("bom.txt", bytes(0xEF, 0xBB, 0xBF), HEADER.getBytes(StandardCharsets.UTF_8),
                "\nA caf\u00e9 reopened.".getBytes(StandardCharsets.UTF_8));
        SourceDocument doc = Ingested.read(file.toString()).only();
        assertEquals("2023-03-14T16:05:09", doc.published());
        assertEquals("A caf\u00e9 reopened.", doc.text());
    }

    @Test
    void crlfHeaderIsParsedAndBodyKeepsItsLineEnds() throws IOException {
        Path file = write("crlf.txt", HEADER + "\r\n\r\n \r\nFirst paragraph.\r\nSecond line.\r\n");
        SourceDocument doc = Ingested.read(file.toString()).only();
        assertEquals("Ministers agree to extend the grain corridor", doc.title());
        assertEquals("First paragraph.\r\nSecond line.\r\n", doc.text());
    }

    @Test
    void emptyAndBlankFilesAreProblems() throws IOException {
        Path empty = write("empty.txt", "");
        Path blank = write("blank.txt", "  \n\t\r\n");
        Path headerOnly = write("header.txt", HEADER + "\n\n");
        Ingested run = Ingested.read(empty.toString(), blank.toString(), headerOnly.toString());
        assertEquals(List.of(empty + ": empty file", blank + ": empty file",
                headerOnly + ": no article text after the header line"), run.problemLines());
        assertEquals(0, run.docs.size());
    }

    @Test
    void binaryFilesAreRefused() throws IOException {
        Path withNul = writeBytes("nul.txt", "text then".getBytes(StandardCharsets.US_ASCII), bytes(0, 1, 2));
        byte[] controls = new byte[100];
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (i % 5 == 0 ? 0x01 : 'x');
        }
        Path manyControls = writeBytes("ctl.txt", controls);
        Ingested run = Ingested.read(withNul.toString(), manyControls.toString());
        assertEquals(List.of(withNul + ": binary file, not text", manyControls + ": binary file, not text"),
                run.problemLines());
    }

    @Test
    void utf16IsNamed() throws IOException {
        Path file = writeBytes("wide.txt", bytes(0xFF, 0xFE), "H\0i\0".getBytes(StandardCharsets.US_ASCII));
        assertEquals(file + ": UTF-16 text; only UTF-8 is read (convert it, e.g. with iconv)",
                Ingested.read(file.toString()).onlyProblem());
    }

    @Test
    void invalidUtf8IsReportedAtItsByteOffset() throws IOException {
        Path latin1 = writeBytes("latin1.txt", "Caf".getBytes(StandardCharsets.US_ASCII), bytes(0xE9),
                " au lait".getBytes(StandardCharsets.US_ASCII));
        // BOM (3 bytes) + "\u00e9" (2 bytes) + "ok " (3 bytes), then a stray continuation byte at offset 8
        Path stray = writeBytes("stray.txt", bytes(0xEF, 0xBB, 0xBF, 0xC3, 0xA9), "ok ".getBytes(StandardCharsets.US_ASCII),
                bytes(0x80));
        Path cutOff = writeBytes("cut.txt", "abcd".getBytes(StandardCharsets.US_ASCII), bytes(0xE2, 0x82));
        Path overlong = writeBytes("overlong.txt", "ab".getBytes(StandardCharsets.US_ASCII), bytes(0xC0, 0xAF));
        Ingested run = Ingested.read(latin1.toString(), stray.toString(), cutOff.toString(), overlong.toString());
        assertEquals(List.of(latin1 + ": invalid UTF-8 at byte 3", stray + ": invalid UTF-8 at byte 8",
                cutOff + ": invalid UTF-8 at byte 4", overlong + ": invalid UTF-8 at byte 2"), run.problemLines());
    }

    @Test
    void fileOverTheByteLimitIsRefusedWhole() throws IOException {
        Path file = write("big.txt", "x".repeat(51));
        Path fits = write("fits.txt", "y".repeat(50));
        Ingested run = Ingested.read(new IngestLimits(1000, 50), file.toString(), fits.toString());
        assertEquals(List.of(file + ": file is 51 bytes, over the limit of 50 (--max-file-bytes)"),
                run.problemLines());
        assertEquals(List.of("fits"), run.ids());
    }

    @Test
    void bodyOverTheArticleLimitIsRefusedButTheHeaderDoesNotCount() throws IOException {
        Path tooLong = write("long.txt", "0123456789A");
        Path fits = write("fits.txt", HEADER + "\n\n0123456789");
        Ingested run = Ingested.read(new IngestLimits(10, 1000), tooLong.toString(), fits.toString());
        assertEquals(List.of(
                tooLong + ": article is 11 characters, over the limit of 10 (--max-article-chars)"), run.problemLines());
        assertEquals("0123456789", run.docs.get(0).text());
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private Path writeBytes(String name, byte[]... parts) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return Files.write(dir.resolve(name), all.toByteArray());
    }

    static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }
}
