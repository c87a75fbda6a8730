package dev.sitrep.eval;

import static dev.sitrep.eval.GoldRendering.miniSplit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.model.Article;
import dev.sitrep.model.Entity;
import dev.sitrep.model.EntityType;
import dev.sitrep.model.Quote;
import dev.sitrep.model.SourceDocument;
import dev.sitrep.model.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteScorerTest {

    private static final List<GoldArticle> MINI = PolnearCorpus.load(miniSplit());
    private static final GoldArticle BRIDGE = MINI.get(0);
    private static final GoldArticle HARBOUR = MINI.get(1);

    private static final Entity ADA = person("e1", "Ada Lindqvist", new Span(0, 19), new Span(180, 189));
    private static final Entity TOMAS = person("e2", "Tomas Berg", new Span(323, 333));

    // --- matching ---

    @Test
    void aQuoteMatchesWhenItSharesHalfOfTheShorterSpan() {
        GoldArticle gold = filler(new GoldAttribution(List.of(new Span(100, 200)), List.of(), List.of(), false));

        assertEquals(new MatchCounts(1, 1, 1, 1), anyRow(gold, indirect(140, 300)), "60% of the gold");
        assertEquals(new MatchCounts(1, 1, 0, 0), anyRow(gold, indirect(160, 300)), "40% of the gold");
        assertEquals(new MatchCounts(1, 1, 1, 1), anyRow(gold, indirect(190, 210)), "50% of the quote");
        assertEquals(new MatchCounts(1, 1, 0, 0), anyRow(gold, indirect(199, 220)), "1 of 21");
    }

    @Test
    void discontinuousGoldContentCountsAsOnePiece() {
        GoldArticle gold = filler(new GoldAttribution(List.of(new Span(100, 150), new Span(250, 300)), List.of(),
                List.of(), false));

        // 30 + 20 shared characters of a 100-character gold content
        assertEquals(new MatchCounts(1, 1, 1, 1), anyRow(gold, indirect(120, 270)));
        assertEquals(new MatchCounts(1, 1, 0, 0), anyRow(gold, indirect(130, 269)));
    }

    @Test
    void emptyGoldContentIsNeverMatched() {
        GoldArticle gold = filler(new GoldAttribution(List.of(), List.of(), List.of(new Span(5, 9)), false));

        assertEquals(new MatchCounts(1, 1, 0, 0), anyRow(gold, indirect(0, 300)));
    }

    @Test
    void refusesArticlesWithDifferentTexts() {
        Article other = article(BRIDGE, List.of());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> QuoteScorer.score(other, HARBOUR));

        assertTrue(e.getMessage().contains("different texts"), e.getMessage());
    }

    // --- categories, speakers and the printed forms ---

    @Test
    void scoresEachCategoryOnItsOwnAndBothTogether() {
        Article system = article(HARBOUR, List.of(ADA, TOMAS),
                new Quote(new Span(86, 179), "", true, "e1", "Ada Lindqvist", "told", null, null),
                new Quote(new Span(41, 83), "", true, null, null, "said", null, null),
                new Quote(new Span(339, 394), "", false, "e2", "Tomas Berg", "said", null, null),
                new Quote(new Span(0, 19), "", true, null, null, null, null, null),
                new Quote(new Span(416, 425), "", false, null, null, null, null, null));

        QuoteScores scores = QuoteScorer.score(system, HARBOUR);

        assertEquals("""
                category    gold system     tp recalled      P      R     F1
                direct         2      3      1        1  0.333  0.500  0.400
                indirect       4      2      2        2  1.000  0.500  0.667
                any            6      5      4        4  0.800  0.667  0.727
                speaker accuracy, named source: 2 / 3 = 0.667
                speaker accuracy, any source:   2 / 4 = 0.500
                """, scores.toTable());
        assertEquals("""
                harbour-vote
                  FP direct [0,19] "Mayor Ada Lindqvist"
                  FP direct [41,83] "the harbour plan would go to a public..." (matches indirect gold)
                  FN indirect [41,83] "the harbour plan would go to a public..." (gold speaker: Mayor Ada Lindqvist; \
                found as direct)
                  SPEAKER indirect [41,83] "the harbour plan would go to a public..." (gold speaker: Mayor Ada \
                Lindqvist; system: none)
                  FN direct [224,254;256,295] "“The vote will be held in May. “And the..." (gold speaker: she)
                  FN indirect [428,442;454,477] "The project is worth 40 million crowns" (no gold speaker)
                """, scores.toReport());
    }

    @Test
    void speakerIsRightByEntityMentionBySpeakerSpanOrByLastName() {
        GoldAttribution berg = HARBOUR.attributions().get(3);
        Span elsewhere = new Span(0, 5);
        Span atSource = new Span(308, 333);

        assertTrue(right(berg, person("e2", "Tomas Berg", new Span(323, 333)), null), "(a) a mention");
        assertTrue(right(berg, person("e2", "T. B.", elsewhere), atSource), "(b) the speaker span");
        assertTrue(right(berg, person("e2", "Tomas Berg", elsewhere), null), "(c) the last name");
        assertTrue(right(berg, person("e2", "Tomas Berg Jr.", elsewhere), null), "(c) ignoring Jr.");
        assertFalse(right(berg, person("e2", "Tomas Bergman", elsewhere), null), "(c) whole words only");
        assertFalse(right(berg, person("e2", "Ada Lindqvist", elsewhere), new Span(0, 19)), "wrong everywhere");
    }

    @Test
    void speakerNeedsASpeakerIdAndFallsBackOnTheQuotesNameWhenTheEntityIsMissing() {
        GoldAttribution berg = HARBOUR.attributions().get(3);
        Article noEntities = article(HARBOUR, List.of());

        Quote noSpeaker = new Quote(new Span(339, 394), "", false, null, "Tomas Berg", null, null,
                new Span(308, 333));
        Quote unknownEntity = new Quote(new Span(339, 394), "", false, "e9", "T. Berg", null, null, null);

        assertFalse(QuoteScorer.speakerRight(noSpeaker, berg, noEntities));
        assertTrue(QuoteScorer.speakerRight(unknownEntity, berg, noEntities));
    }

    @Test
    void namedSourcesHaveACapitalisedWordThatIsNotAFunctionWord() {
        assertTrue(SourceNames.isNamed("Council member Tomas Berg"));
        assertTrue(SourceNames.isNamed("the Clinton campaign"));
        assertTrue(SourceNames.isNamed("Clinton’s aides"));
        assertFalse(SourceNames.isNamed("she"));
        assertFalse(SourceNames.isNamed("Critics"));
        assertFalse(SourceNames.isNamed("Officials familiar with the talks"));
        assertFalse(SourceNames.isNamed("The transport agency’s two spokespeople"));
        assertEquals(List.of("Clinton", "aides", "Lt", "Gen", "O'Neil"),
                SourceNames.words("Clinton’s aides, Lt. Gen. O'Neil's"));
    }

    @Test
    void countsSpeakersOfUnnamedSourcesOnlyInTheSecondFigure() {
        Article system = article(HARBOUR, List.of(ADA),
                new Quote(new Span(224, 295), "", true, "e1", "Ada Lindqvist", null, null, new Span(296, 299)),
                new Quote(new Span(416, 425), "", false, "e1", "Ada Lindqvist", null, null, null));

        QuoteScores scores = QuoteScorer.score(system, HARBOUR);

        // "she" is right by its speaker span, "Critics" wrong; neither is a named source
        assertEquals(new SpeakerCounts(0, 0), scores.namedSpeakers());
        assertEquals(new SpeakerCounts(1, 2), scores.allSpeakers());
    }

    @Test
    void theGoldItselfScoresPerfectly() {
        QuoteScores total = QuoteScores.empty();
        for (GoldArticle gold : MINI) {
            total = total.merge(QuoteScorer.score(goldAsSystem(gold), gold));
        }

        assertEquals(new MatchCounts(8, 8, 8, 8), total.any());
        assertEquals(new MatchCounts(3, 3, 3, 3), total.direct());
        assertEquals(new SpeakerCounts(4, 4), total.namedSpeakers());
        assertEquals(new SpeakerCounts(7, 7), total.allSpeakers());
        assertEquals("", total.toReport());
    }

    // --- helpers ---

    private static MatchCounts anyRow(GoldArticle gold, Quote quote) {
        return QuoteScorer.score(article(gold, List.of(), quote), gold).any();
    }

    private static boolean right(GoldAttribution gold, Entity speaker, Span speakerSpan) {
        Quote quote = new Quote(new Span(339, 394), "", false, speaker.id(), speaker.name(), null, null, speakerSpan);
        return QuoteScorer.speakerRight(quote, gold, article(HARBOUR, List.of(speaker), quote));
    }

    private static Quote indirect(int start, int end) {
        return new Quote(new Span(start, end), "", false, null, null, null, null, null);
    }

    /** A 300-character article with one attribution. */
    private static GoldArticle filler(GoldAttribution attribution) {
        return new GoldArticle("filler", "word ".repeat(60), List.of(attribution));
    }

    private static Entity person(String id, String name, Span... mentions) {
        return new Entity(id, EntityType.PERSON, name, null, null, List.of(), null, List.of(mentions));
    }

    private static Article article(GoldArticle gold, List<Entity> entities, Quote... quotes) {
        return new Article(new SourceDocument(gold.id(), null, null, null, null, gold.text(), "test"), entities,
                List.of(quotes), List.of(), List.of(), "test");
    }

    /** Each gold attribution as a quote over its content's extent, spoken by an entity mentioned at the source. */
    private static Article goldAsSystem(GoldArticle gold) {
        List<Entity> entities = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        for (GoldAttribution a : gold.attributions()) {
            Span extent = new Span(a.content().get(0).start(), a.content().get(a.content().size() - 1).end());
            String speaker = null;
            if (a.hasSource()) {
                speaker = "e" + entities.size();
                entities.add(person(speaker, a.sourceText(gold.text()), a.source().toArray(Span[]::new)));
            }
            quotes.add(new Quote(extent, extent.of(gold.text()), a.direct(), speaker, null, null, null, null));
        }
        return article(gold, entities, quotes.toArray(Quote[]::new));
    }
}
