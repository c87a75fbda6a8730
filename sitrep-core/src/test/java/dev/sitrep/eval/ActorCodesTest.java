package dev.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.sitrep.kb.KnowledgeBase;
import dev.sitrep.model.EntityRef;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActorCodesTest {

    private static final KnowledgeBase KB = KnowledgeBase.builtIn();
    private static final ActorCodes CODES = new ActorCodes(KB);

    @Test
    void theKnowledgeBaseKeepsAnInstitutionsSectorAndHomeCountry() {
        assertEquals(dev.sitrep.model.Sector.IGO, KB.institution("NATO").orElseThrow().sector());
        assertEquals(null, KB.institution("NATO").orElseThrow().country());
        assertEquals("PSE", KB.institution("HAMAS").orElseThrow().country());
        assertEquals(Optional.empty(), KB.institution("USA"), "a country is no institution");
        assertEquals(Optional.empty(), KB.institution(null));
    }

    @Test
    void countryCodesPassThrough() {
        assertEquals("USA", CODES.toGold("USA"));
        assertEquals("PSE", CODES.toGold("PSE"));
        assertEquals("XKX", CODES.toGold("XKX"));
    }

    @Test
    void internationalBodiesAreIgos() {
        assertEquals("IGO", CODES.toGold("NATO"), "alliance");
        assertEquals("IGO", CODES.toGold("UN"), "international");
        assertEquals("IGO", CODES.toGold("IAEA"));
        assertEquals("IGO", CODES.toGold("APEC"));
        assertEquals("IGO", CODES.toGold("IMF"), "financial");
        assertEquals("IGO", CODES.toGold("ICC"), "court");
    }

    @Test
    void nonGovernmentalOrganisationsWithoutACountryAreNgos() {
        assertEquals("NGO", CODES.toGold("ICRC"));
        assertEquals("NGO", CODES.toGold("AMNESTY"));
        assertEquals("USA", CODES.toGold("ISW"), "a think tank with a home country is coded by it");
    }

    @Test
    void armedGroupsAreCodedByTheirCountryElseAsImg() {
        assertEquals("PSE", CODES.toGold("HAMAS"));
        assertEquals("LBN", CODES.toGold("HEZBOLLAH"));
        assertEquals("IMG", CODES.toGold("ISIS"));
        assertEquals("IMG", CODES.toGold("ALQAEDA"));
    }

    @Test
    void nationalBodiesFirmsAndMediaAreCodedByTheirCountry() {
        assertEquals("USA", CODES.toGold("USA-FED"), "a national central bank is no IGO");
        assertEquals("USA", CODES.toGold("USA-SCOTUS"), "nor a national court");
        assertEquals("ISR", CODES.toGold("ISR-IDF"));
        assertEquals("RUS", CODES.toGold("GAZPROM"));
        assertEquals("GBR", CODES.toGold("REUTERS"));
    }

    @Test
    void unknownCodesPassThroughAndNullMapsToNothing() {
        assertEquals("IGO", CODES.toGold("IGO"));
        assertEquals("ZZZ", CODES.toGold("ZZZ"));
        assertNull(CODES.toGold((String) null));
    }

    @Test
    void anActorSetHoldsEachCodeOnceAndLeavesOutActorsWithoutOne() {
        List<EntityRef> actors = List.of(new EntityRef("e1", "NATO", "NATO"), new EntityRef("e2", "Ukraine", "UKR"),
                new EntityRef("e3", "the alliance", "NATO"), new EntityRef("e4", "the protesters", null),
                new EntityRef("e5", "UN", "UN"));

        assertEquals(List.of("IGO", "UKR"), List.copyOf(CODES.toGold(actors)));
        assertEquals(List.of(), List.copyOf(CODES.toGold(List.of(new EntityRef("e4", "the protesters", null)))));
    }
}
