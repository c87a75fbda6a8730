package dev.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.model.SourceDocument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link StreamReader} gives what {@link ArticleReader} gives for the same file, whole or split anywhere. */
class StreamReaderTest {

    private static final long SEED = Long.getLong("tests.seed", 20_240_611L);

    @TempDir
    Path tmp;

    @Test
    void aJsonLinesFileSplitAnywhereGivesTheLinesOfTheWholeFileOnce() throws IOException {
        Random random = new Random(SEED);
        for (int round = 0; round < 30; round++) {
            byte[] file = jsonLines(random, 1 + random.nextInt(40));
            Path path = Files.write(tmp.resolve("wire-" + round + ".jsonl"), file);
            List<String> expected = new ArrayList<>();
            new ArticleReader(IngestLimits.defaults(), p -> expected.add(p.toString()))
                    .read(List.of(path.toString()), d -> expected.add(render(d)));
            TreeSet<Long> bounds = new TreeSet<>(List.of(0L, (long) file.length));
            int splits = random.nextInt(6);
            for (int i = 0; i < splits; i++) {
                bounds.add((long) random.nextInt(file.length + 1));
            }
            List<String> actual = new ArrayList<>();
            StreamReader reader = new StreamReader(IngestLimits.defaults(), p -> actual.add(p.toString()));
            Long previous = null;
            for (long bound : bounds) {
                if (previous != null) {
                    long opens = StreamReader.splitOpensAt(previous);
                    long linesBefore = StreamReader.countNewlines(new ByteArrayInputStream(file), opens);
                    InputStream in = new ByteArrayInputStream(file, (int) opens, file.length - (int) opens);
                    reader.readJsonLines(in, path.getFileName().toString(), path.toString(), previous, bound,
                            linesBefore, d -> actual.add(render(d)));
                }
                previous = bound;
            }
            if (bounds.size() == 2 || !expected.contains(path + ": empty file")) {
                assertEquals(expected, actual, "seed " + SEED + " round " + round + " splits at " + bounds);
            }
        }
    }

    @Test
    void wholeFilesOfEachFormatReadAsArticleReaderReadsThem() throws IOException {
        Path text = Files.writeString(tmp.resolve("grain.txt"), "Ukraine and Poland agreed on Tuesday to set up a "
                + "joint commission on grain transit, the agriculture ministries said.");
        Path page = Files.writeString(tmp.resolve("envoy.html"), "<html><head><title>Envoy summoned</title></head>"
                + "<body><article><p>Estonia summoned the Russian ambassador on Friday after a drone crashed near the "
                + "border town of Narva, the foreign ministry in Tallinn said on Friday evening.</p><p>Foreign "
                + "Minister Liis Kask said the incident was unacceptable and would be raised with allies.</p>"
                + "</article></body></html>");
        Path binary = Files.write(tmp.resolve("junk.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff});
        Path feed = Files.writeString(tmp.resolve("news.rss"), "<rss/>");
        for (Path path : List.of(text, page, binary, feed)) {
            List<String> expected = new ArrayList<>();
            new ArticleReader(IngestLimits.defaults(), p -> expected.add(p.toString()))
                    .read(List.of(path.toString()), d -> expected.add(render(d)));
            List<String> actual = new ArrayList<>();
            try (InputStream in = Files.newInputStream(path)) {
                new StreamReader(IngestLimits.defaults(), p -> actual.add(p.toString())).read(in,
                        path.getFileName().toString(), path.toString(), Files.size(path), d -> actual.add(render(d)));
            }
            if (path == feed) {
                assertTrue(actual.get(0).contains("feeds are read by sitrep ingest"), actual.toString());
            } else {
                assertEquals(expected, actual, path.toString());
            }
        }
        assertEquals("CC-NEWS-2024", StreamReader.idOf("CC-NEWS-2024.warc.gz"));
        assertTrue(StreamReader.isArticleFile("A.WARC.GZ") && !StreamReader.isArticleFile("notes.md"));
    }

    private static String render(SourceDocument d) {
        return d.id() + " | " + d.url() + " | " + d.title() + " | " + d.published() + " | " + d.origin() + " | "
                + d.text();
    }

    /** Lines of every kind: articles with and without ids, blank, CRLF, malformed, invalid UTF-8, not objects. */
    private static byte[] jsonLines(Random random, int n) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < n; i++) {
            String line = switch (random.nextInt(8)) {
                case 0 -> "";
                case 1 -> "{\"text\": \"broken";
                case 2 -> "[1, 2]";
                case 3 -> "{\"id\": \"a" + i + "\", \"published\": \"2024-05-0" + (1 + random.nextInt(9))
                        + "\", \"text\": \"Article " + i + " text\"}";
                default -> "{\"title\": \"T" + i + "\", \"text\": \"Line " + i + " \\u00e9t\u00e9\"}";
            };
            out.write(line.getBytes(StandardCharsets.UTF_8));
            if (random.nextInt(10) == 0) {
                out.write(new byte[] {(byte) 0xC3, (byte) 0x28});
            }
            if (i < n - 1 || random.nextBoolean()) {
                out.write(random.nextInt(4) == 0 ? "\r\n".getBytes(StandardCharsets.UTF_8) : new byte[] {'\n'});
            }
        }
        return out.toByteArray();
    }
}
