package dev.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.model.SourceDocument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random bytes and random damage to valid inputs: nothing may escape, and every input yields documents or
 * problems. Rerun a failure with {@code -Dsitrep.seed=N}; the seed is in every failure message and the report.
 */
class RandomInputTest {

    private static final long SEED = Long.getLong("sitrep.seed", 0x5174E9L);
    private static final int ROUNDS = 400;
    private static final IngestLimits LIMITS = new IngestLimits(3000, 20_000);

    private static final String VALID_JSONL = "{\"id\":\"r1\",\"title\":\"Dam inspection\",\"date\":\"2021-06-01\","
            + "\"text\":\"Engineers inspected the dam on Tuesday.\\nNo cracks were found.\"}\n"
            + "\n"
            + "{\"url\":\"https://example.org/x\",\"published\":\"2021-06-02T08:00:00Z\",\"text\":\"Caf\u00e9 owners "
            + "said trade was slow \u2014 \\\"very slow\\\".\"}\n";

    private static final String VALID_TEXT = " date 2021-06-01 Dam passes inspection Tuesday, June 1, 2021 3:04:05 PM\n"
            + "\nEngineers inspected the dam on Tuesday.\r\nNo cracks were found, the operator said.\n";

    @TempDir
    Path dir;

    @Test
    void randomAndDamagedInputNeverThrows(TestReporter reporter) throws IOException {
        reporter.publishEntry("sitrep.seed", Long.toString(SEED));
        Random random = new Random(SEED);
        for (int round = 0; round < ROUNDS; round++) {
            String context = "seed=" + SEED + " round=" + round;
            int kind = random.nextInt(4);
            byte[] bytes = switch (kind) {
                case 0 -> randomBytes(random);
                case 1 -> mutate(random, VALID_JSONL.getBytes(StandardCharsets.UTF_8));
                case 2 -> mutate(random, VALID_TEXT.getBytes(StandardCharsets.UTF_8));
                default -> mutate(random, (VALID_TEXT + VALID_JSONL).getBytes(StandardCharsets.UTF_8));
            };
            boolean viaStdin = random.nextInt(5) == 0;
            Path file = Files.write(dir.resolve("r" + round + (random.nextBoolean() ? ".jsonl" : ".txt")), bytes);
            Ingested run = assertDoesNotThrow(() -> viaStdin
                    ? Ingested.read(LIMITS, new ByteArrayInputStream(bytes), "-")
                    : Ingested.read(LIMITS, file.toString()), context);
            String origin = viaStdin ? ArticleReader.STDIN_ORIGIN : file.toString();
            assertFalse(run.docs.isEmpty() && run.problems.isEmpty(), context + ": no documents and no problems");
            checkDocuments(run, origin, context);
            run.problems.forEach(p -> assertTrue(p.origin().startsWith(origin) && p.reason().indexOf('\n') < 0,
                    context + ": " + p));
        }
        Ingested all = assertDoesNotThrow(() -> Ingested.read(LIMITS, dir.toString()), "seed=" + SEED + " whole dir");
        checkDocuments(all, dir.toString(), "seed=" + SEED + " whole dir");
    }

    private static void checkDocuments(Ingested run, String origin, String context) {
        for (SourceDocument doc : run.docs) {
            assertTrue(doc.origin().startsWith(origin), context + ": origin " + doc.origin());
            assertFalse(doc.text().isBlank(), context + ": blank text from " + doc.origin());
            assertTrue(doc.text().length() <= LIMITS.maxArticleChars(), context + ": over the limit");
            assertFalse(doc.text().startsWith("\uFEFF"), context + ": byte order mark kept");
        }
        List<String> ids = run.ids();
        assertEquals(ids.size(), new HashSet<>(ids).size(), context + ": repeated ids " + ids);
    }

    static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(random.nextBoolean() ? 64 : 30_000)];
        random.nextBytes(bytes);
        if (random.nextBoolean()) {
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) (bytes[i] & 0x7F | (random.nextInt(8) == 0 ? 0 : 0x20));
            }
        }
        return bytes;
    }

    /** One to six random edits: flip, insert, delete, repeat a stretch, or cut short. */
    static byte[] mutate(Random random, byte[] input) {
        byte[] bytes = input;
        int edits = 1 + random.nextInt(6);
        for (int e = 0; e < edits; e++) {
            int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            switch (random.nextInt(5)) {
                case 0 -> {
                    bytes = bytes.clone();
                    if (bytes.length > 0) {
                        bytes[at] = (byte) random.nextInt(256);
                    }
                    continue;
                }
                case 1 -> {
                    byte[] inserts = {'{', '}', '"', '\\', '\n', '\r', 0, (byte) 0xC3, (byte) 0xEF, ':', ','};
                    out.write(bytes, 0, at);
                    out.write(inserts[random.nextInt(inserts.length)]);
                    out.write(bytes, at, bytes.length - at);
                }
                case 2 -> {
                    int end = Math.min(bytes.length, at + random.nextInt(40));
                    out.write(bytes, 0, at);
                    out.write(bytes, end, bytes.length - end);
                }
                case 3 -> {
                    int end = Math.min(bytes.length, at + random.nextInt(200));
                    out.write(bytes, 0, end);
                    for (int k = random.nextInt(50); k > 0; k--) {
                        out.write(bytes, at, end - at);
                    }
                    out.write(bytes, end, bytes.length - end);
                }
                default -> out.writeBytes(Arrays.copyOf(bytes, at));
            }
            bytes = out.toByteArray();
        }
        return bytes;
    }
}
