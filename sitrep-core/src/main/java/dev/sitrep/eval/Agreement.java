package dev.sitrep.eval;

import dev.sitrep.model.Article;
import dev.sitrep.model.Quote;
import dev.sitrep.model.SourceDocument;
import dev.sitrep.model.Span;
import java.util.List;

/**
 * How far human annotators agree with each other, measured exactly as Sitrep is measured: each annotator's
 * attributions are scored by {@link QuoteScorer} against each other annotator's, as if they were system quotes
 * (a content of several pieces becomes one quote from its first character to its last), and the scores of all
 * ordered pairs are added up. The result is the ceiling a system can expect under the scorer: what one careful
 * human scores against another.
 */
public final class Agreement {

    private Agreement() {}

    /** The summed scores of every ordered pair of annotations of each article; speaker accuracy is not scored. */
    public static QuoteScores score(List<List<GoldArticle>> articles) {
        QuoteScores total = QuoteScores.empty();
        for (List<GoldArticle> annotations : articles) {
            for (GoldArticle system : annotations) {
                for (GoldArticle gold : annotations) {
                    if (system != gold) {
                        total = total.merge(QuoteScorer.score(asQuotes(system), gold));
                    }
                }
            }
        }
        return total;
    }

    /** An annotation as an article whose quotes are its attributions' contents. */
    static Article asQuotes(GoldArticle annotation) {
        String text = annotation.text();
        List<Quote> quotes = annotation.attributions().stream()
                .filter(a -> !a.content().isEmpty())
                .map(a -> {
                    List<Span> content = a.contentUnion();
                    Span span = new Span(content.get(0).start(), content.get(content.size() - 1).end());
                    return new Quote(span, span.of(text), a.direct(), null, null, null, null, null);
                })
                .toList();
        return new Article(new SourceDocument(annotation.id(), null, null, null, null, text, "polnear"), List.of(),
                quotes, List.of(), List.of(), null);
    }
}
