package dev.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.model.InputProblem;
import dev.sitrep.model.SourceDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesTest {

    @TempDir
    Path dir;

    @Test
    void goodLinesWithAllFields() throws IOException {
        Path file = write("wire.jsonl",
                "{\"id\":\"w1\",\"url\":\"https://example.org/1\",\"title\":\"Bridge closed\",\"author\":\"Ana Ruiz\","
                        + "\"published\":\"2023-05-02\",\"text\":\"The bridge was closed.\\nTraffic was diverted.\"}",
                "{\"text\":\"No id here.\",\"site\":\"ignored\",\"truncated\":true}");
        Ingested run = Ingested.read(file.toString());
        assertEquals(List.of(), run.problems);
        assertEquals(List.of(
                new SourceDocument("w1", "https://example.org/1", "Bridge closed", "Ana Ruiz", "2023-05-02",
                        "The bridge was closed.\nTraffic was diverted.", file + ":1"),
                new SourceDocument("wire-2", null, null, null, null, "No id here.", file + ":2")), run.docs);
    }

    @Test
    void badLinesAreReportedAndTheNextLinesStillComeOut() throws IOException {
        Path file = write("mixed.ndjson",
                "{\"id\":\"a\",\"text\":\"First.\"}",
                "{\"id\":\"b\",\"text\":\"Unclosed.\"",
                "[1, 2]",
                "\"just a string\"",
                "{\"id\":\"c\"}",
                "{\"id\":\"d\",\"text\":42}",
                "{\"id\":\"e\",\"text\":\"  \\n \"}",
                "{\"id\":\"f\",\"text\":\"One.\"} {\"id\":\"g\",\"text\":\"Two.\"}",
                "{\"id\":\"h\",\"text\":\"One.\",\"text\":\"Two.\"}",
                "{\"id\":\"i\",\"text\":\"Last.\"}");
        Ingested run = Ingested.read(file.toString());
        assertEquals(List.of("a", "i"), run.ids());
        assertEquals(file + ":10", run.docs.get(1).origin());
        List<String> reasons = run.problemLines();
        assertEquals(8, reasons.size(), () -> "problems: " + reasons);
        assertTrue(reasons.get(0).startsWith(file + ":2: not valid JSON: Unexpected end-of-input"), reasons.get(0));
        assertFalse(reasons.get(0).contains("Source:"), reasons.get(0));
        assertEquals(file + ":3: line is a JSON array, not an object", reasons.get(1));
        assertEquals(file + ":4: line is a JSON string, not an object", reasons.get(2));
        assertEquals(file + ":5: no \"text\" field", reasons.get(3));
        assertEquals(file + ":6: \"text\" is a JSON number, not a string", reasons.get(4));
        assertEquals(file + ":7: \"text\" is blank", reasons.get(5));
        assertTrue(reasons.get(6).startsWith(file + ":8: not valid JSON: Trailing token"), reasons.get(6));
        assertTrue(reasons.get(7).startsWith(file + ":9: not valid JSON: Duplicate field 'text'"), reasons.get(7));
        for (InputProblem p : run.problems) {
            assertTrue(p.reason().indexOf('\n') < 0 && !p.reason().contains("\tat "), p.reason());
        }
    }

    @Test
    void messagesAreOnePrintableLine() {
        assertEquals("bad ? token", Reasons.oneLine("  bad \u0007 token\n at [Source: x]"));
        assertEquals("x".repeat(300) + "...", Reasons.oneLine("x".repeat(400)));
    }

    @Test
    void notJsonAtAllNamesTheColumn() throws IOException {
        Path file = write("x.jsonl", "{\"text\": nope}");
        String problem = Ingested.read(file.toString()).onlyProblem();
        assertTrue(problem.startsWith(file + ":1: not valid JSON: Unrecognized token 'nope'"), problem);
        assertTrue(problem.endsWith("(column 14)"), problem);
    }

    @Test
    void blankLinesAreSkippedAndLineNumbersStayTrue() throws IOException {
        Path file = write("gaps.jsonl", "", "   ", "{\"text\":\"Third line.\"}", "\t", "{\"text\":\"Fifth line.\"}", "");
        Ingested run = Ingested.read(file.toString());
        assertEquals(List.of("gaps-3", "gaps-5"), run.ids());
        assertEquals(List.of(file + ":3", file + ":5"), run.docs.stream().map(SourceDocument::origin).toList());
        assertEquals(List.of(), run.problems);
    }

    @Test
    void crlfAndByteOrderMark() throws IOException {
        Path file = writeBytes("win.jsonl", PlainTextTest.bytes(0xEF, 0xBB, 0xBF),
                "{\"text\":\"One.\"}\r\n{\"text\":\"Two.\"}\r\n".getBytes(StandardCharsets.UTF_8));
        Ingested run = Ingested.read(file.toString());
        assertEquals(List.of(), run.problems);
        assertEquals(List.of("One.", "Two."), run.docs.stream().map(SourceDocument::text).toList());
    }

    @Test
    void emptyAndBinaryFiles() throws IOException {
        Path blank = write("blank.jsonl", "", " ", "");
        Path binary = writeBytes("bin.jsonl", PlainTextTest.bytes('{', 0, 0, 0x10, '\n'),
                "{\"text\":\"After.\"}\n".getBytes(StandardCharsets.UTF_8));
        Ingested run = Ingested.read(blank.toString(), binary.toString());
        assertEquals(List.of(blank + ": empty file", binary + ": binary file, not text"), run.problemLines());
        assertEquals(List.of(), run.docs);
    }

    @Test
    void linesOverTheLimitsAreRefused() throws IOException {
        IngestLimits limits = new IngestLimits(10, 1000);
        char[] huge = new char[limits.maxLineBytes() + 5];
        Arrays.fill(huge, 'z');
        Path file = write("limits.jsonl",
                "{\"id\":\"long\",\"text\":\"0123456789A\"}",
                "{\"id\":\"huge\",\"text\":\"" + new String(huge) + "\"}",
                "{\"id\":\"ten\",\"text\":\"0123456789\"}");
        Ingested run = Ingested.read(limits, file.toString());
        assertEquals(List.of("ten"), run.ids());
        assertEquals(List.of(
                file + ":1: article is 11 characters, over the limit of 10 (--max-article-chars)",
                file + ":2: line is over 65596 bytes; an article may have at most 10 characters (--max-article-chars)"),
                run.problemLines());
        assertEquals(file + ":3", run.docs.get(0).origin());
    }

    @Test
    void invalidUtf8IsReportedAtItsFileOffset() throws IOException {
        byte[] first = "{\"text\":\"Fine.\"}\n".getBytes(StandardCharsets.UTF_8);
        Path file = writeBytes("enc.jsonl", first, "{\"text\":\"Caf".getBytes(StandardCharsets.UTF_8),
                PlainTextTest.bytes(0xE9), "\"}\n{\"text\":\"Also fine.\"}\n".getBytes(StandardCharsets.UTF_8));
        Ingested run = Ingested.read(file.toString());
        assertEquals(List.of("enc-1", "enc-3"), run.ids());
        int offset = first.length + "{\"text\":\"Caf".length();
        assertEquals(List.of(file + ":2: invalid UTF-8 at byte " + offset), run.problemLines());
    }

    @Test
    void publishedAndItsDateAlias() throws IOException {
        Path file = write("dates.jsonl",
                "{\"id\":\"alias\",\"date\":\"2022-01-10\",\"text\":\"t\"}",
                "{\"id\":\"both\",\"published\":\"2022-01-11\",\"date\":\"2022-01-10\",\"text\":\"t\"}",
                "{\"id\":\"nullpub\",\"published\":null,\"date\":\"2022-01-12\",\"text\":\"t\"}",
                "{\"id\":\"offset\",\"published\":\"2022-01-10T11:00:06+02:00\",\"text\":\"t\"}",
                "{\"id\":\"local\",\"published\":\" 2022-01-10T11:00:06 \",\"text\":\"t\"}",
                "{\"id\":\"instant\",\"published\":\"2022-01-10T09:00:06Z\",\"text\":\"t\"}",
                "{\"id\":\"words\",\"published\":\"last Tuesday\",\"text\":\"t\"}",
                "{\"id\":\"feb30\",\"date\":\"2022-02-30\",\"text\":\"t\"}",
                "{\"id\":\"number\",\"date\":20220110,\"text\":\"t\"}");
        Ingested run = Ingested.read(file.toString());
        assertEquals(List.of(), run.problems);
        assertEquals(Arrays.asList("2022-01-10", "2022-01-11", "2022-01-12", "2022-01-10T11:00:06+02:00",
                "2022-01-10T11:00:06", "2022-01-10T09:00:06Z", null, null, null),
                run.docs.stream().map(SourceDocument::published).toList());
    }

    @Test
    void idsMayBeNumbersAndOddIdsFallBack() throws IOException {
        Path file = write("ids.jsonl",
                "{\"id\":17,\"text\":\"t\"}",
                "{\"id\":\"  \",\"text\":\"t\"}",
                "{\"id\":[1],\"title\":{\"x\":1},\"text\":\"t\"}");
        Ingested run = Ingested.read(file.toString());
        assertEquals(List.of("17", "ids-2", "ids-3"), run.ids());
        assertNull(run.docs.get(2).title());
    }

    private Path write(String name, String... lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private Path writeBytes(String name, byte[]... parts) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return Files.write(dir.resolve(name), all.toByteArray());
    }
}
