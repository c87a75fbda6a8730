package dev.sitrep.pipeline;

import java.util.Set;

/**
 * One step of the analysis of an article. It declares what it needs and what it adds, and the pipeline checks
 * the order when it is built, not mid-run. Implementations are thread-safe: one instance serves every worker.
 */
public interface Stage {

    /** A short name for timings and messages. */
    String name();

    /** Layers that must be present before this stage runs. */
    Set<Layer<?>> requires();

    /** Layers this stage adds. */
    Set<Layer<?>> provides();

    /**
     * Runs the stage on one article.
     *
     * @throws ArticleRejected when the article cannot be analysed (too long, not English, ...)
     */
    void process(Analysis analysis) throws ArticleRejected;
}
