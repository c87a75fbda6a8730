package dev.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.kb.KnowledgeBase;
import dev.sitrep.model.Article;
import dev.sitrep.model.EntityRef;
import dev.sitrep.model.Event;
import dev.sitrep.model.EventMode;
import dev.sitrep.model.EventType;
import dev.sitrep.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Event scores on gold records and articles built by hand; the sentences are invented for these tests. */
class EventScorerTest {

    private static final EventScorer SCORER = new EventScorer(new ActorCodes(KnowledgeBase.builtIn()));
    private static final double EPS = 1e-9;

    private static final EntityRef USA = ref("USA");
    private static final EntityRef GBR = ref("GBR");
    private static final EntityRef FRA = ref("FRA");
    private static final EntityRef IRQ = ref("IRQ");
    private static final EntityRef NATO = ref("NATO");
    private static final EntityRef RUS = ref("RUS");
    private static final EntityRef UKR = ref("UKR");
    private static final EntityRef CHN = ref("CHN");
    private static final EntityRef NO_CODE = new EntityRef("e9", "the crowd", null);

    // --- event type ---

    @Test
    void extraTypesLowerPrecisionAndTwoEventsOfOneTypeCountOnce() {
        GoldEvent gold = gold("r1", EventType.AGREE, List.of("USA"), List.of("IRQ"));

        EventScores s = SCORER.score(article(gold, event(EventType.AGREE, List.of(USA), List.of(IRQ)),
                event(EventType.AGREE, List.of(USA), List.of()), event(EventType.CONSULT, List.of(USA), List.of(IRQ))),
                gold);

        assertEquals(new MatchCounts(1, 2, 1, 1), s.micro());
        assertEquals(0.5, s.micro().precision(), EPS);
        assertEquals(1.0, s.micro().recall(), EPS);
        assertEquals(2.0 / 3, s.micro().f1(), EPS);
        assertEquals(new MatchCounts(1, 1, 1, 1), s.types().get(EventType.AGREE));
        assertEquals(new MatchCounts(0, 1, 0, 0), s.types().get(EventType.CONSULT));
        assertEquals(MatchCounts.ZERO, s.types().get(EventType.ASSAULT));
    }

    @Test
    void noEventIsAMissAndNoFalseAlarm() {
        GoldEvent gold = gold("r2", EventType.ASSAULT, List.of("ISR"), List.of("PSE"));

        EventScores s = SCORER.score(article(gold), gold);

        assertEquals(new MatchCounts(1, 0, 0, 0), s.micro());
        assertEquals(0, s.exactTriples());
        assertEquals(0, s.lenientTriples());
        assertEquals("FN ASSAULT r2 gold: ASSAULT ISR -> PSE | system: none | Sentence r2.", s.toReport().strip());
    }

    @Test
    void precisionRecallAndF1AreMicroAveragedOverSentences() {
        EventScores s = sample();

        // 7 gold types, 6 distinct predicted types per sentence summed (7 events), 4 right
        assertEquals(new MatchCounts(7, 6, 4, 4), s.micro());
        assertEquals(4.0 / 6, s.micro().precision(), EPS);
        assertEquals(4.0 / 7, s.micro().recall(), EPS);
        assertEquals(8.0 / 13, s.micro().f1(), EPS);
    }

    // --- full triple ---

    @Test
    void exactNeedsEqualCodeSetsLenientOnlyOverlap() {
        GoldEvent gold = gold("r3", EventType.REQUEST, List.of("GBR", "USA"), List.of("IRQ"));

        assertTriples(0, 1, gold, event(EventType.REQUEST, List.of(USA), List.of(IRQ)));
        assertTriples(0, 1, gold, event(EventType.REQUEST, List.of(USA, GBR, FRA), List.of(IRQ)));
        assertTriples(0, 0, gold, event(EventType.REQUEST, List.of(FRA), List.of(IRQ)));
        assertTriples(1, 1, gold, event(EventType.REQUEST, List.of(GBR, USA, USA), List.of(IRQ)));
    }

    @Test
    void anEmptyTargetMatchesOnlyAnEmptyTarget() {
        GoldEvent gold = gold("r4", EventType.THREATEN, List.of("RUS"), List.of());

        assertTriples(1, 1, gold, event(EventType.THREATEN, List.of(RUS), List.of()));
        assertTriples(1, 1, gold, event(EventType.THREATEN, List.of(RUS), List.of(NO_CODE)));
        assertTriples(0, 0, gold, event(EventType.THREATEN, List.of(RUS), List.of(UKR)));
        assertTriples(0, 0, gold("r5", EventType.THREATEN, List.of("RUS"), List.of("UKR")),
                event(EventType.THREATEN, List.of(RUS), List.of()));
    }

    @Test
    void theTripleNeedsTheGoldTypeAndOneEventWithBothSets() {
        GoldEvent gold = gold("r6", EventType.SANCTION, List.of("USA"), List.of("RUS"));

        assertTriples(0, 0, gold, event(EventType.COERCE, List.of(USA), List.of(RUS)));
        assertTriples(0, 0, gold, event(EventType.SANCTION, List.of(USA), List.of()),
                event(EventType.SANCTION, List.of(), List.of(RUS)));
        assertTriples(1, 1, gold, event(EventType.SANCTION, List.of(USA), List.of()),
                event(EventType.SANCTION, List.of(USA), List.of(RUS)));
    }

    @Test
    void sitrepCodesAreMappedBeforeComparing() {
        GoldEvent gold = gold("r7", EventType.REJECT, List.of("IGO"), List.of("RUS"));

        assertTriples(1, 1, gold, event(EventType.REJECT, List.of(NATO), List.of(RUS)));
    }

    @Test
    void everyModeCountsAndIsTallied() {
        GoldEvent gold = gold("r8", EventType.AID, List.of("USA"), List.of("UKR"));

        EventScores s = SCORER.score(article(gold, event(EventType.AID, EventMode.NEGATED, List.of(USA), List.of(UKR)),
                event(EventType.AID, EventMode.HYPOTHETICAL, List.of(USA), List.of(UKR))), gold);

        assertEquals(new MatchCounts(1, 1, 1, 1), s.micro());
        assertEquals(1, s.exactTriples());
        assertEquals(0, s.modes().get(EventMode.ASSERTED));
        assertEquals(1, s.modes().get(EventMode.NEGATED));
        assertEquals(1, s.modes().get(EventMode.HYPOTHETICAL));
    }

    @Test
    void refusesAnArticleOfAnotherSentence() {
        GoldEvent gold = gold("r9", EventType.AID, List.of("USA"), List.of("UKR"));
        Article other = article(gold("r10", EventType.AID, List.of(), List.of()));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SCORER.score(other, gold));

        assertTrue(e.getMessage().contains("r9"), e.getMessage());
    }

    // --- the printed forms ---

    @Test
    void tableShowsEveryTypeTheMicroRowTheTriplesAndTheModes() {
        assertEquals("""
                type          gold system     tp      P      R     F1
                AGREE            1      1      1  1.000  1.000  1.000
                CONSULT          0      1      0  0.000      -  0.000
                SUPPORT          0      0      0      -      -      -
                CONCEDE          0      0      0      -      -      -
                COOPERATE        0      0      0      -      -      -
                AID              0      0      0      -      -      -
                RETREAT          0      0      0      -      -      -
                REQUEST          1      1      1  1.000  1.000  1.000
                ACCUSE           0      1      0  0.000      -  0.000
                REJECT           1      1      1  1.000  1.000  1.000
                THREATEN         1      1      1  1.000  1.000  1.000
                PROTEST          1      0      0      -  0.000  0.000
                SANCTION         0      0      0      -      -      -
                MOBILIZE         0      0      0      -      -      -
                COERCE           1      0      0      -  0.000  0.000
                ASSAULT          1      0      0      -  0.000  0.000
                all (micro)      7      6      4  0.667  0.571  0.615

                full triple (gold type, source codes, target codes):
                  exact   (code sets equal):                2 / 7 = 0.286
                  lenient (code sets overlap or both empty): 3 / 7 = 0.429

                predicted events by mode (not scored): asserted 4, future 1, negated 1, hypothetical 1
                """, sample().toTable());
    }

    @Test
    void reportHasOneGrepFriendlyLinePerError() {
        assertEquals("""
                FP CONSULT r1 gold: AGREE USA -> IRQ | system: AGREE USA -> IRQ; AGREE USA -> IRQ (future); \
                CONSULT USA -> IRQ | Sentence r1.
                FN ASSAULT r2 gold: ASSAULT ISR -> PSE | system: none | Sentence r2.
                ACTORS REQUEST r3 gold: REQUEST GBR+USA -> IRQ | system: REQUEST USA -> IRQ (lenient match) \
                | Sentence r3.
                ACTORS THREATEN r5 gold: THREATEN RUS -> - | system: THREATEN RUS -> UKR | Sentence r5.
                FN PROTEST r6 gold: PROTEST USA -> CHN | system: ACCUSE USA -> CHN (negated) | Sentence r6.
                FP ACCUSE r6 gold: PROTEST USA -> CHN | system: ACCUSE USA -> CHN (negated) | Sentence r6.
                FN COERCE r7 gold: COERCE - -> - | system: none | Sentence r7.
                """, sample().toReport());
    }

    @Test
    void mergingAddsUpEveryCount() {
        EventScores once = sample();
        EventScores twice = once.merge(once);

        assertEquals(14, twice.records());
        assertEquals(new MatchCounts(14, 12, 8, 8), twice.micro());
        assertEquals(4, twice.exactTriples());
        assertEquals(6, twice.lenientTriples());
        assertEquals(8, twice.modes().get(EventMode.ASSERTED));
        assertEquals(2 * once.findings().size(), twice.findings().size());
        assertEquals(once.toTable(), EventScores.empty().merge(once).toTable());
    }

    /**
     * Seven records: r1 right plus an extra type, r2 missed, r3 right type with overlapping sources, r4 right
     * once NATO is mapped to IGO and the uncoded target left out, r5 right type but a target where gold has none,
     * r6 the wrong type (negated), r7 missed with no actors at all.
     */
    private static EventScores sample() {
        List<EventScores> scores = new ArrayList<>();
        GoldEvent r1 = gold("r1", EventType.AGREE, List.of("USA"), List.of("IRQ"));
        scores.add(SCORER.score(article(r1, event(EventType.AGREE, List.of(USA), List.of(IRQ)),
                event(EventType.AGREE, EventMode.FUTURE, List.of(USA), List.of(IRQ)),
                event(EventType.CONSULT, List.of(USA), List.of(IRQ))), r1));
        GoldEvent r2 = gold("r2", EventType.ASSAULT, List.of("ISR"), List.of("PSE"));
        scores.add(SCORER.score(article(r2), r2));
        GoldEvent r3 = gold("r3", EventType.REQUEST, List.of("GBR", "USA"), List.of("IRQ"));
        scores.add(SCORER.score(article(r3, event(EventType.REQUEST, List.of(USA), List.of(IRQ))), r3));
        GoldEvent r4 = gold("r4", EventType.REJECT, List.of("IGO"), List.of());
        scores.add(SCORER.score(article(r4, event(EventType.REJECT, EventMode.HYPOTHETICAL, List.of(NATO),
                List.of(NO_CODE))), r4));
        GoldEvent r5 = gold("r5", EventType.THREATEN, List.of("RUS"), List.of());
        scores.add(SCORER.score(article(r5, event(EventType.THREATEN, List.of(RUS), List.of(UKR))), r5));
        GoldEvent r6 = gold("r6", EventType.PROTEST, List.of("USA"), List.of("CHN"));
        scores.add(SCORER.score(article(r6, event(EventType.ACCUSE, EventMode.NEGATED, List.of(USA), List.of(CHN))),
                r6));
        GoldEvent r7 = gold("r7", EventType.COERCE, List.of(), List.of());
        scores.add(SCORER.score(article(r7), r7));
        return scores.stream().reduce(EventScores.empty(), EventScores::merge);
    }

    private static void assertTriples(int exact, int lenient, GoldEvent gold, Event... events) {
        EventScores s = SCORER.score(article(gold, events), gold);
        assertEquals(exact + "/" + lenient, s.exactTriples() + "/" + s.lenientTriples(), Arrays.toString(events));
    }

    private static GoldEvent gold(String id, EventType type, List<String> source, List<String> target) {
        return new GoldEvent(id, "Sentence " + id + ".", null, type, GoldEvent.codes(source), GoldEvent.codes(target),
                List.of(), List.of());
    }

    private static Article article(GoldEvent gold, Event... events) {
        return new Article(gold.document("test"), List.of(), List.of(), List.of(events), List.of(), "test");
    }

    private static Event event(EventType type, List<EntityRef> source, List<EntityRef> target) {
        return event(type, EventMode.ASSERTED, source, target);
    }

    private static Event event(EventType type, EventMode mode, List<EntityRef> source, List<EntityRef> target) {
        return new Event(type, type.cameoRoot(), mode, source, target, null, null, "did", new Span(0, 3),
                new Span(0, 8), "test");
    }

    private static EntityRef ref(String code) {
        return new EntityRef("e-" + code, code, code);
    }
}
