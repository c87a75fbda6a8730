package dev.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitrep.store.Table;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The four output formats on hand-made tables: alignment, cutting, lists, nulls, numbers, tags, quoting. */
class TablePrinterTest {

    private static final String LONG_SNIPPET = "The talks in Geneva went on late into the night, and officials "
            + "from both delegations said on Friday that a <b>ceasefire</b> could hold.";

    private static final Table TABLE = new Table(List.of("name", "titles", "amount", "note"), List.of(
            Arrays.asList("Marta Kowalczyk", List.of("Defence Minister", "MP"), new BigDecimal("25000000.0000"),
                    null),
            Arrays.asList("Jonas Petraitis", List.of(), 7L, "x".repeat(80)),
            Arrays.asList(null, null, null, "said \"yes\", then\nleft")));

    private static String print(Table table, OutputFormat format, boolean wide, boolean ansi, List<String> view) {
        StringWriter s = new StringWriter();
        new TablePrinter(format, wide, ansi, new PrintWriter(s)).print(table, view);
        return s.toString();
    }

    @Test
    void tableAlignsColumnsRightAlignsNumbersJoinsListsAndCutsLongText() {
        List<String> lines = print(TABLE, OutputFormat.TABLE, false, false, List.of()).lines().toList();
        assertEquals(List.of(
                "name             titles                  amount  note",
                "---------------  --------------------  --------  "
                        + "------------------------------------------------------------",
                "Marta Kowalczyk  Defence Minister; MP  25000000",
                "Jonas Petraitis                               7  " + "x".repeat(59) + "…",
                "                                                 said \"yes\", then left"), lines);
    }

    @Test
    void wideKeepsLongTextWholeAndShowsEveryColumnTheViewLeavesOut() {
        String narrow = print(TABLE, OutputFormat.TABLE, false, false, List.of("name", "amount"));
        assertEquals("name               amount", narrow.lines().findFirst().orElseThrow());
        assertFalse(narrow.contains("Defence"), narrow);
        String wide = print(TABLE, OutputFormat.TABLE, true, false, List.of("name", "amount"));
        assertTrue(wide.lines().findFirst().orElseThrow().startsWith("name             titles"), wide);
        assertTrue(wide.contains("x".repeat(80)), wide);
        assertFalse(wide.contains("…"), wide);
    }

    @Test
    void snippetTagsBecomeBoldOnATerminalAndVanishElsewhereAndTheMatchSurvivesTheCut() {
        Table t = new Table(List.of("score", "snippet"), List.of(Arrays.asList(1.5, LONG_SNIPPET)));
        String plain = print(t, OutputFormat.TABLE, false, false, List.of()).lines().toList().get(2);
        assertFalse(plain.contains("<b>") || plain.contains("\033"), plain);
        assertTrue(plain.contains("a ceasefire could hold."), plain);
        assertTrue(plain.contains("…"), plain);
        assertTrue(plain.startsWith("  1.5  …"), plain);
        int cell = plain.length() - "  1.5  ".length();
        assertTrue(cell <= TablePrinter.WIDTH && cell > TablePrinter.WIDTH * 7 / 8, plain);

        String bold = print(t, OutputFormat.TABLE, false, true, List.of()).lines().toList().get(2);
        assertTrue(bold.contains("a \033[1mceasefire\033[22m could hold."), bold);
        assertEquals(plain, bold.replace("\033[1m", "").replace("\033[22m", ""));

        String whole = print(t, OutputFormat.TABLE, true, false, List.of()).lines().toList().get(2);
        assertTrue(whole.endsWith("said on Friday that a ceasefire could hold."), whole);
        assertTrue(whole.contains("The talks in Geneva"), whole);
    }

    @Test
    void jsonIsOneArrayOfObjectsAndJsonlAnObjectALineBothKeepingTagsAndTypes() throws Exception {
        Table t = new Table(List.of("snippet", "amount", "titles", "missing"),
                List.of(Arrays.asList(LONG_SNIPPET, new BigDecimal("2.5E+7"), List.of("MP"), null)));
        JsonNode array = new ObjectMapper().readTree(print(t, OutputFormat.JSON, false, true, List.of("amount")));
        assertTrue(array.isArray());
        assertEquals(1, array.size());
        JsonNode row = array.get(0);
        assertEquals(LONG_SNIPPET, row.get("snippet").asText());
        assertEquals("25000000", row.get("amount").toString());
        assertEquals("MP", row.get("titles").get(0).asText());
        assertTrue(row.get("missing").isNull());

        String jsonl = print(TABLE, OutputFormat.JSONL, false, false, List.of());
        List<String> lines = jsonl.lines().toList();
        assertEquals(3, lines.size(), jsonl);
        assertEquals("Jonas Petraitis", new ObjectMapper().readTree(lines.get(1)).get("name").asText());
        assertEquals("[]" + System.lineSeparator(),
                print(new Table(List.of("a"), List.of()), OutputFormat.JSON, false, false, List.of()));
    }

    @Test
    void csvHasAHeaderQuotesWhatNeedsQuotingAndEndsLinesWithCrLf() {
        String csv = print(TABLE, OutputFormat.CSV, false, false, List.of("name"));
        assertEquals("name,titles,amount,note\r\n"
                + "Marta Kowalczyk,Defence Minister; MP,25000000,\r\n"
                + "Jonas Petraitis,,7," + "x".repeat(80) + "\r\n"
                + ",,,\"said \"\"yes\"\", then\nleft\"\r\n", csv);
    }
}
