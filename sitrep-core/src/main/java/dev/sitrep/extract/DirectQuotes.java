package dev.sitrep.extract;

import dev.sitrep.model.Span;
import dev.sitrep.nlp.NlpDocument;
import dev.sitrep.nlp.Sentence;
import dev.sitrep.nlp.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Direct quotes: words in quote marks that stand as a statement (or name someone's words: called it "a
 * disaster"), not a title or scare-quoted term; each with the attribution beside it (after: `"...," Joly said`;
 * before: `Joly said: "..."`), or the speaker of the quote just before it when the article goes on quoting.
 */
final class DirectQuotes {

    private final QuoteContext ctx;
    private final NlpDocument doc;
    private final String text;
    private final Speakers speakers;

    DirectQuotes(QuoteContext ctx) {
        this.ctx = ctx;
        this.doc = ctx.doc;
        this.text = ctx.text;
        this.speakers = ctx.speakers;
    }

    List<QuoteFinder.Found> find() {
        List<QuoteFinder.Found> out = new ArrayList<>();
        QuoteFinder.Found previous = null;
        for (QuoteMarks.Quoted q : ctx.marks) {
            if (!hasLetters(q.content()) || !standsAlone(q) || isParenthetical(q.content())) {
                continue;
            }
            QuoteContext.Attribution a = after(q);
            if (a == null) {
                a = before(q);
            }
            int paragraph = ctx.paragraphOf(q.open());
            if (a == null && previous != null && previous.speaker() != null
                    && paragraph - previous.paragraph() <= 1) {
                a = new QuoteContext.Attribution(null, null, previous.speaker());
            }
            QuoteFinder.Found f = new QuoteFinder.Found(q.content(), true, a == null ? null : a.cue(), a == null ? null : a.cueSpan(),
                    a == null ? null : a.speaker(), paragraph);
            out.add(f);
            previous = f;
        }
        return out;
    }

    private boolean isParenthetical(Span s) {
        return text.charAt(s.start()) == '(' && text.charAt(s.end() - 1) == ')'
                || text.charAt(s.start()) == '(' && text.charAt(s.end() - 2) == ')';
    }

    private boolean hasLetters(Span s) {
        for (int i = s.start(); i < s.end(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A quote stands alone when it opens a paragraph or sentence, or follows a colon, comma, dash or cue, and
     * closes a sentence or clause. A phrase in marks in the middle of a sentence ("was "absolutely right" when")
     * is part of that sentence, not a quote of its own.
     */
    private boolean standsAlone(QuoteMarks.Quoted q) {
        int p = q.open() - 1;
        while (p >= 0 && text.charAt(p) == ' ') {
            p--;
        }
        boolean opens = p < 0 || "\n:,(\u2014\u2013-".indexOf(text.charAt(p)) >= 0 || text.charAt(p) == '.';
        if (!opens) {
            int t = doc.tokenAtOrAfter(q.open()) - 1;
            while (t >= 0 && doc.token(t).end() > q.open()) {
                t--;
            }
            if (t >= 0) {
                Token before = doc.token(t);
                String w = Lexicon.lc(before.word());
                opens = Speakers.isCue(before) || (w.equals("that") && t > 0 && Speakers.isCue(doc.token(t - 1)));
            }
        }
        if (!opens) {
            return isNamingQuote(q);
        }
        if (q.close() < 0) {
            return true;
        }
        char last = text.charAt(q.content().end() - 1);
        if (".,?!;:\u2026-\u2014".indexOf(last) >= 0) {
            return true;
        }
        int n = q.close() + 1;
        while (n < text.length() && text.charAt(n) == ' ') {
            n++;
        }
        return n >= text.length() || ".,?!;:\n\u2014\u2013-)".indexOf(text.charAt(n)) >= 0;
    }

    private static final java.util.Set<String> NAMING = java.util.Set.of("as", "called", "calling", "calls",
            "dubbed", "described", "describing", "labeled", "labelled", "branded", "termed", "deemed");

    /**
     * A quoted phrase inside a sentence counts when someone's words are named by it ("called him "unhinged"",
     * "described as "a disaster"") or when it is most of its sentence; other phrases in marks are titles, terms
     * or scare quotes.
     */
    private boolean isNamingQuote(QuoteMarks.Quoted q) {
        int t = doc.tokenAtOrAfter(q.open()) - 1;
        while (t >= 0 && doc.token(t).end() > q.open()) {
            t--;
        }
        if (t < 0) {
            return false;
        }
        String before = Lexicon.lc(doc.token(t).word());
        if (NAMING.contains(before)) {
            return true;
        }
        if (t > 0 && NAMING.contains(Lexicon.lc(doc.token(t - 1).word()))
                && (doc.token(t).pos().startsWith("PRP") || doc.token(t).isProperNoun())) {
            return true;
        }
        Sentence s = doc.sentenceOf(doc.token(t));
        return q.content().length() >= 0.6 * s.span().length() && doc.tokensIn(q.content()).size() >= 4;
    }

    /** `"...," Joly said` / `"...," said Joly` / `"...," the foreign minister said in an interview.` */
    private QuoteContext.Attribution after(QuoteMarks.Quoted q) {
        if (q.close() < 0) {
            return null;
        }
        int from = doc.tokenAtOrAfter(q.close() + 1);
        if (from >= doc.tokens().size()) {
            return null;
        }
        Sentence s = doc.sentenceOf(doc.token(Math.max(0, from - 1)));
        if (doc.token(from).sentence() != s.index()) {
            // `...”― Carla Sanchez.` : the tokenizer may start a new sentence; same line, same attribution
            if (text.substring(q.close(), doc.token(from).start()).indexOf('\n') >= 0) {
                return null;
            }
            s = doc.sentenceOf(doc.token(from));
        }
        int limit = s.endToken();
        for (int k = from; k < limit; k++) {
            if (QuoteMarks.isQuoteMark(doc.token(k).word().charAt(0)) || doc.token(k).word().equals("``")) {
                limit = k;
                break;
            }
        }
        int k = from;
        while (k < limit && (doc.token(k).word().equals(",") || doc.token(k).isPunctuation()
                && !doc.token(k).word().equals("."))) {
            k++;
        }
        if (k >= limit) {
            return null;
        }
        // "..." ― Carla Sanchez.   (a dash and a name, no cue)
        if (k > from && "\u2015\u2014\u2013-".indexOf(doc.token(k - 1).word().charAt(0)) >= 0) {
            Speakers.Speaker sp = speakers.startingAt(k, limit);
            if (sp != null && sp.entity() != null) {
                return new QuoteContext.Attribution(null, null, sp);
            }
        }
        int cue = speakers.cueAt(k, limit);
        if (cue >= 0) {
            Speakers.Speaker sp = speakers.startingAt(cue + 1, limit);
            return sp == null ? null : ctx.attribution(cue, sp);
        }
        // a name first, then an appositive or parenthesis, then the cue: `Scott Pruitt, the ... of Oklahoma, said`
        Speakers.Speaker named = speakers.startingAt(k, limit);
        if (named != null && named.entity() != null) {
            int after = doc.tokenAtOrAfter(named.span().end());
            for (int c = after; c < limit && c <= after + 20; c++) {
                if (Speakers.isCue(doc.token(c))) {
                    return ctx.attribution(c, named);
                }
                if (doc.token(c).isVerb() && !Speakers.isAuxOrAdverb(doc.token(c))) {
                    break;
                }
            }
        }
        // speaker first: find the cue within the next few tokens
        for (int c = k + 1; c < limit && c <= k + 8; c++) {
            if (Speakers.isCue(doc.token(c))) {
                int end = speakers.skipAuxLeft(c - 1, k);
                Speakers.Speaker sp = speakers.endingAt(end, k);
                if (sp != null && onlyNounPhraseBetween(k, sp.span().start())) {
                    return ctx.attribution(c, sp);
                }
                return null;
            }
        }
        return null;
    }

    /** `Joly said: "..."` / `He told reporters, "..."` / `According to him, "..."`. */
    private QuoteContext.Attribution before(QuoteMarks.Quoted q) {
        int open = doc.tokenAtOrAfter(q.open());
        if (open >= doc.tokens().size()) {
            return null;
        }
        Sentence s = doc.sentenceOf(doc.token(open));
        int floor = s.firstToken();
        for (int k = open - 1; k >= floor; k--) {
            String w = doc.token(k).word();
            if (QuoteMarks.isQuoteMark(w.charAt(0)) || w.equals("''") || w.equals("``")) {
                floor = k + 1;
                break;
            }
        }
        int k = open - 1;
        while (k >= floor && (doc.token(k).isPunctuation() || Lexicon.lc(doc.token(k).word()).equals("that"))) {
            k--;
        }
        // "According to X,"
        QuoteContext.Attribution according = ctx.accordingTo(floor, open);
        if (according != null) {
            return according;
        }
        for (int c = k; c >= floor && c >= k - 5; c--) {
            if (Speakers.isCue(doc.token(c))) {
                int end = speakers.skipAuxLeft(c - 1, floor);
                Speakers.Speaker sp = speakers.endingAt(end, floor);
                return sp == null ? null : ctx.attribution(c, sp);
            }
        }
        return null;
    }

    /** Whether the tokens from {@code k} up to offset {@code end} could all belong to the speaker's phrase. */
    private boolean onlyNounPhraseBetween(int k, int end) {
        for (Token t : doc.tokensIn(new Span(doc.token(k).start(), end))) {
            if (t.isVerb() || t.word().equals(",") || QuoteMarks.isQuoteMark(t.word().charAt(0))) {
                return false;
            }
        }
        return true;
    }
}
