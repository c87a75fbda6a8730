package dev.sitrep.pipeline;

import dev.sitrep.events.EventCoder;
import dev.sitrep.extract.Extractor;
import dev.sitrep.extract.Gazetteer;
import dev.sitrep.kb.ActorMemory;
import dev.sitrep.kb.KnowledgeBase;
import dev.sitrep.model.Article;
import dev.sitrep.model.SourceDocument;
import dev.sitrep.nlp.CoreNlpAnnotator;
import dev.sitrep.nlp.NlpSettings;
import java.util.List;
import java.util.Map;

/**
 * Analyses one article at a time through the stages admission, corenlp, extract and events. Loads the models once
 * (seconds, hundreds of MB): create one per process and share it between threads; {@link #analyze} is
 * thread-safe.
 */
public final class Analyzer {

    /** Name and version of what produced the output, carried by every article. */
    public static final String CODER = "sitrep-extract/0.2.0";

    private final Pipeline pipeline;
    private final Limits limits;
    private final java.util.concurrent.atomic.LongAdder tokens = new java.util.concurrent.atomic.LongAdder();

    /** An analyzer with the built-in knowledge base and no memory of earlier articles. */
    public Analyzer(NlpSettings nlpSettings, Limits limits) {
        this(nlpSettings, limits, KnowledgeBase.builtIn(), ActorMemory.NONE);
    }

    /**
     * An analyzer with a knowledge base of one's own (the built-in one with imports or files on top) and what the
     * store remembers of actors from earlier articles.
     */
    public Analyzer(NlpSettings nlpSettings, Limits limits, KnowledgeBase kb, ActorMemory memory) {
        this.limits = limits;
        this.pipeline = new Pipeline(List.of(
                new Stages.Admission(limits),
                new Stages.Nlp(new CoreNlpAnnotator(nlpSettings)),
                new Stages.Extract(new Extractor(Gazetteer.of(kb), memory)),
                new Stages.Events(new EventCoder(kb))));
    }

    public Limits limits() {
        return limits;
    }

    public Article analyze(SourceDocument source) throws ArticleRejected {
        Analysis a = pipeline.run(source);
        tokens.add(a.get(Layer.NLP).tokens().size());
        return new Article(source, a.get(Layer.ENTITIES), a.get(Layer.QUOTES), a.get(Layer.EVENTS),
                a.get(Layer.COMMITMENTS), CODER);
    }

    /** Tokens in every article analysed so far. */
    public long tokensAnalyzed() {
        return tokens.sum();
    }

    /** Nanoseconds spent in each stage so far, summed over threads, in stage order. */
    public Map<String, Long> stageTimings() {
        return pipeline.timings();
    }
}
