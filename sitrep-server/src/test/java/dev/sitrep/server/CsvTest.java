package dev.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sitrep.store.Table;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The support CSV: RFC 4180 quoting, plain amounts, and article text that a spreadsheet would run kept inert. */
class CsvTest {

    @Test
    void quotesWhatNeedsItAndDisarmsFormulas() {
        Table t = new Table(List.of("what", "amount", "note"), List.of(
                Arrays.asList("tanks, \"Leopard\" 2", new BigDecimal("2.5E+7"), null),
                Arrays.asList("=HYPERLINK(\"http://x\")", new BigDecimal("-3.5000"), "line\nbreak"),
                Arrays.asList("@SUM(A1)", 7L, "-1+2")));
        assertEquals("what,amount,note\r\n"
                + "\"tanks, \"\"Leopard\"\" 2\",25000000,\r\n"
                + "\"'=HYPERLINK(\"\"http://x\"\")\",-3.5000,\"line\nbreak\"\r\n"
                + "'@SUM(A1),7,'-1+2\r\n", Csv.write(t));
    }
}
