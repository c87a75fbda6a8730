package dev.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.sitrep.model.EventType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;

/** Reading PLOVER gold records from small files written here; the sentences are invented for these tests. */
class PloverGoldTest {

    private static final long SEED = Long.getLong("sitrep.seed", 0x9A1DL);

    /** One record per line, so a record's line number is its index in the array plus 2. */
    private static final String GOLD = String.join("\n",
            "[",
            "{\"id\": \"T-DOCUMENT-0001\", \"event\": \"DOCUMENT\", \"eventText\": \"a header\"},",
            "{\"id\": \"T-DEMAND-0001\", \"event\": \"DEMAND\", \"text\": \"Chile urged Peru to reopen the border.\","
                    + " \"source\": [{\"actorText\": \"Chile\", \"code\": \"CHL\"}], \"target\": [{\"actorText\":"
                    + " \"Peru\", \"code\": \"PER\"}], \"textInfo\": {\"markup\": \"(SRC: Chile) (EVT: urged)"
                    + " (TAR: Peru) to reopen the border.\"}, \"date\": \"2000-01-01\"},",
            "{\"id\": \"T-FIGHT-0001\", \"event\": \"FIGHT\", \"text\": \"Rebels and soldiers clashed near the"
                    + " lake.\", \"source\": [{\"actorText\": \"Rebels\", \"code\": \"IMG\", \"sector\": \"REB\"},"
                    + " {\"actorText\": \"soldiers\", \"code\": \"COD\"}], \"target\": \"\", \"textInfo\":"
                    + " \"(SRC: Rebels) and (SRC: soldiers) (EVT: clashed) near the lake.\"},",
            "{\"id\": \"T-DISAPPROVE-0001\", \"event\": \"DISAPPROVE\", \"text\": \"Tokyo criticised the ruling.\","
                    + " \"source\": [{\"actorText\": \"Tokyo\", \"code\": \"JAP\"}], \"target\": null},",
            "{\"id\": \"T-INVESTIGATE-0001\", \"event\": \"INVESTIGATE\", \"text\": \"Inspectors looked into the"
                    + " deaths.\", \"source\": [{\"actorText\": \"Inspectors\"}, {\"actorText\": \"UN\", \"code\":"
                    + " \"\"}]},",
            "{\"id\": \"T-HUG-0001\", \"event\": \"HUG\", \"text\": \"The two leaders embraced.\"},",
            "{\"id\": \"T-DEMAND-0001\", \"event\": \"AGREE\", \"text\": \"A second record with that id.\"},",
            "{\"id\": \"T-AGREE-0002\", \"event\": \"AGREE\"},",
            "42, null,",
            "{\"id\": \"T-AGREE-0003\", \"event\": \"AGREE\", \"text\": \"Ghana agreed.\", \"source\":"
                    + " {\"actorText\": \"Ghana\", \"code\": \"GHA\"}},",
            "{\"id\": \"T-AGREE-0004\", \"event\": \"AGREE\", \"text\": \"Canada and the United States agreed on"
                    + " quotas with Mexico.\", \"source\": [{\"actorText\": \"United States\", \"code\": \"USA\"},"
                    + " {\"actorText\": \"Canada\", \"code\": \"CAN\"}, {\"actorText\": \"Washington\", \"code\":"
                    + " \"USA\"}], \"target\": [{\"actorText\": \"Mexico\", \"code\": \"MEX\"}]}",
            "]", "");

    @TempDir
    Path dir;

    @Test
    void mapsOldNamesReadsEveryFormOfActorsAndSkipsTheHeader() throws IOException {
        PloverGold.Result gold = PloverGold.read(write("gold.json", GOLD));

        assertEquals("""
                T-DEMAND-0001 REQUEST CHL -> PER [Chile] -> [Peru]
                T-FIGHT-0001 ASSAULT COD+IMG -> - [Rebels, soldiers] -> []
                T-DISAPPROVE-0001 ACCUSE JPN -> - [Tokyo] -> []
                T-INVESTIGATE-0001 ACCUSE - -> - [Inspectors, UN] -> []
                T-AGREE-0004 AGREE CAN+USA -> MEX [United States, Canada, Washington] -> [Mexico]""",
                render(gold.records()));
    }

    @Test
    void readsTheMarkupWhetherTextInfoIsAnObjectOrAString() throws IOException {
        List<GoldEvent> records = PloverGold.read(write("gold.json", GOLD)).records();

        assertEquals("(SRC: Chile) (EVT: urged) (TAR: Peru) to reopen the border.", records.get(0).markup());
        assertEquals("(SRC: Rebels) and (SRC: soldiers) (EVT: clashed) near the lake.", records.get(1).markup());
        assertNull(records.get(2).markup());
    }

    @Test
    void reportsEachUnusableRecordWithItsLineAndIdAndKeepsTheRest() throws IOException {
        Path file = write("gold.json", GOLD);

        PloverGold.Result gold = PloverGold.read(file);

        assertEquals(List.of(
                file + ":7: T-HUG-0001: unknown event name 'HUG'; record skipped",
                file + ":8: T-DEMAND-0001: duplicate id; record skipped",
                file + ":9: T-AGREE-0002: no text; record skipped",
                file + ":10: a record must be a JSON object, found a number; skipped",
                file + ":10: a record must be a JSON object, found null; skipped",
                file + ":11: T-AGREE-0003: source must be a list of actors, \"\" or null, not an object; record"
                        + " skipped"),
                gold.problems().stream().map(Object::toString).toList());
        assertEquals(5, gold.records().size());
    }

    @Test
    void analysesEachRecordAsAnArticleDated2000() throws IOException {
        GoldEvent demand = PloverGold.read(write("gold.json", GOLD)).records().get(0);

        assertEquals("T-DEMAND-0001", demand.document("gold.json").id());
        assertEquals("2000-01-01", demand.document("gold.json").published());
        assertEquals(demand.text(), demand.document("gold.json").text());
    }

    @Test
    void knowsTheCurrentAndTheOldNames() {
        assertEquals(Optional.of(EventType.ACCUSE), PloverGold.typeOf("INVESTIGATE"));
        assertEquals(Optional.of(EventType.ASSAULT), PloverGold.typeOf("ASSAULT"));
        assertEquals(Optional.of(EventType.RETREAT), PloverGold.typeOf("RETREAT"));
        assertEquals(Optional.empty(), PloverGold.typeOf("DOCUMENT"));
        assertEquals(Optional.empty(), PloverGold.typeOf("EXPEL"));
    }

    @Test
    void refusesAFileThatIsNotAnArrayOfRecordsNamingTheFileAndTheFault() throws IOException {
        Path broken = write("broken.json", "[\n{\"id\": \"A-1\", \"event\": \"AGREE\" \"text\": \"x\"}\n]");
        Path object = write("object.json", "{\"records\": []}");
        Path open = write("open.json", "[{\"id\": \"A-1\", \"event\": \"AGREE\", \"text\": \"x\"},");
        Path two = write("two.json", "[] []");
        Path empty = write("empty.json", "");

        assertTrue(refusal(broken).startsWith(broken + ": not valid JSON at line 2, column 32: Unexpected "
                + "character"), refusal(broken));
        assertEquals(object + ": expected a JSON array of records, found an object", refusal(object));
        assertTrue(refusal(open).startsWith(open + ": not valid JSON"), refusal(open));
        assertEquals(two + ": found an array after the array of records, at line 1", refusal(two));
        assertEquals(empty + ": expected a JSON array of records, found nothing", refusal(empty));
        assertEquals(dir.resolve("absent.json") + ": no such file", refusal(dir.resolve("absent.json")));
    }

    @Test
    void damagedFilesGiveRecordsProblemsOrARefusalThatNamesTheFile(TestReporter reporter) {
        reporter.publishEntry("sitrep.seed", Long.toString(SEED));
        Random random = new Random(SEED);
        byte[] valid = GOLD.getBytes(StandardCharsets.UTF_8);
        String noise = "[]{}\",:\\ \n0an\u00e9";
        for (int round = 0; round < 500; round++) {
            byte[] bytes = valid.clone();
            for (int n = 1 + random.nextInt(4); n > 0; n--) {
                int at = random.nextInt(bytes.length);
                bytes[at] = random.nextInt(4) == 0 ? (byte) random.nextInt(256)
                        : (byte) noise.charAt(random.nextInt(noise.length()));
            }
            if (random.nextInt(5) == 0) {
                bytes = Arrays.copyOf(bytes, random.nextInt(bytes.length));
            }
            String context = "seed=" + SEED + " round=" + round;
            try {
                PloverGold.Result r = PloverGold.parse(bytes, "damaged.json");
                r.problems().forEach(p -> assertTrue(p.origin().startsWith("damaged.json:"), context + ": " + p));
                r.records().forEach(g -> assertTrue(!g.id().isBlank() && !g.text().isBlank(), context + ": " + g));
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage().startsWith("damaged.json: "), context + ": " + e.getMessage());
            } catch (RuntimeException e) {
                fail(context + ": " + e, e);
            }
        }
    }

    private String refusal(Path file) {
        return assertThrows(IllegalArgumentException.class, () -> PloverGold.read(file)).getMessage();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    /** {@code T-DEMAND-0001 REQUEST CHL -> PER [Chile] -> [Peru]}: codes, then the actors' words. */
    static String render(List<GoldEvent> records) {
        return records.stream()
                .map(g -> g.id() + " " + g.type() + " " + codes(g.sourceCodes()) + " -> " + codes(g.targetCodes())
                        + " " + g.sourceTexts() + " -> " + g.targetTexts())
                .collect(Collectors.joining("\n"));
    }

    private static String codes(Set<String> codes) {
        return codes.isEmpty() ? "-" : String.join("+", codes);
    }
}
