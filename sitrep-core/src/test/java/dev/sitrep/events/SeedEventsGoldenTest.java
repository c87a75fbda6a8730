package dev.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.model.AidType;
import dev.sitrep.model.Article;
import dev.sitrep.model.Commitment;
import dev.sitrep.model.CommitmentStatus;
import dev.sitrep.model.EntityRef;
import dev.sitrep.model.Event;
import dev.sitrep.model.EventMode;
import dev.sitrep.model.EventType;
import dev.sitrep.model.SourceDocument;
import dev.sitrep.testing.Shared;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Golden test of event coding on the article that started the project (../shared/seed/, UAWire, Monday
 * 2022-01-10). The text is read at run time, never copied here; the expected events are ours, as the issue
 * states them.
 */
class SeedEventsGoldenTest {

    private static Article seed;

    @BeforeAll
    static void analyse() {
        List<SourceDocument> docs = Shared.read(Shared.sharedDir().resolve("seed"));
        seed = Shared.analyze(docs.get(0));
    }

    @Test
    void canadaAndTheCzechRepublicCooperateWithUkraine() {
        assertTrue(has(EventType.COOPERATE, null, "CAN", "UKR"), this::dump);
        assertTrue(has(EventType.COOPERATE, null, "CZE", "UKR"), this::dump);
    }

    @Test
    void canadaCallsOnRussiaToStop() {
        Event request = find(EventType.REQUEST, "CAN", "RUS");
        assertEquals("call on", request.trigger());
        assertEquals(EventMode.ASSERTED, request.mode());
    }

    @Test
    void russiaMobilizes() {
        Event buildup = find(EventType.MOBILIZE, "RUS", null);
        assertEquals(EventMode.ASSERTED, buildup.mode());
        assertTrue(buildup.trigger().contains("buildup"), buildup.trigger());
    }

    @Test
    void theVisitToKyivIsAFutureConsultation() {
        Event visit = find(EventType.CONSULT, "CZE", "UKR");
        assertEquals(EventMode.FUTURE, visit.mode());
        assertEquals("036", visit.cameo(), "an announced visit is CAMEO's intent to meet");
        assertEquals("Kyiv", visit.location().name());
    }

    @Test
    void theMeetingOnFridayIsDatedToFriday() {
        Event meeting = find(EventType.CONSULT, "CAN", "NATO");
        assertEquals("2022-01-07", meeting.date());
        assertEquals(EventMode.ASSERTED, meeting.mode());
    }

    @Test
    void canadaHasNotAssertedlyAidedUkraineOnlyConsideredIt() {
        for (Event e : seed.events()) {
            boolean canadianAid = e.type() == EventType.AID && codes(e.source()).contains("CAN");
            assertFalse(canadianAid && e.mode() == EventMode.ASSERTED, () -> "asserted Canadian aid: " + e);
        }
        Event weapons = find(EventType.AID, "CAN", "UKR");
        assertEquals(EventMode.HYPOTHETICAL, weapons.mode());
    }

    @Test
    void theWeaponsAreACommitmentUnderConsideration() {
        List<Commitment> canadian = seed.commitments().stream()
                .filter(c -> "CAN".equals(c.donor().code())).toList();
        assertEquals(1, canadian.size(), seed.commitments()::toString);
        Commitment c = canadian.get(0);
        assertEquals("UKR", c.recipient().code());
        assertEquals(AidType.MILITARY, c.aidType());
        assertEquals("weapons", c.what());
        assertEquals(CommitmentStatus.CONSIDERED, c.status());
        assertNull(c.amount());
        assertEquals("2022-01-10", c.date());
        assertTrue(seed.text().substring(c.span().start(), c.span().end()).contains("weapons"));
    }

    @Test
    void everyEventPointsAtItsEvidence() {
        for (Event e : seed.events()) {
            String trigger = seed.text().substring(e.triggerSpan().start(), e.triggerSpan().end());
            assertEquals(e.trigger(), trigger);
            assertTrue(e.span().contains(e.triggerSpan()), () -> "evidence must contain the trigger: " + e);
            assertTrue(e.date().startsWith("2022-01"), e::toString);
        }
    }

    private boolean has(EventType type, EventMode mode, String source, String target) {
        return seed.events().stream().anyMatch(e -> e.type() == type && (mode == null || e.mode() == mode)
                && codes(e.source()).contains(source) && codes(e.target()).contains(target));
    }

    private Event find(EventType type, String source, String target) {
        return seed.events().stream()
                .filter(e -> e.type() == type && codes(e.source()).contains(source)
                        && (target == null || codes(e.target()).contains(target)))
                .findFirst().orElseThrow(() -> new AssertionError("no " + type + " " + source + " -> " + target
                        + " in\n" + dump()));
    }

    private static Set<String> codes(List<EntityRef> refs) {
        return refs.stream().map(EntityRef::code).collect(Collectors.toSet());
    }

    private String dump() {
        return seed.events().stream().map(e -> e.type() + " " + e.mode() + " " + codes(e.source()) + " -> "
                + codes(e.target()) + " '" + e.trigger() + "'").collect(Collectors.joining("\n"));
    }
}
