package dev.sitrep.eval;

import static dev.sitrep.eval.GoldRendering.miniSplit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {

    /** The text with every run of in-quote characters wrapped in ⟨ ⟩. */
    private static String marked(String text) {
        QuoteMarks marks = QuoteMarks.of(text);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            boolean in = marks.inside(i);
            if (in && (i == 0 || !marks.inside(i - 1))) {
                out.append('⟨');
            }
            if (!in && i > 0 && marks.inside(i - 1)) {
                out.append('⟩');
            }
            out.append(text.charAt(i));
        }
        return out.append(text.isEmpty() || !marks.inside(text.length() - 1) ? "" : "⟩").toString();
    }

    @Test
    void pairsCurlyAndStraightMarksLeftToRight() {
        assertEquals("He said “⟨yes⟩” and \"⟨no⟩\" twice.", marked("He said “yes” and \"no\" twice."));
    }

    @Test
    void insideAQuoteOtherMarksAreText() {
        assertEquals("“⟨a \"b\" c⟩” and \"⟨d “e” f⟩\"", marked("“a \"b\" c” and \"d “e” f\""));
    }

    @Test
    void aStraightMarkClosesACurlyQuoteWhenPlacedAsAClosingMark() {
        assertEquals("“⟨Deals are not a right,⟩\" Lind said, adding that they went \"⟨like candy.⟩\"",
                marked("“Deals are not a right,\" Lind said, adding that they went \"like candy.\""));
        assertEquals("\"⟨It is over,⟩” she said.", marked("\"It is over,” she said."));
        assertEquals("“⟨He called it \"fake\" today⟩” and left.", marked("“He called it \"fake\" today” and left."));
    }

    @Test
    void ignoresStrayClosingMarksAndSingleQuotes() {
        assertEquals("a” b ‘c’ it's “⟨d⟩”", marked("a” b ‘c’ it's “d”"));
    }

    @Test
    void closesAnOpenQuoteAtTheEndOfItsParagraph() {
        assertEquals("“⟨One.⟩\n\n“⟨Two,⟩” he said. “⟨Three⟩", marked("“One.\n\n“Two,” he said. “Three"));
        assertEquals("\"⟨a⟩\n\"⟨b⟩\" c", marked("\"a\n\"b\" c"));
    }

    @Test
    void directNeedsFourFifthsOfTheCountableCharactersInsideQuotes() {
        String text = "b “aaaa”, bb “aaaaaaa”.";
        QuoteMarks marks = QuoteMarks.of(text);
        Span fourOfFive = new Span(0, 9);
        Span sevenOfNine = new Span(10, 23);

        assertEquals(0.8, marks.quotedShare(List.of(fourOfFive)), 1e-9);
        assertTrue(marks.isDirect(List.of(fourOfFive)));
        assertEquals(7.0 / 9, marks.quotedShare(List.of(sevenOfNine)), 1e-9);
        assertFalse(marks.isDirect(List.of(sevenOfNine)));
        assertTrue(marks.isDirect(List.of(new Span(2, 9), new Span(13, 23))), "pieces count together");
    }

    @Test
    void punctuationAndSpaceDoNotCountAndNeitherDoesEmptyContent() {
        QuoteMarks marks = QuoteMarks.of("“yes” , . ; — ! ? ...");

        assertTrue(marks.isDirect(List.of(new Span(0, 21))));
        assertFalse(marks.isDirect(List.of(new Span(5, 21))));
        assertFalse(marks.isDirect(List.of()));
    }

    @Test
    void classifiesTheFixtureMultiParagraphQuoteAsDirectAndMixedContentAsIndirect() {
        GoldArticle harbour = PolnearCorpus.load(miniSplit()).get(1);
        QuoteMarks marks = QuoteMarks.of(harbour.text());
        GoldAttribution multiParagraph = harbour.attributions().get(2);
        GoldAttribution mixed = harbour.attributions().get(3);

        assertEquals(1.0, marks.quotedShare(multiParagraph.content()), 1e-9);
        assertTrue(multiParagraph.direct());
        // "the plan was “a gift to developers” and would cost jobs": 17 of 43 letters quoted
        assertEquals(17.0 / 43, marks.quotedShare(mixed.content()), 1e-9);
        assertFalse(mixed.direct());
    }
}
