package dev.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.model.EventType;
import dev.sitrep.testing.Shared;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The dev third of the PLOVER gold records in {@code ../shared}, as {@code sitrep eval events} reads it. */
class PloverGoldDevTest {

    private static PloverGold.Result dev() {
        return PloverGold.read(Shared.sharedDir().resolve("datasets/plover-gsr/PLOVER_GSR_CAMEO.dev.json"));
    }

    @Test
    void readsAllHundredAndNineRecordsWithOldNamesMapped() {
        PloverGold.Result dev = dev();

        assertEquals(List.of(), dev.problems());
        assertEquals(109, dev.records().size());
        Map<EventType, Integer> counts = new EnumMap<>(EventType.class);
        dev.records().forEach(g -> counts.merge(g.type(), 1, Integer::sum));
        // README.txt's counts of the dev third: DISAPPROVE 5 + INVESTIGATE 3, DEMAND 9, ASSAULT 6 + FIGHT 5
        assertEquals(8, counts.get(EventType.ACCUSE));
        assertEquals(9, counts.get(EventType.REQUEST));
        assertEquals(11, counts.get(EventType.ASSAULT));
        assertEquals(16, counts.size(), "every current type occurs: " + counts);
    }

    @Test
    void readsTheIrregularRecords() {
        Map<String, GoldEvent> byId = new HashMap<>();
        dev().records().forEach(g -> byId.put(g.id(), g));

        assertEquals("PLOVER-GSR01-AGREE-0002 AGREE IGO -> JPN [Asia-Pacific Economic Cooperation] -> [Tokyo]",
                PloverGoldTest.render(List.of(byId.get("PLOVER-GSR01-AGREE-0002"))), "JAP corrected to JPN");
        assertTrue(byId.get("PLOVER-GSR01-INVESTIGATE-0002").markup().startsWith("The (SRC: United Nations)"),
                "textInfo given as a string");
        assertTrue(byId.get("PLOVER-GSR01-AGREE-0003").targetCodes().isEmpty(), "target \"\"");
        assertTrue(byId.get("PLOVER-GSR01-ASSAULT-0009").sourceCodes().isEmpty(), "no source field");
    }
}
