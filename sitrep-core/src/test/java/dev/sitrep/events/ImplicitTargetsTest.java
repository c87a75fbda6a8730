package dev.sitrep.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sitrep.extract.Extractor;
import dev.sitrep.extract.Gazetteer;
import dev.sitrep.model.EntityRef;
import dev.sitrep.model.SourceDocument;
import dev.sitrep.nlp.NlpDocument;
import dev.sitrep.testing.Canned;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The target a clause names outside the places its pattern looks in, on hand-built tokens (no tagger): the first
 * other actor after the trigger, never the source itself and never a mere region.
 */
class ImplicitTargetsTest {

    private static final Extractor EXTRACTOR = new Extractor(Gazetteer.load());
    private static final EventCoder CODER = new EventCoder();

    private static List<String> events(String... sentences) {
        NlpDocument doc = Canned.doc(sentences);
        Extractor.Result found = EXTRACTOR.extract(doc, LocalDate.of(2022, 1, 10));
        SourceDocument source = new SourceDocument("t", null, null, null, "2022-01-10", doc.text(), "test");
        return CODER.code(source, doc, found.entities(), found.quotes()).events().stream()
                .map(e -> e.type() + " " + codes(e.source()) + " -> " + codes(e.target())).toList();
    }

    private static String codes(List<EntityRef> refs) {
        return refs.isEmpty() ? "-" : refs.stream().map(r -> r.code() == null ? r.name() : r.code())
                .collect(Collectors.joining(","));
    }

    @Test
    void anActorNamedLaterInTheClauseIsTheTargetWhenThePatternsPlacesNameNone() {
        // "criticize" looks only in the object, "the visit"; the visit's agent is the one condemned
        assertEquals(List.of("ACCUSE POL -> RUS"), events("Poland/NNP/LOCATION condemned/VBD=condemn the/DT "
                + "visit/NN by/IN Russia/NNP/LOCATION 's/POS president/NN ./."));
    }

    @Test
    void thePatternsOwnPlaceWinsAndTheSourceIsNeverItsOwnTarget() {
        assertEquals(List.of("ACCUSE POL -> BLR"), events("Poland/NNP/LOCATION condemned/VBD=condemn "
                + "Belarus/NNP/LOCATION over/IN the/DT visit/NN by/IN Russia/NNP/LOCATION 's/POS president/NN ./."));
        assertEquals(List.of("ACCUSE POL -> -"), events("Poland/NNP/LOCATION condemned/VBD=condemn the/DT "
                + "decision/NN by/IN Warsaw/NNP/LOCATION ./."));
        // a "for" phrase names a beneficiary or a price, not the counterpart
        assertEquals(List.of("ACCUSE POL -> -"), events("Poland/NNP/LOCATION condemned/VBD=condemn the/DT "
                + "decision/NN for/IN Belarus/NNP/LOCATION ./."));
        // one of the source's own state may be the target of a hostile act
        assertEquals(List.of("ACCUSE POL -> POL"), events("Poland/NNP/LOCATION condemned/VBD=condemn the/DT "
                + "decision/NN by/IN Polish/JJ/MISC farmers/NNS ./."));
    }
}
