package dev.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.kb.KnowledgeBase;
import dev.sitrep.model.SourceDocument;
import dev.sitrep.testing.Shared;
import org.junit.jupiter.api.Test;

/**
 * Floors under event-coding quality on the PLOVER dev third, a little below the figures docs/benchmarks.md
 * records, so that a change that makes coding worse fails the build. The targets are 0.75 type F1 and
 * 0.55 full-triple agreement.
 */
class PloverQualityTest {

    @Test
    void typeF1AndTripleAgreementStayAboveTheirFloors() {
        PloverGold.Result dev = PloverGold.read(
                Shared.sharedDir().resolve("datasets/plover-gsr/PLOVER_GSR_CAMEO.dev.json"));
        EventScorer scorer = new EventScorer(new ActorCodes(KnowledgeBase.builtIn()));
        EventScores sum = EventScores.empty();
        for (GoldEvent gold : dev.records()) {
            SourceDocument sentence =
                    new SourceDocument(gold.id(), null, null, null, "2000-01-01", gold.text(), "plover");
            sum = sum.merge(scorer.score(Shared.analyze(sentence), gold));
        }
        EventScores scores = sum;
        double f1 = scores.micro().f1();
        assertTrue(f1 >= 0.87, () -> "event-type F1 fell to " + f1 + "\n" + scores.toTable());
        assertTrue(scores.exactTripleShare() >= 0.55,
                () -> "full-triple agreement fell to " + scores.exactTripleShare());
    }
}
