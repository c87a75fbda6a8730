package dev.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sitrep extract} run in-process through {@link Main#run}, with standard output, error and input swapped
 * for buffers. Each extract run loads the CoreNLP models, so the bad-input cases share one run and each case is
 * checked by its own message.
 */
class ExtractCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final long SEED = Long.getLong("sitrep.seed", 0x51E7L);

    private static final String GOOD = """
            Kenya and Tanzania agreed on Wednesday to reopen the Namanga border crossing to lorries at night, \
            ending a ban that had slowed trade between the two countries for most of the year.

            "Goods that wait at the border for two days are goods that rot," Kenyan Trade Minister Joseph \
            Mwangi told reporters in Nairobi. He said that customs officers from both sides would now work in \
            a single building.
            """;

    private static final String PIPED = """
            Ghana said on Friday that it would send a trade delegation to Nigeria next month to discuss duties \
            on rice and cement, after traders on both sides complained about delays at the ports.
            """;

    /** Written for this test; ordinary German news prose with none of the English function words. */
    private static final String GERMAN = """
            Die Bundesregierung hat am Dienstag neue Gespräche mit Polen über den Ausbau der Bahnstrecken \
            angekündigt. Nach Angaben des Verkehrsministers soll die Fahrt zwischen beiden Hauptstädten bis zum \
            Ende des Jahrzehnts deutlich kürzer werden. Die Kosten wollen beide Länder teilen. Kritiker in \
            mehreren Bundesländern halten den Zeitplan jedoch für zu ehrgeizig und verweisen darauf, dass die \
            Finanzierung noch nicht gesichert sei. Eine Entscheidung über weitere Mittel soll im Herbst fallen, \
            heißt es aus dem Ministerium.
            """;

    private static final String[] RUN_ON_WORDS = ("the government said that officials from both countries would "
            + "meet again for talks about trade and security on the border with their neighbours before a summit "
            + "in the spring and it was not clear whether farmers or ministers had agreed to any plan").split(" ");

    @TempDir
    Path dir;

    /** What one in-process run printed and returned. */
    private record Run(int exitCode, String out, String err) {

        /** The one stderr line that mentions {@code origin}; fails when there is none or more than one. */
        String errLineAbout(String origin) {
            List<String> lines = err.lines().filter(l -> l.contains(origin)).toList();
            assertEquals(1, lines.size(), () -> "expected one message about " + origin + " in:\n" + err);
            return lines.get(0);
        }
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void badInputIsReportedByFileAndLineAndTheGoodArticlesStillComeOut() throws IOException {
        Path good = write("good.txt", GOOD);
        Path empty = write("empty.txt", "");
        Path binary = Files.write(dir.resolve("noise.bin"), noise(new Random(SEED), 4096));
        Path latin1 = Files.write(dir.resolve("latin1.txt"),
                "The caf\u00e9 near the ministry reopened on Monday, officials said.\n"
                        .getBytes(StandardCharsets.ISO_8859_1));
        Path huge = hugeText(dir.resolve("huge.txt"), 50_000_000);
        Path runOn = write("runon.txt", runOnSentence(new Random(SEED), 5000));
        Path lines = write("mixed.jsonl", line("ok-line", GOOD) + "\n"
                + "{\"id\": \"broken\", \"text\": \"no closing brace\"\n"
                + "{\"id\": \"no-text\", \"title\": \"A headline and nothing else\"}\n");
        Path german = write("german.txt", GERMAN);
        Path pages = Files.createDirectory(dir.resolve("pages"));
        write("pages/notes.md", "Notes, not an article file.");

        Run run = extract(null, "--timeout", "60", good.toString(), empty.toString(), binary.toString(),
                latin1.toString(), huge.toString(), runOn.toString(), lines.toString(), german.toString(),
                pages.toString());

        assertEquals(ExitCodes.SOME_INPUT_FAILED, run.exitCode(), run.err());
        assertTrue(run.errLineAbout(empty.toString()).contains("empty"), run.err());
        assertTrue(run.errLineAbout(binary.toString()).contains("binary"), run.err());
        assertTrue(run.errLineAbout(latin1.toString()).contains("invalid UTF-8 at byte 7"), run.err());
        String hugeMessage = run.errLineAbout(huge.toString());
        assertTrue(hugeMessage.contains("limit") && hugeMessage.contains("--max-article-chars"), hugeMessage);
        assertTrue(run.errLineAbout(lines + ":2").contains("not valid JSON"), run.err());
        assertTrue(run.errLineAbout(lines + ":3").contains("no \"text\" field"), run.err());
        assertFalse(run.err().contains(lines + ":1"), run.err());
        assertTrue(run.errLineAbout(german.toString()).contains("English"), run.err());
        assertTrue(run.errLineAbout(pages.toString()).contains("no article files"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());

        // The run-on sentence may be analysed or refused, but either way it is accounted for, and the run ends.
        boolean runOnRefused = run.err().contains(runOn.toString());
        List<String> expected = runOnRefused ? List.of("good", "ok-line") : List.of("good", "runon", "ok-line");
        if (runOnRefused) {
            String why = run.errLineAbout(runOn.toString());
            assertTrue(why.contains("--timeout") || why.contains("limit"), why);
        }
        List<JsonNode> articles = parseLines(run.out());
        assertEquals(expected, ids(articles));
        assertEquals(GOOD, articles.get(0).get("text").asText());
        assertEquals(GOOD, articles.get(articles.size() - 1).get("text").asText());
        long skipped = run.err().lines().filter(l -> l.startsWith("sitrep: skipped ")).count();
        assertEquals(runOnRefused ? 9 : 8, skipped, run.err());
    }

    @Test
    void goodInputExitsZeroAndOutWritesTheFileAndDashReadsStandardInput() throws IOException {
        Path good = write("good.txt", GOOD);
        Path out = dir.resolve("result.jsonl");
        InputStream stdin = new ByteArrayInputStream(PIPED.getBytes(StandardCharsets.UTF_8));

        Run run = extract(stdin, good.toString(), "-", "--out", out.toString());

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertFalse(run.err().contains("skipped"), run.err());
        List<JsonNode> articles = parseLines(Files.readString(out));
        assertEquals(List.of("good", "stdin"), ids(articles));
        assertEquals(PIPED, articles.get(1).get("text").asText());
    }

    @Test
    void helpShowsAnExampleAndCommandLineMistakesAreUsageErrors() throws IOException {
        Run help = extract(null, "--help");
        assertEquals(ExitCodes.OK, help.exitCode());
        assertTrue(help.out().contains("Example"), help.out());
        assertTrue(help.out().contains("sitrep extract examples/"), help.out());

        Run unknown = extract(null, "--no-such-option", "x.txt");
        assertEquals(ExitCodes.USAGE, unknown.exitCode());
        assertTrue(unknown.err().contains("Unknown option: '--no-such-option'"), unknown.err());

        Run noInput = extract(null);
        assertEquals(ExitCodes.USAGE, noInput.exitCode());
        assertTrue(noInput.err().contains("Missing required parameter"), noInput.err());
    }

    /** Regression: bad option values were found only after the models had loaded, and exited 3 as if fatal. */
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void badOptionValuesAreUsageErrors() throws IOException {
        Path good = write("good.txt", GOOD);
        for (String[] option : List.of(new String[] {"--threads", "0"}, new String[] {"--max-file-bytes", "0"},
                new String[] {"--max-article-chars", "-5"}, new String[] {"--timeout", "0"})) {
            Run run = extract(null, option[0], option[1], good.toString());
            assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
            assertTrue(run.err().contains(option[0] + " must be"), run.err());
        }
    }

    /** Regression: an unwritable --out was found only after the models loaded, with only its path as the reason. */
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void unwritableOutputIsFatalAndSaysWhy() throws IOException {
        Path good = write("good.txt", GOOD);
        Path out = dir.resolve("no-such-dir").resolve("out.jsonl");
        Run run = extract(null, good.toString(), "--out", out.toString());
        assertEquals(ExitCodes.FATAL, run.exitCode());
        assertTrue(run.err().contains("cannot write " + out + ": its directory does not exist"), run.err());
    }

    @Test
    void missingFileExitsOneAndSaysSo() {
        Path missing = dir.resolve("missing.txt");
        Run run = extract(null, missing.toString());
        assertEquals(ExitCodes.SOME_INPUT_FAILED, run.exitCode());
        assertTrue(run.errLineAbout(missing.toString()).contains("no such file"), run.err());
        assertEquals("", run.out());
    }

    /** The quick start in the help and README: the bundled examples extract cleanly. */
    @Test
    void bundledExamplesExtractWithQuotesAndCodedEntities() throws IOException {
        Path examples = examplesDir();
        Run run = extract(null, examples.toString());

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        List<JsonNode> articles = parseLines(run.out());
        assertEquals(List.of("baltic-drills", "black-sea-shipping", "estonia-expels-diplomat", "grain-talks"),
                ids(articles));
        JsonNode drills = articles.get(0);
        assertEquals("Poland and Lithuania open joint drills near the Suwalki Gap", drills.get("title").asText());
        assertEquals("2024-03-04T09:15:00", drills.get("published").asText());
        for (JsonNode article : articles) {
            String id = article.get("id").asText();
            assertFalse(article.get("quotes").isEmpty(), id + ": no quotes");
            boolean coded = false;
            for (JsonNode entity : article.get("entities")) {
                coded |= entity.hasNonNull("code");
            }
            assertTrue(coded, id + ": no entity with a code");
        }
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    /** Runs {@code sitrep extract ARGS} with stdout and stderr captured and, when given, {@code stdin} as input. */
    private static Run extract(InputStream stdin, String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "extract";
        System.arraycopy(args, 0, all, 1, args.length);
        Cli.Result r = Cli.run(stdin, all);
        return new Run(r.exitCode(), r.out(), r.err());
    }

    /** {@code examples/} at the project root; Maven runs tests in the module folder, an IDE often at the root. */
    private static Path examplesDir() {
        Path here = Path.of(System.getProperty("user.dir"));
        for (Path candidate : List.of(here.resolve("../examples"), here.resolve("examples"))) {
            if (Files.isDirectory(candidate)) {
                return candidate.normalize();
            }
        }
        throw new AssertionError("no examples/ folder next to " + here);
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static String line(String id, String text) throws IOException {
        return JSON.writeValueAsString(JSON.createObjectNode().put("id", id).put("text", text));
    }

    private static List<JsonNode> parseLines(String output) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String l : output.lines().toList()) {
            nodes.add(JSON.readTree(l));
        }
        return nodes;
    }

    private static List<String> ids(List<JsonNode> articles) {
        return articles.stream().map(a -> a.get("id").asText()).toList();
    }

    /** Random bytes with a NUL every 64 bytes, as in compressed or executable files. */
    private static byte[] noise(Random random, int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        for (int i = 0; i < n; i += 64) {
            bytes[i] = 0;
        }
        return bytes;
    }

    /** One sentence of {@code words} English words without a single punctuation mark. */
    private static String runOnSentence(Random random, int words) {
        StringBuilder s = new StringBuilder("The");
        for (int i = 1; i < words; i++) {
            s.append(' ').append(RUN_ON_WORDS[random.nextInt(RUN_ON_WORDS.length)]);
        }
        return s.append('\n').toString();
    }

    /** Plain English paragraphs, at least {@code bytes} long: under the file limit, over the article limit. */
    private static Path hugeText(Path file, long bytes) throws IOException {
        String paragraph = "Officials from the two countries met again on Tuesday and said that the talks on "
                + "trade and border security would go on for another week.\n\n";
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (long n = 0; n < bytes; n += paragraph.length()) {
                w.write(paragraph);
            }
        }
        assertNotEquals(0, Files.size(file));
        return file;
    }
}
