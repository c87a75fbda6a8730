package dev.sitrep.eval;

import static dev.sitrep.eval.GoldRendering.miniSplit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementTest {

    @Test
    void readsOnlyArticlesThatSeveralAnnotatorsMarked() {
        List<List<GoldArticle>> multiple = PolnearCorpus.multiplyAnnotated(miniSplit());

        assertEquals(1, multiple.size(), "harbour-vote has one annotation");
        assertEquals(List.of("bridge-closure", "bridge-closure"), multiple.get(0).stream().map(GoldArticle::id)
                .toList());
        assertEquals(List.of(2, 1), multiple.get(0).stream().map(a -> a.attributions().size()).toList());
    }

    @Test
    void scoresEachAnnotatorAgainstTheOther() {
        // annotator a1f0 marked the agency's statement and the spokesperson's quote, c3d2 only the statement
        QuoteScores s = Agreement.score(PolnearCorpus.multiplyAnnotated(miniSplit()));

        assertEquals(2, s.articles(), "two ordered pairs");
        assertEquals(new MatchCounts(2, 2, 2, 2), s.indirect());
        assertEquals(new MatchCounts(1, 1, 0, 0), s.direct(), "the quote one marked and the other did not");
        assertEquals(0.0, s.direct().f1(), 1e-9);
    }
}
