package dev.sitrep.extract;

import dev.sitrep.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds direct quotes and then indirect ones (reported speech) in sentences the direct ones leave, each with
 * its cue and speaker. One instance per article.
 */
final class QuoteFinder {

    /** A quote while being found: where, how, and who. */
    record Found(Span content, boolean direct, String cue, Span cueSpan, Speakers.Speaker speaker, int paragraph) {
    }

    private final QuoteContext ctx;

    QuoteFinder(Linking linking) {
        this.ctx = new QuoteContext(linking);
    }

    /**
     * Whether a direct quote stands on its own even inside a reported clause: set off by dashes, or a whole
     * statement (not a phrase in marks) with its own cue beside it.
     */
    private boolean standsAlone(Found d, List<Span> fragments) {
        return setOffByDashes(d) || !fragments.contains(d.content()) && introducedByItsCue(d);
    }

    /** Whether reported clause {@code outer} holds nine tenths of {@code inner}. */
    private static boolean covers(Found outer, Found inner) {
        return outer != inner && outer.content().overlap(inner.content()) >= 0.9 * inner.content().length();
    }

    /**
     * Whether direct quote {@code d}'s cue lies inside reported clause {@code i}: the word that seemed to introduce
     * the quote is itself part of what is reported: a thought (`acknowledged that some "feel that way, "but ..."`)
     * or what the speaker calls something (`says she admired them for what she calls "a war of words."`).
     */
    private boolean cueWithin(Found i, Found d) {
        if (d.cueSpan() == null || !i.content().contains(d.cueSpan())) {
            return false;
        }
        int cue = ctx.doc.tokenAtOrAfter(d.cueSpan().start());
        String lemma = ctx.doc.token(cue).lemma();
        return ReportingVerbs.MENTAL.contains(lemma) || ReportingVerbs.NAMING.contains(lemma)
                && cue >= 2 && Lexicon.lc(ctx.doc.token(cue - 2).word()).equals("what");
    }

    /**
     * Reported clause {@code f} taken on to the end of the quote it stops inside, when the quote opens after a
     * comma in it and has the same cue: `added that ... because, "In the end, we vote for somebody. We do not
     * vote against."` is one sentence to the reader, even where the sentence splitter ends one inside the quote.
     */
    private Found throughQuote(Found f, List<Found> direct) {
        for (Found d : direct) {
            Span q = d.content();
            if (q.start() > f.content().start() && q.start() < f.content().end() && q.end() > f.content().end()
                    && f.cueSpan() != null && f.cueSpan().equals(d.cueSpan())
                    && precededBy(d, ',')) {
                return new Found(new Span(f.content().start(), q.end()), f.direct(), f.cue(), f.cueSpan(),
                        f.speaker(), f.paragraph());
            }
        }
        return f;
    }

    /** {@code span} without the quote mark that opens it, and the one that closes it if it does. */
    private Span withoutMarks(Span span) {
        String t = ctx.text;
        int start = span.start();
        int end = span.end();
        int open = t.startsWith("''", start) ? 2 : QuoteMarks.isQuoteMark(t.charAt(start)) ? 1 : 0;
        if (open == 0 || end - start <= 2 * open) {
            return span;
        }
        int close = t.startsWith("''", end - 2) ? 2 : QuoteMarks.isQuoteMark(t.charAt(end - 1)) ? 1 : 0;
        return new Span(start + open, end - close);
    }

    /** Whether the quote opens its paragraph or sentence: nothing but a line break or a full stop before it. */
    private boolean opensSentence(Found d) {
        int p = beforeMark(d);
        return p < 0 || ".?!\n".indexOf(ctx.text.charAt(p)) >= 0;
    }

    /** Whether {@code c} is the last character before the quote's opening mark, spaces aside. */
    private boolean precededBy(Found d, char c) {
        int p = beforeMark(d);
        return p >= 0 && ctx.text.charAt(p) == c;
    }

    /** Offset of the last character before the quote's opening mark that is not a space or mark, or -1. */
    private int beforeMark(Found d) {
        int p = d.content().start() - 1;
        while (p >= 0 && ((Character.isWhitespace(ctx.text.charAt(p)) || ctx.text.charAt(p) == '\u00A0')
                && ctx.text.charAt(p) != '\n'
                || QuoteMarks.isQuoteMark(ctx.text.charAt(p)) || ctx.text.charAt(p) == '\'')) {
            p--;
        }
        return p;
    }

    /**
     * `Mitt Romney -- "It is disqualifying ..." -- and`: a quote set off by dashes on both sides stands on its
     * own; one after a single dash ends the clause before it.
     */
    private boolean setOffByDashes(Found d) {
        String before = ctx.text.substring(Math.max(0, d.content().start() - 6), d.content().start())
                .replaceAll("[\"'\u201C\u201D\\s]+$", "");
        String after = ctx.text.substring(d.content().end(), Math.min(ctx.text.length(), d.content().end() + 6))
                .replaceAll("^[\"'\u201C\u201D\\s]+", "");
        return isDash(before.isEmpty() ? "" : before.substring(before.length() - 1)) && isDash(after);
    }

    private static boolean isDash(String s) {
        return s.startsWith("-") || s.startsWith("\u2014") || s.startsWith("\u2013");
    }

    /**
     * Whether the quote's own cue stands after it (`"...," Trump said`) or just before it, a few words at most
     * between: `Trump boasted, "..."`.
     */
    private boolean introducedByItsCue(Found d) {
        if (d.cueSpan() == null) {
            return false;
        }
        if (d.cueSpan().start() >= d.content().end()) {
            // `"...," he said` stands alone; `With thousands of systems, "there is no single point," he said` is
            // one reported sentence that quotes in part
            return opensSentence(d) || precededBy(d, ':');
        }
        if (d.cueSpan().end() > d.content().start()) {
            return false;
        }
        String between = ctx.text.substring(d.cueSpan().end(), d.content().start()).strip();
        return between.split("\\s+").length <= 4;
    }

    /**
     * Direct quotes first; then reported speech, in every sentence that no standing direct quote fills. A reported
     * clause that is nearly all quotation becomes a direct quote; words in marks inside a reported clause ("said
     * Trump was "absolutely right" when...", "said that whatever voters choose, "they should not..."") are part of
     * that indirect quote unless they stand on their own.
     */
    List<Found> find() {
        DirectQuotes directQuotes = new DirectQuotes(ctx);
        List<Found> direct = directQuotes.find();
        List<Span> fragments = directQuotes.fragments();
        // a quote inside the writer's sentence, without a cue of its own, may be part of a reported clause: let
        // the indirect finder read that sentence
        List<Found> standing = direct.stream().filter(d -> d.direct() && (standsAlone(d, fragments)
                || !fragments.contains(d.content()) && opensSentence(d))).toList();
        List<Found> reported = new IndirectQuotes(ctx).find(standing).stream()
                .map(f -> throughQuote(f, direct)).toList();
        List<Found> indirect = reported.stream().filter(f -> !ctx.mostlyQuoted(f.content())).toList();
        List<Found> all = new ArrayList<>();
        List<Found> ownClause = new ArrayList<>();
        List<Found> superseded = new ArrayList<>();
        for (Found f : reported) {
            if (ctx.mostlyQuoted(f.content())) {
                // the quote itself was found as a direct quote, with the attribution next to it: keep that one,
                // even inside a larger reported clause (`said she respects Berg and calls her "a tireless ..."`)
                List<Found> known = direct.stream().filter(d -> d.content().overlap(f.content())
                        >= 0.5 * Math.min(d.content().length(), f.content().length())).toList();
                List<Found> quotes = known.stream().filter(Found::direct).toList();
                // `said Berg favors a "strongman approach."`: what a reported speaker thinks is part of what is
                // reported
                if (quotes.isEmpty() && indirect.stream().noneMatch(i -> covers(i, f) && cueWithin(i, f))) {
                    all.add(new Found(withoutMarks(f.content()), true, f.cue(), f.cueSpan(), f.speaker(),
                            f.paragraph()));
                }
                ownClause.addAll(quotes);
                // a few quoted words after "as", taken for the writer's description, are part of this quotation:
                // `described Berg as "a lifetime insider" who "has never held a real job."`
                known.stream().filter(d -> !d.direct() && f.content().contains(d.content())).forEach(superseded::add);
            }
        }
        for (Found d : direct) {
            if (superseded.contains(d)) {
                continue;
            }
            // a description (`described the blast as "an act of war"`) never stands on its own
            boolean stands = d.direct() && (standsAlone(d, fragments) || ownClause.contains(d));
            if (indirect.stream().noneMatch(i -> covers(i, d) && (!stands || cueWithin(i, d)))) {
                all.add(d);
            }
        }
        all.addAll(indirect);
        all.sort((a, b) -> a.content().compareTo(b.content()));
        return all;
    }
}
