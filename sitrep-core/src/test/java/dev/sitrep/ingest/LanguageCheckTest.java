package dev.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageCheckTest {

    private static final String ENGLISH = "The regional council said on Thursday that it would reopen the river crossing "
            + "after two weeks of repairs, but only for trucks carrying food and medicine. Officials from both "
            + "provinces had argued for months about who should pay for the work. A spokesman for the transport "
            + "ministry told reporters that the bridge was safe and that more lanes could open before the end of "
            + "the year if the weather held.";

    private static final String GERMAN = "Der Stadtrat hat am Donnerstag beschlossen, die Brücke über den Fluss nach "
            + "zwei Wochen Bauarbeiten wieder zu öffnen, allerdings zunächst nur für Lastwagen mit Lebensmitteln und "
            + "Medikamenten. Vertreter beider Provinzen hatten monatelang darüber gestritten, wer die Kosten tragen "
            + "soll. Ein Sprecher des Verkehrsministeriums sagte, die Brücke sei sicher und weitere Spuren könnten "
            + "noch vor Jahresende freigegeben werden.";

    private static final String SPANISH = "El consejo regional anunció el jueves que volverá a abrir el puente sobre "
            + "el río después de dos semanas de obras, aunque al principio solo para camiones que transporten "
            + "alimentos y medicinas. Los representantes de ambas provincias discutieron durante meses sobre quién "
            + "debía pagar las reparaciones. Un portavoz del ministerio de transporte dijo a la prensa que el puente "
            + "es seguro y que podrían abrirse más carriles antes de fin de año.";

    @Test
    void englishPasses() {
        assertTrue(LanguageCheck.looksEnglish(ENGLISH));
        assertEquals(Optional.empty(), LanguageCheck.reason(ENGLISH));
    }

    @Test
    void germanAndSpanishDoNot() {
        assertFalse(LanguageCheck.looksEnglish(GERMAN));
        assertFalse(LanguageCheck.looksEnglish(SPANISH));
        String reason = LanguageCheck.reason(GERMAN).orElseThrow();
        assertTrue(reason.matches("only \\d+ of \\d+ words \\(\\d+\\.\\d%\\) are common English function words; "
                + "English text has at least 8%"), reason);
    }

    @Test
    void shortTextsPassUnjudged() {
        String shortGerman = GERMAN.substring(0, GERMAN.indexOf("Medikamenten"));
        assertTrue(shortGerman.split("\\s+").length < LanguageCheck.MIN_WORDS);
        assertTrue(LanguageCheck.looksEnglish(shortGerman));
        assertTrue(LanguageCheck.looksEnglish(""));
    }

    @Test
    void englishReportQuotingGermanStillPasses() {
        assertTrue(LanguageCheck.looksEnglish(ENGLISH + " The mayor wrote: \"" + GERMAN + "\""));
    }
}
