package dev.sitrep.spark;

import dev.sitrep.nlp.CoreNlpAnnotator;
import dev.sitrep.nlp.NlpSettings;
import dev.sitrep.kb.ActorMemory;
import dev.sitrep.kb.KbLoader;
import dev.sitrep.kb.KbText;
import dev.sitrep.kb.KnowledgeBase;
import dev.sitrep.pipeline.Analyzer;
import java.util.List;
import dev.sitrep.pipeline.Limits;

/**
 * One {@link Analyzer} per executor JVM: built by the first task that needs it, shared by every task of every
 * stage on that executor after it (analysis is thread-safe), so the models load once per executor, not per task or
 * record. Built again only when a job asks for other settings.
 */
final class Analyzers {

    /** The shared analyzer and what it was built with. */
    private record Holder(NlpSettings nlp, Limits limits, List<KbText> kb, Analyzer analyzer) {
    }

    private static Holder holder;

    private Analyzers() {
    }

    /** What {@link #get} gave: the analyzer, and how long loading it took when this call loaded it (else 0). */
    record Got(Analyzer analyzer, long loadNanos) {
    }

    /**
     * The executor's analyzer for these settings and knowledge-base files (empty: the built-in knowledge base),
     * built on first use.
     *
     * @throws IllegalStateException when the knowledge-base files hold a problem (the driver checked them first)
     */
    static synchronized Got get(NlpSettings nlp, Limits limits, List<KbText> kb) {
        if (holder != null && holder.nlp.equals(nlp) && holder.limits.equals(limits) && holder.kb.equals(kb)) {
            return new Got(holder.analyzer, 0);
        }
        long start = System.nanoTime();
        // CoreNLP's own console logging is process-wide and synchronised: off, as in the CLI without -v
        CoreNlpAnnotator.logging(false);
        KnowledgeBase base = KnowledgeBase.builtIn();
        if (!kb.isEmpty()) {
            base = KbLoader.withTexts(kb).knowledgeBase();
        }
        holder = new Holder(nlp, limits, List.copyOf(kb), new Analyzer(nlp, limits, base, ActorMemory.NONE));
        return new Got(holder.analyzer, System.nanoTime() - start);
    }
}
