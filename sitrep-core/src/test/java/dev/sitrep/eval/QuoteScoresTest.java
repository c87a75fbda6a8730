package dev.sitrep.eval;

import static dev.sitrep.eval.GoldRendering.miniSplit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitrep.model.Article;
import dev.sitrep.model.Quote;
import dev.sitrep.model.SourceDocument;
import dev.sitrep.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteScoresTest {

    private static final List<GoldArticle> MINI = PolnearCorpus.load(miniSplit());

    /** Bridge: the direct quote found as one span, the indirect one missed. */
    private static final QuoteScores BRIDGE = QuoteScorer.score(article(MINI.get(0),
            new Quote(new Span(81, 187), "", true, null, null, null, null, null)), MINI.get(0));

    /** Harbour: one indirect quote found, one quote that is no quote at all. */
    private static final QuoteScores HARBOUR = QuoteScorer.score(article(MINI.get(1),
            new Quote(new Span(41, 83), "", false, null, null, null, null, null),
            new Quote(new Span(0, 19), "", false, null, null, null, null, null)), MINI.get(1));

    @Test
    void mergingAddsUpCountsAndKeepsEachArticlesFindings() {
        QuoteScores both = BRIDGE.merge(HARBOUR);

        assertEquals(2, both.articles());
        assertEquals(new MatchCounts(3, 1, 1, 1), both.direct());
        assertEquals(new MatchCounts(5, 2, 1, 1), both.indirect());
        assertEquals(new MatchCounts(8, 3, 2, 2), both.any());
        assertEquals(new SpeakerCounts(0, 2), both.allSpeakers());
        assertEquals("""
                category    gold system     tp recalled      P      R     F1
                direct         3      1      1        1  1.000  0.333  0.500
                indirect       5      2      1        1  0.500  0.200  0.286
                any            8      3      2        2  0.667  0.250  0.364
                speaker accuracy, named source: 0 / 2 = 0.000
                speaker accuracy, any source:   0 / 2 = 0.000
                """, both.toTable());
        assertEquals("""
                bridge-closure
                  FN indirect [0,51] "The Eastern Bridge will close for..." (gold speaker: the transport agency)
                  SPEAKER direct [81,114;150,187] ""Traffic will move to the ferry," "We..." (gold speaker: agency \
                spokesperson Lena Vik; system: none)
                harbour-vote
                  FP indirect [0,19] "Mayor Ada Lindqvist"
                  SPEAKER indirect [41,83] "the harbour plan would go to a public..." (gold speaker: Mayor Ada \
                Lindqvist; system: none)
                  FN direct [86,179] "“We owe the people of Norrvik a say...." (gold speaker: Lindqvist)
                  FN direct [224,254;256,295] "“The vote will be held in May. “And the..." (gold speaker: she)
                  FN indirect [339,394] "the plan was “a gift to developers” and..." (gold speaker: Council member \
                Tomas Berg)
                  FN indirect [416,425] "it rushed" (gold speaker: Critics)
                  FN indirect [428,442;454,477] "The project is worth 40 million crowns" (no gold speaker)
                """, both.toReport());
    }

    @Test
    void emptyIsTheIdentityOfMerge() {
        assertEquals(HARBOUR, QuoteScores.empty().merge(HARBOUR));
        assertEquals(HARBOUR, HARBOUR.merge(QuoteScores.empty()));
    }

    @Test
    void ratiosWithNothingToDivideByPrintAsDashes() {
        QuoteScores nothing = QuoteScorer.score(article(MINI.get(0)),
                new GoldArticle("bridge-closure", MINI.get(0).text(), List.of()));

        assertEquals("""
                category    gold system     tp recalled      P      R     F1
                direct         0      0      0        0      -      -      -
                indirect       0      0      0        0      -      -      -
                any            0      0      0        0      -      -      -
                speaker accuracy, named source: 0 / 0 = -
                speaker accuracy, any source:   0 / 0 = -
                """, nothing.toTable());
    }

    @Test
    void serialisesToJsonAsPlainNumbers() throws Exception {
        JsonNode json = new ObjectMapper().valueToTree(BRIDGE);

        assertEquals("{\"gold\":2,\"system\":1,\"matched\":1,\"recalled\":1}", json.get("any").toString());
        assertEquals("{\"correct\":0,\"total\":1}", json.get("namedSpeakers").toString());
        assertEquals("FN", json.get("findings").get(0).get("kind").asText());
    }

    private static Article article(GoldArticle gold, Quote... quotes) {
        return new Article(new SourceDocument(gold.id(), null, null, null, null, gold.text(), "test"), List.of(),
                List.of(quotes), List.of(), List.of(), "test");
    }
}
