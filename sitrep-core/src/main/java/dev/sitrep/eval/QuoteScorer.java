package dev.sitrep.eval;

import dev.sitrep.model.Article;
import dev.sitrep.model.Entity;
import dev.sitrep.model.Quote;
import dev.sitrep.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Scores the quotes of one article against its gold attributions.
 *
 * <p><b>Match.</b> A system quote matches a gold attribution when the characters its span shares with the gold
 * content (all content spans together) are at least half of the shorter of the two: the quote span or the gold
 * content; a gold attribution without content matches nothing. Matching is done per category: a direct quote
 * counts only against direct gold, an indirect one only against indirect gold; the {@link QuoteCategory#ANY} row
 * ignores the categories.
 *
 * <p><b>Speaker.</b> For each gold attribution that has a source and that some system quote (any category)
 * matches, the quote with the largest overlap is checked. Its speaker is right when it has a speaker id and
 * (a) a mention of that entity overlaps the gold source, or (b) its speaker span overlaps the gold source, or
 * (c) the last word of the entity's name (the quote's speaker name when the entity is not in the article) is a
 * word of the gold source, ignoring case. This is counted over all sources, and separately over <em>named</em>
 * sources: those with a capitalised word that is not an article, pronoun or sentence-initial function word
 * ("Tomas Berg", "the Clinton campaign", but not "She" or "Officials").
 */
public final class QuoteScorer {

    private static final int SNIPPET = 40;

    /** A gold attribution with its content merged once. */
    private record Gold(GoldAttribution attribution, List<Span> content, int length) {

        int overlap(Span span) {
            return content.stream().mapToInt(span::overlap).sum();
        }

        boolean matchedBy(Quote quote) {
            int shared = overlap(quote.span());
            return shared > 0 && 2 * shared >= Math.min(quote.span().length(), length);
        }
    }

    private QuoteScorer() {}

    /**
     * Scores {@code system} against {@code gold}.
     *
     * @throws IllegalArgumentException when the two texts differ, so the offsets cannot be compared
     */
    public static QuoteScores score(Article system, GoldArticle gold) {
        if (!system.text().equals(gold.text())) {
            throw new IllegalArgumentException("system article " + system.id() + " and gold article " + gold.id()
                    + " have different texts; offsets cannot be compared");
        }
        String text = gold.text();
        List<Gold> golds = gold.attributions().stream()
                .map(a -> new Gold(a, a.contentUnion(), a.contentLength())).toList();
        List<Quote> quotes = system.quotes();
        List<Finding> findings = new ArrayList<>(falsePositives(system, gold.id(), golds));
        SpeakerCounts named = SpeakerCounts.ZERO;
        SpeakerCounts all = SpeakerCounts.ZERO;
        for (Gold g : golds) {
            GoldAttribution a = g.attribution();
            Optional<Quote> best = quotes.stream().filter(g::matchedBy)
                    .reduce((x, y) -> g.overlap(y.span()) > g.overlap(x.span()) ? y : x);
            if (quotes.stream().noneMatch(q -> q.direct() == a.direct() && g.matchedBy(q))) {
                String foundAs = best.isPresent() ? "found as " + QuoteCategory.of(!a.direct()).label() : "";
                findings.add(finding(gold, a, Finding.Kind.FN, foundAs));
            }
            if (best.isPresent() && a.hasSource()) {
                boolean right = speakerRight(best.get(), a, system);
                all = all.add(right);
                if (SourceNames.isNamed(a.sourceText(text))) {
                    named = named.add(right);
                    if (!right) {
                        findings.add(finding(gold, a, Finding.Kind.SPEAKER, "system: " + speaker(best.get())));
                    }
                }
            }
        }
        findings.sort(Comparator.comparingInt(f -> f.spans().isEmpty() ? -1 : f.spans().get(0).start()));
        return new QuoteScores(1, count(QuoteCategory.DIRECT, golds, quotes),
                count(QuoteCategory.INDIRECT, golds, quotes), count(QuoteCategory.ANY, golds, quotes), named, all,
                findings);
    }

    /** A finding about gold attribution {@code a}, noting its source. */
    private static Finding finding(GoldArticle gold, GoldAttribution a, Finding.Kind kind, String note) {
        String goldSpeaker = a.hasSource() ? "gold speaker: " + a.sourceText(gold.text()) : "no gold speaker";
        return new Finding(gold.id(), kind, QuoteCategory.of(a.direct()), a.content(),
                Finding.snippet(a.contentText(gold.text()), SNIPPET), join(goldSpeaker, note));
    }

    private static String speaker(Quote q) {
        return q.speakerName() != null ? q.speakerName() : q.speakerId() != null ? q.speakerId() : "none";
    }

    private static MatchCounts count(QuoteCategory c, List<Gold> golds, List<Quote> quotes) {
        List<Gold> g = golds.stream().filter(x -> c.includes(x.attribution().direct())).toList();
        List<Quote> q = quotes.stream().filter(x -> c.includes(x.direct())).toList();
        int matched = (int) q.stream().filter(x -> g.stream().anyMatch(y -> y.matchedBy(x))).count();
        int recalled = (int) g.stream().filter(y -> q.stream().anyMatch(y::matchedBy)).count();
        return new MatchCounts(g.size(), q.size(), matched, recalled);
    }

    /** System quotes that match no gold of their own category. */
    private static List<Finding> falsePositives(Article system, String articleId, List<Gold> golds) {
        List<Finding> findings = new ArrayList<>();
        for (Quote q : system.quotes()) {
            QuoteCategory c = QuoteCategory.of(q.direct());
            if (golds.stream().noneMatch(g -> c.includes(g.attribution().direct()) && g.matchedBy(q))) {
                boolean other = golds.stream().anyMatch(g -> g.matchedBy(q));
                String note = join(q.speakerName() == null ? "" : "speaker: " + q.speakerName(),
                        other ? "matches " + QuoteCategory.of(!q.direct()).label() + " gold" : "");
                findings.add(new Finding(articleId, Finding.Kind.FP, c, List.of(q.span()),
                        Finding.snippet(q.span().of(system.text()), SNIPPET), note));
            }
        }
        return findings;
    }

    /** The rules (a), (b) and (c) of the class comment. */
    static boolean speakerRight(Quote quote, GoldAttribution gold, Article article) {
        if (quote.speakerId() == null) {
            return false;
        }
        Optional<Entity> entity = article.entities().stream().filter(e -> e.id().equals(quote.speakerId()))
                .findFirst();
        if (entity.isPresent() && entity.get().mentions().stream().anyMatch(m -> overlapsAny(m, gold.source()))) {
            return true;
        }
        if (quote.speakerSpan() != null && overlapsAny(quote.speakerSpan(), gold.source())) {
            return true;
        }
        String name = entity.map(Entity::name).orElse(quote.speakerName());
        String last = name == null ? null : SourceNames.lastName(name);
        return last != null && SourceNames.containsWord(gold.sourceText(article.text()), last);
    }

    private static boolean overlapsAny(Span span, List<Span> spans) {
        return spans.stream().anyMatch(span::overlaps);
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + "; " + b;
    }
}
