package dev.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Possessives written with a character other than an apostrophe are read as possessives, offsets kept. */
class PossessivesTest {

    @Test
    void aBacktickAccentPrimeOrOpeningQuoteBeforeSIsAnApostrophe() {
        assertEquals("Ukraine's army, Russia's navy, Kyiv's mayor and Minsk's envoy.",
                CoreNlpAnnotator.possessives("Ukraine`s army, Russia\u00B4s navy, Kyiv\u2032s mayor and Minsk\u2018s envoy."));
        assertEquals("the president's", CoreNlpAnnotator.possessives("the president`s"));
    }

    @Test
    void otherUsesAreLeftAlone() {
        String text = "`so` he said, `sure`, and ‘speaks’ of it; the `sound`.";
        assertSame(text, CoreNlpAnnotator.possessives(text), "no letter before, or a word going on after the s");
        assertEquals(9, CoreNlpAnnotator.possessives("Ukraine`s").length(), "one character for one");
    }
}
