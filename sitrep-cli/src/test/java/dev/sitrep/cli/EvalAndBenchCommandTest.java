package dev.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sitrep eval quotes}, {@code sitrep eval events} and {@code sitrep bench}, run in-process on data written
 * here and, for events, on the PLOVER dev records in {@code ../shared} (skipped where that folder is absent).
 */
class EvalAndBenchCommandTest {

    private static final String ARTICLE = """
            Kenyan Foreign Minister Grace Wanjiru arrived in Addis Ababa on Monday for talks on the border.

            "We came to listen, and we will come back with answers," Wanjiru said.

            The minister said that a joint commission would meet again in March.
            """;

    /** One article, two attributions: the direct quote and the reported one, with their speakers. */
    private static Path polnearSplit(Path dir) throws Exception {
        Files.createDirectories(dir.resolve("text"));
        Files.createDirectories(dir.resolve("attributions"));
        Files.writeString(dir.resolve("text/kenya.txt"), ARTICLE, StandardCharsets.UTF_8);
        String quote = "We came to listen, and we will come back with answers,";
        String reported = "a joint commission would meet again in March";
        int q = ARTICLE.indexOf(quote);
        int r = ARTICLE.indexOf(reported);
        int speaker1 = ARTICLE.indexOf("Wanjiru said");
        int speaker2 = ARTICLE.indexOf("The minister said");
        String ann = String.join("\n",
                "T1\tContent " + q + " " + (q + quote.length()) + "\t" + quote,
                "T2\tSource " + speaker1 + " " + (speaker1 + 7) + "\tWanjiru",
                "T3\tCue " + (speaker1 + 8) + " " + (speaker1 + 12) + "\tsaid",
                "E1\tAttribution:T1 Content:T1 Source:T2 Cue:T3",
                "T4\tContent " + r + " " + (r + reported.length()) + "\t" + reported,
                "T5\tSource " + speaker2 + " " + (speaker2 + 12) + "\tThe minister",
                "T6\tCue " + (speaker2 + 13) + " " + (speaker2 + 17) + "\tsaid",
                "E2\tAttribution:T4 Content:T4 Source:T5 Cue:T6", "");
        Files.writeString(dir.resolve("attributions/kenya_a1b2.ann"), ann, StandardCharsets.UTF_8);
        return dir;
    }

    @Test
    void evalQuotesScoresBothKindsAndTheSpeakers(@TempDir Path tmp) throws Exception {
        Cli.Result r = Cli.run(null, "eval", "quotes", polnearSplit(tmp).toString(), "--json", "--threads", "1");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(1, json.get("direct").get("gold").asInt());
        assertEquals(1.0, json.get("direct").get("f1").asDouble(), 1e-9);
        assertEquals(1, json.get("indirect").get("gold").asInt());
        assertEquals(1.0, json.get("indirect").get("recall").asDouble(), 1e-9);
        // "Wanjiru" is a named source; "The minister" is not
        assertEquals(1, json.get("namedSpeakers").get("total").asInt());
        assertEquals(1, json.get("namedSpeakers").get("correct").asInt());
        assertEquals(2, json.get("allSpeakers").get("correct").asInt());
    }

    @Test
    void evalQuotesRejectsAFolderThatIsNoSplit(@TempDir Path tmp) {
        Cli.Result r = Cli.run(null, "eval", "quotes", tmp.toString());
        assertEquals(ExitCodes.FATAL, r.exitCode());
        assertTrue(r.err().contains("text/"), r.err());
    }

    /** The PLOVER dev records in {@code ../shared}, or skips the test where they are absent. */
    private static Path ploverDev() {
        Path dev = Path.of(System.getProperty("sitrep.shared", "../../shared"))
                .resolve("datasets/plover-gsr/PLOVER_GSR_CAMEO.dev.json");
        Assumptions.assumeTrue(Files.isRegularFile(dev), "shared data absent: " + dev);
        return dev;
    }

    @Test
    void evalEventsScoresEveryDevRecordAndListsEveryError() {
        Path dev = ploverDev();

        Cli.Result r = Cli.run(null, "eval", "events", dev.toString(), "--details", "--threads", "2");

        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("PLOVER " + dev + ": 109 records\n"), r.out());
        for (String section : List.of("type          gold system     tp      P      R     F1\n", "\nAGREE ",
                "\nASSAULT ", "\nall (micro)    109 ", "\nfull triple (gold type, source codes, target codes):\n",
                "\n  exact   (code sets equal):", "\n  lenient (code sets overlap or both empty):",
                "\npredicted events by mode (not scored): asserted ")) {
            assertTrue(r.out().contains(section), section + " in\n" + r.out());
        }
        String[] micro = r.out().lines().filter(l -> l.startsWith("all (micro)")).findFirst().orElseThrow()
                .substring("all (micro)".length()).trim().split(" +");
        int system = Integer.parseInt(micro[1]);
        int tp = Integer.parseInt(micro[2]);
        assertEquals(109 - tp, r.out().lines().filter(l -> l.startsWith("FN ")).count(), "one line per miss");
        assertEquals(system - tp, r.out().lines().filter(l -> l.startsWith("FP ")).count(), "per false alarm");
        assertTrue(r.out().lines().filter(l -> l.startsWith("FN ") || l.startsWith("FP ") || l.startsWith("ACTORS "))
                .allMatch(l -> l.matches("[A-Z]+ [A-Z]+ PLOVER-GSR01-[A-Z]+-\\d{4} gold: .+ \\| system: .+ \\| .+")),
                r.out());
    }

    @Test
    void evalEventsReportsUnusableRecordsAndScoresTheRest(@TempDir Path tmp) throws Exception {
        Path gold = tmp.resolve("gold.json");
        Files.writeString(gold, """
                [{"id": "T-DOCUMENT-0001", "event": "DOCUMENT"},
                 {"id": "T-HUG-0001", "event": "HUG", "text": "The two envoys embraced in Geneva."},
                 {"id": "T-DEMAND-0001", "event": "DEMAND", "text": "Chile urged Peru to reopen the border.",
                  "source": [{"actorText": "Chile", "code": "CHL"}], "target": [{"actorText": "Peru", "code": "PER"}]}]
                """, StandardCharsets.UTF_8);

        Cli.Result r = Cli.run(null, "eval", "events", gold.toString(), "--json", "--threads", "1");

        assertEquals(ExitCodes.SOME_INPUT_FAILED, r.exitCode(), r.err());
        assertTrue(r.err().contains(gold + ":2: T-HUG-0001: unknown event name 'HUG'"), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(1, json.get("records").asInt());
        assertEquals(1, json.get("goldProblems").asInt());
        assertEquals(1, json.get("types").get("gold").asInt());
        assertEquals(1, json.get("perType").get("REQUEST").get("gold").asInt());
        assertEquals(16, json.get("perType").size());
        assertTrue(json.get("fullTriple").has("lenientShare"), r.out());
        assertEquals(4, json.get("predictedEventsByMode").size());
    }

    @Test
    void evalEventsRefusesAFileThatIsNotJson(@TempDir Path tmp) throws Exception {
        Path gold = Files.writeString(tmp.resolve("gold.json"), "[{\"id\": \"A-1\",]", StandardCharsets.UTF_8);

        Cli.Result r = Cli.run(null, "eval", "events", gold.toString());

        assertEquals(ExitCodes.FATAL, r.exitCode());
        assertTrue(r.err().startsWith("sitrep: " + gold + ": not valid JSON at line 1"), r.err());
    }

    @Test
    void evalEventsHelpShowsTheRulesAndAnExample() {
        Cli.Result r = Cli.run(null, "eval", "events", "--help");

        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("sitrep eval events ../shared/datasets/plover-gsr/PLOVER_GSR_CAMEO.dev.json"),
                r.out());
        assertTrue(r.out().replaceAll("\\s+", " ").contains("DEMAND to REQUEST"), r.out());
    }

    @Test
    void benchReportsEachThreadCountAndChecksItsTarget(@TempDir Path tmp) throws Exception {
        Path corpus = tmp.resolve("corpus.txt");
        Files.writeString(corpus, ARTICLE, StandardCharsets.UTF_8);
        Cli.Result r = Cli.run(null, "bench", "--corpus", corpus.toString(), "--threads-list", "1,2", "--rounds", "1");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("1 ")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("2 ")), r.out());
        assertTrue(r.out().contains("speed-up"), r.out());
        Cli.Result slow = Cli.run(null, "bench", "--corpus", corpus.toString(), "--threads-list", "1", "--rounds",
                "1", "--min-rate", "1000000");
        assertEquals(ExitCodes.TARGET_MISSED, slow.exitCode());
    }
}
