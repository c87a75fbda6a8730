package dev.sitrep.pipeline;

import dev.sitrep.extract.Extractor;
import dev.sitrep.extract.Gazetteer;
import dev.sitrep.ingest.LanguageCheck;
import dev.sitrep.model.Article;
import dev.sitrep.model.SourceDocument;
import dev.sitrep.nlp.CoreNlpAnnotator;
import dev.sitrep.nlp.NlpDocument;
import dev.sitrep.nlp.NlpSettings;
import java.util.concurrent.atomic.LongAdder;

/**
 * Analyses one article at a time: checks, CoreNLP, extraction. Loads the models once (seconds, hundreds of MB);
 * create one per process and share it between threads: {@link #analyze} is thread-safe.
 */
public final class Analyzer {

    /** Name and version of what produced the output, carried by every article. */
    public static final String CODER = "sitrep-extract/0.1.0";

    private final CoreNlpAnnotator nlp;
    private final Extractor extractor;
    private final Limits limits;
    private final LongAdder nlpNanos = new LongAdder();
    private final LongAdder extractNanos = new LongAdder();
    private final LongAdder tokens = new LongAdder();

    public Analyzer(NlpSettings nlpSettings, Limits limits) {
        this.nlp = new CoreNlpAnnotator(nlpSettings);
        this.extractor = new Extractor(Gazetteer.load());
        this.limits = limits;
    }

    public Limits limits() {
        return limits;
    }

    public Article analyze(SourceDocument source) throws ArticleRejected {
        String text = source.text();
        if (text.isBlank()) {
            throw new ArticleRejected("empty article: no text to analyse");
        }
        if (text.length() > limits.maxArticleChars()) {
            throw new ArticleRejected("article is " + text.length() + " characters, over the limit of "
                    + limits.maxArticleChars() + " (--max-article-chars)");
        }
        var notEnglish = LanguageCheck.reason(text);
        if (notEnglish.isPresent()) {
            throw new ArticleRejected(notEnglish.get());
        }
        long t0 = System.nanoTime();
        NlpDocument doc = nlp.annotate(text);
        long t1 = System.nanoTime();
        Extractor.Result result = extractor.extract(doc);
        long t2 = System.nanoTime();
        nlpNanos.add(t1 - t0);
        extractNanos.add(t2 - t1);
        tokens.add(doc.tokens().size());
        return new Article(source, result.entities(), result.quotes(), CODER);
    }

    /** Time spent in CoreNLP and in Sitrep's own layers so far, summed over threads. */
    public Timings timings() {
        return new Timings(nlpNanos.sum(), extractNanos.sum(), tokens.sum());
    }

    /** Accumulated cost, for benchmarks. */
    public record Timings(long nlpNanos, long extractNanos, long tokens) {
    }
}
