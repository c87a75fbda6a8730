package dev.sitrep.spark;

import dev.sitrep.nlp.CoreNlpAnnotator;
import dev.sitrep.nlp.NlpSettings;
import dev.sitrep.pipeline.Analyzer;
import dev.sitrep.pipeline.Limits;

/**
 * One {@link Analyzer} per executor JVM: built by the first task that needs it, shared by every task of every
 * stage on that executor after it (analysis is thread-safe), so the models load once per executor, not per task or
 * record. Built again only when a job asks for other settings.
 */
final class Analyzers {

    /** The shared analyzer and what it was built with. */
    private record Holder(NlpSettings nlp, Limits limits, Analyzer analyzer) {
    }

    private static Holder holder;

    private Analyzers() {
    }

    /** What {@link #get} gave: the analyzer, and how long loading it took when this call loaded it (else 0). */
    record Got(Analyzer analyzer, long loadNanos) {
    }

    static synchronized Got get(NlpSettings nlp, Limits limits) {
        if (holder != null && holder.nlp.equals(nlp) && holder.limits.equals(limits)) {
            return new Got(holder.analyzer, 0);
        }
        long start = System.nanoTime();
        // CoreNLP's own console logging is process-wide and synchronised: off, as in the CLI without -v
        CoreNlpAnnotator.logging(false);
        holder = new Holder(nlp, limits, new Analyzer(nlp, limits));
        return new Got(holder.analyzer, System.nanoTime() - start);
    }
}
