package dev.sitrep.extract;

import dev.sitrep.model.Span;
import dev.sitrep.nlp.NlpDocument;
import dev.sitrep.nlp.Sentence;
import dev.sitrep.nlp.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Indirect quotes, reported speech without quote marks: "X said (that) CLAUSE", "X told reporters CLAUSE",
 * "According to X, CLAUSE", "CLAUSE, according to X", "CLAUSE, X said".
 */
final class IndirectQuotes {

    private final QuoteContext ctx;
    private final NlpDocument doc;
    private final String text;
    private final Speakers speakers;

    IndirectQuotes(QuoteContext ctx) {
        this.ctx = ctx;
        this.doc = ctx.doc;
        this.text = ctx.text;
        this.speakers = ctx.speakers;
    }

    List<QuoteFinder.Found> find(List<QuoteFinder.Found> direct) {
        List<QuoteFinder.Found> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            if (coveredByDirect(s.span(), direct)) {
                continue;
            }
            List<QuoteFinder.Found> found = new ArrayList<>();
            QuoteFinder.Found according = accordingClause(s);
            if (according != null) {
                found.add(according);
            } else {
                found.addAll(speakerThenClause(s));
                if (found.isEmpty()) {
                    QuoteFinder.Found f = clauseThenSpeaker(s);
                    if (f != null) {
                        found.add(f);
                    }
                }
            }
            for (QuoteFinder.Found f : found) {
                if (!overlapsDirect(f.content(), direct)) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    private static boolean coveredByDirect(Span sentence, List<QuoteFinder.Found> direct) {
        int covered = 0;
        for (QuoteFinder.Found d : direct) {
            covered += d.content().overlap(sentence);
        }
        return covered > sentence.length() / 2;
    }

    private static boolean overlapsDirect(Span content, List<QuoteFinder.Found> direct) {
        for (QuoteFinder.Found d : direct) {
            if (d.content().overlap(content) > content.length() / 2) {
                return true;
            }
        }
        return false;
    }

    /** "According to X, CLAUSE." and "CLAUSE, according to X." */
    private QuoteFinder.Found accordingClause(Sentence s) {
        QuoteContext.Attribution a = ctx.accordingTo(s.firstToken(), s.endToken());
        if (a == null) {
            return null;
        }
        int cueToken = doc.tokenAtOrAfter(a.cueSpan().start());
        int speakerEnd = doc.tokenAtOrAfter(a.speaker().span().end());
        Span content;
        if (cueToken == s.firstToken() && speakerEnd < s.endToken() && doc.token(speakerEnd).word().equals(",")) {
            content = clauseSpan(speakerEnd + 1, s.endToken());
        } else if (cueToken > s.firstToken() + 2 && doc.token(cueToken - 1).word().equals(",")) {
            content = clauseSpan(s.firstToken(), cueToken - 1);
        } else {
            return null;
        }
        return content == null ? null : new QuoteFinder.Found(content, false, a.cue(), a.cueSpan(), a.speaker(), ctx.paragraphOf(
                content.start()));
    }

    /** "X said (that) CLAUSE", "X told reporters CLAUSE". */
    private List<QuoteFinder.Found> speakerThenClause(Sentence s) {
        List<QuoteFinder.Found> out = new ArrayList<>();
        for (int v = s.firstToken() + 1; v < s.endToken() - 2; v++) {
            Token cue = doc.token(v);
            if (!Speakers.isCue(cue) || ctx.insideQuoteMarks(cue.start())) {
                continue;
            }
            int end = speakers.skipAuxLeft(v - 1, s.firstToken());
            Speakers.Speaker sp = speakers.endingAt(end, s.firstToken());
            if (sp == null) {
                continue;
            }
            String lemma = Lexicon.lc(cue.lemma());
            int c = v + 1;
            if (lemma.equals("tell") || lemma.equals("inform") || lemma.equals("assure") || lemma.equals("remind")
                    || lemma.equals("warn")) {
                c = skipObject(c, s.endToken());
            }
            boolean that = false;
            int thatAt = findThat(c, s.endToken());
            if (thatAt >= 0) {
                c = thatAt + 1;
                that = true;
            }
            if (!that && !startsObject(c, s.endToken())) {
                continue;
            }
            Span content = clauseSpan(c, s.endToken());
            if (content == null || QuoteMarks.isQuoteMark(text.charAt(content.start()))) {
                continue;
            }
            out.add(new QuoteFinder.Found(content, false, cue.word(), cue.span(), sp, ctx.paragraphOf(content.start())));
            v = c;
        }
        return out;
    }

    /** "CLAUSE, X said." / "CLAUSE, said X." at the end of a sentence with no quote marks. */
    private QuoteFinder.Found clauseThenSpeaker(Sentence s) {
        int end = s.endToken() - 1;
        while (end > s.firstToken() && doc.token(end).isPunctuation()) {
            end--;
        }
        for (int comma = end - 1; comma > s.firstToken() + 2 && comma >= end - 12; comma--) {
            if (!doc.token(comma).word().equals(",")) {
                continue;
            }
            int cue = speakers.cueAt(comma + 1, end + 1);
            Speakers.Speaker sp = null;
            int cueAt = -1;
            if (cue >= 0) {
                sp = speakers.startingAt(cue + 1, end + 1);
                cueAt = cue;
            } else {
                for (int c = comma + 2; c <= end && c <= comma + 8; c++) {
                    if (Speakers.isCue(doc.token(c))) {
                        Speakers.Speaker cand = speakers.endingAt(speakers.skipAuxLeft(c - 1, comma + 1), comma + 1);
                        if (cand != null && doc.tokenAtOrAfter(cand.span().start()) == comma + 1) {
                            sp = cand;
                            cueAt = c;
                        }
                        break;
                    }
                }
            }
            if (sp == null) {
                return null;
            }
            Span content = clauseSpan(s.firstToken(), comma);
            if (content == null) {
                return null;
            }
            Token c = doc.token(cueAt);
            return new QuoteFinder.Found(content, false, c.word(), c.span(), sp, ctx.paragraphOf(content.start()));
        }
        return null;
    }

    private int skipObject(int c, int limit) {
        int k = c;
        while (k < limit && k < c + 4 && (doc.token(k).isNoun() || doc.token(k).pos().equals("PRP")
                || doc.token(k).pos().equals("DT") || doc.token(k).pos().startsWith("JJ"))) {
            k++;
        }
        return k;
    }

    /** "that" right after the cue, or after a short prepositional phrase ("said in an interview that"). */
    private int findThat(int c, int limit) {
        for (int k = c; k < limit && k < c + 10; k++) {
            Token t = doc.token(k);
            if (Lexicon.lc(t.word()).equals("that") && (t.pos().equals("IN") || t.pos().equals("WDT")
                    || t.pos().equals("DT") && k + 1 < limit && !doc.token(k + 1).isVerb())) {
                return k;
            }
            if (t.isVerb() || t.word().equals(",") && k > c || QuoteMarks.isQuoteMark(t.word().charAt(0))) {
                return -1;
            }
        }
        return -1;
    }

    /** Something said or believed follows: not a preposition, infinitive or punctuation. */
    private boolean startsObject(int c, int limit) {
        if (c >= limit) {
            return false;
        }
        Token first = doc.token(c);
        return !(first.pos().equals("IN") || first.pos().equals("TO") || first.isPunctuation()
                || first.pos().equals("RP") || first.pos().startsWith("RB") && !startsClause(c + 1, limit));
    }

    /** A clause begins: a subject-like word followed, soon, by a finite verb. */
    private boolean startsClause(int c, int limit) {
        if (c >= limit) {
            return false;
        }
        Token first = doc.token(c);
        if (first.pos().equals("IN") || first.pos().equals("TO") || first.isPunctuation() || first.isVerb()) {
            return false;
        }
        for (int k = c + 1; k < limit && k < c + 8; k++) {
            Token t = doc.token(k);
            if (t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP") || t.pos().equals("MD")) {
                return true;
            }
            if (t.word().equals(",")) {
                return false;
            }
        }
        return false;
    }

    /** Characters from token {@code from} to before token {@code to}, without end punctuation; null if too short. */
    private Span clauseSpan(int from, int to) {
        int last = to - 1;
        while (last >= from && doc.token(last).isPunctuation() && !QuoteMarks.isQuoteMark(
                doc.token(last).word().charAt(0))) {
            last--;
        }
        if (last - from + 1 < 3) {
            return null;
        }
        return new Span(doc.token(from).start(), doc.token(last).end());
    }
}
