package dev.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.model.Article;
import dev.sitrep.model.Entity;
import dev.sitrep.model.Quote;
import dev.sitrep.model.Span;
import dev.sitrep.testing.Shared;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Randomised robustness: news-like word soup with quote marks in every style, dashes, parentheses, titles,
 * names, pronouns and cues in random order must never break extraction, and every offset must point into the
 * text. The seed is fixed and printed; set -Dsitrep.seed=N to replay a failure.
 */
class RandomTextTest {

    private static final String[] PIECES = {
        "said", "told", "according to", "he", "she", "the minister", "Foreign Minister", "Ukrainian", "Canadian",
        "Anna Berg", "Berg", "NATO", "Kyiv", "Moscow", "the Kremlin", "that", ",", ".", ":", "--", "\u2014", "(", ")",
        "\"", "\u201C", "\u201D", "''", "``", "'", "\u2018", "\u2019", "the", "a", "talks", "will", "resume", "on",
        "Friday", "officials", "Mr.", "Ms.", "Del.", "as", "called", "adding", "\n", "\n\n", "We", "I", "my", "it",
        "Republicans", "a poll", "found", "Russia", "Czech Republic", "Prague", "in", "visiting", "'s", "\u00A0"};

    @Test
    void randomNewsSoupNeverBreaksExtraction() {
        long seed = Long.getLong("sitrep.seed", 20261129L);
        Random random = new Random(seed);
        for (int round = 0; round < 150; round++) {
            StringBuilder text = new StringBuilder("Officials met in Kyiv on Monday. ");
            int words = 5 + random.nextInt(120);
            for (int i = 0; i < words; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
                if (random.nextInt(4) != 0) {
                    text.append(' ');
                }
            }
            String t = text.toString();
            Article a;
            try {
                a = Shared.analyze(t);
            } catch (RuntimeException e) {
                throw new AssertionError("seed " + seed + ", round " + round + ", text: " + t, e);
            }
            String where = "seed " + seed + ", round " + round;
            for (Entity e : a.entities()) {
                for (Span m : e.mentions()) {
                    assertTrue(m.end() <= t.length(), where);
                }
            }
            for (Quote q : a.quotes()) {
                assertTrue(q.span().end() <= t.length() && q.span().length() > 0, where);
                assertEquals(q.span().of(t), q.text(), where);
                assertTrue(q.speakerId() == null || a.entities().stream().anyMatch(e -> e.id().equals(q.speakerId())),
                        where);
            }
        }
    }
}
