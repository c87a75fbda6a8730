package dev.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sitrep.model.Quote;
import dev.sitrep.model.SourceDocument;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The pipeline checks stage order when it is built and each stage's promise when it runs. */
class PipelineTest {

    /** A stage that declares layers and adds what {@code adds} says, for these checks. */
    private record Declared(String name, Set<Layer<?>> requires, Set<Layer<?>> provides, boolean adds)
            implements Stage {
        @Override
        public void process(Analysis analysis) {
            if (adds && provides.contains(Layer.QUOTES)) {
                analysis.put(Layer.QUOTES, List.<Quote>of());
            }
        }
    }

    private static final SourceDocument DOC = new SourceDocument("d", null, null, null, null, "Some text.", "test");

    @Test
    void aStageBeforeWhatItNeedsIsRejectedAtConstruction() {
        Stage quotes = new Declared("quotes", Set.of(Layer.NLP), Set.of(Layer.QUOTES), true);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Pipeline(List.of(quotes)));
        assertEquals("stage quotes requires layer nlp, which no earlier stage provides", e.getMessage());
    }

    @Test
    void twoStagesProvidingOneLayerAreRejected() {
        Stage a = new Declared("a", Set.of(), Set.of(Layer.QUOTES), true);
        Stage b = new Declared("b", Set.of(), Set.of(Layer.QUOTES), true);
        assertThrows(IllegalArgumentException.class, () -> new Pipeline(List.of(a, b)));
    }

    @Test
    void aStageThatBreaksItsPromiseFailsLoudly() {
        Stage liar = new Declared("liar", Set.of(), Set.of(Layer.QUOTES), false);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new Pipeline(List.of(liar)).run(DOC));
        assertTrue(e.getMessage().contains("did not add layer quotes"), e.getMessage());
    }

    @Test
    void stagesRunInOrderAndAreTimed() throws ArticleRejected {
        Pipeline p = new Pipeline(List.of(new Declared("quotes", Set.of(Layer.SOURCE), Set.of(Layer.QUOTES), true)));
        Analysis a = p.run(DOC);
        assertEquals(List.of(), a.get(Layer.QUOTES));
        assertEquals(DOC, a.get(Layer.SOURCE));
        assertEquals(List.of("quotes"), p.stageNames());
        assertTrue(p.timings().get("quotes") > 0);
    }
}
