package dev.sitrep.extract;

import dev.sitrep.model.Span;
import dev.sitrep.nlp.NlpDocument;
import dev.sitrep.nlp.Sentence;
import dev.sitrep.nlp.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds direct quotes (words in quote marks that stand as a statement, not a scare-quoted phrase inside a
 * sentence) and indirect ones (reported speech: "X said that ...", "According to X, ...", "..., X said."),
 * each with its cue and speaker. One instance per article.
 */
final class QuoteFinder {

    /** A quote while being found: where, how, and who. */
    record Found(Span content, boolean direct, String cue, Span cueSpan, Speakers.Speaker speaker, int paragraph) {
    }

    private final NlpDocument doc;
    private final Speakers speakers;
    private final String text;
    private final List<QuoteMarks.Quoted> marks;

    QuoteFinder(Linking linking) {
        this.doc = linking.doc;
        this.text = doc.text();
        this.speakers = new Speakers(linking);
        this.marks = QuoteMarks.find(text);
    }

    List<Found> find() {
        List<Found> direct = findDirect();
        List<Found> all = new ArrayList<>(direct);
        all.addAll(findIndirect(direct));
        all.sort((a, b) -> a.content().compareTo(b.content()));
        return all;
    }

    // ---- direct quotes ----------------------------------------------------------------------------------------

    private List<Found> findDirect() {
        List<Found> out = new ArrayList<>();
        Found previous = null;
        for (QuoteMarks.Quoted q : marks) {
            if (!hasLetters(q.content()) || !standsAlone(q) || isParenthetical(q.content())) {
                continue;
            }
            Attribution a = after(q);
            if (a == null) {
                a = before(q);
            }
            int paragraph = paragraphOf(q.open());
            if (a == null && previous != null && previous.speaker() != null
                    && paragraph - previous.paragraph() <= 1) {
                a = new Attribution(null, null, previous.speaker());
            }
            Found f = new Found(q.content(), true, a == null ? null : a.cue, a == null ? null : a.cueSpan,
                    a == null ? null : a.speaker, paragraph);
            out.add(f);
            previous = f;
        }
        return out;
    }

    private record Attribution(String cue, Span cueSpan, Speakers.Speaker speaker) {
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

    private int paragraphOf(int offset) {
        int count = 0;
        for (int i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
            if (i + 1 < text.length() && text.charAt(i + 1) != '\n') {
                count++;
            }
        }
        return count;
    }

    /** `"...," Joly said` / `"...," said Joly` / `"...," the foreign minister said in an interview.` */
    private Attribution after(QuoteMarks.Quoted q) {
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
                return new Attribution(null, null, sp);
            }
        }
        int cue = speakers.cueAt(k, limit);
        if (cue >= 0) {
            Speakers.Speaker sp = speakers.startingAt(cue + 1, limit);
            return sp == null ? null : attribution(cue, sp);
        }
        // a name first, then an appositive or parenthesis, then the cue: `Scott Pruitt, the ... of Oklahoma, said`
        Speakers.Speaker named = speakers.startingAt(k, limit);
        if (named != null && named.entity() != null) {
            int after = doc.tokenAtOrAfter(named.span().end());
            for (int c = after; c < limit && c <= after + 20; c++) {
                if (Speakers.isCue(doc.token(c))) {
                    return attribution(c, named);
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
                    return attribution(c, sp);
                }
                return null;
            }
        }
        return null;
    }

    /** `Joly said: "..."` / `He told reporters, "..."` / `According to him, "..."`. */
    private Attribution before(QuoteMarks.Quoted q) {
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
        Attribution according = accordingTo(floor, open);
        if (according != null) {
            return according;
        }
        for (int c = k; c >= floor && c >= k - 5; c--) {
            if (Speakers.isCue(doc.token(c))) {
                int end = speakers.skipAuxLeft(c - 1, floor);
                Speakers.Speaker sp = speakers.endingAt(end, floor);
                return sp == null ? null : attribution(c, sp);
            }
        }
        return null;
    }

    private Attribution accordingTo(int from, int limit) {
        for (int k = from; k + 2 < limit; k++) {
            if (Lexicon.lc(doc.token(k).word()).equals("according") && Lexicon.lc(doc.token(k + 1).word()).equals(
                    "to")) {
                Speakers.Speaker sp = speakers.startingAt(k + 2, limit);
                if (sp != null) {
                    Span cue = new Span(doc.token(k).start(), doc.token(k + 1).end());
                    return new Attribution("according to", cue, sp);
                }
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

    private Attribution attribution(int cue, Speakers.Speaker sp) {
        Token t = doc.token(cue);
        return new Attribution(t.word(), t.span(), sp);
    }

    // ---- indirect quotes --------------------------------------------------------------------------------------

    private List<Found> findIndirect(List<Found> direct) {
        List<Found> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            if (coveredByDirect(s.span(), direct)) {
                continue;
            }
            List<Found> found = new ArrayList<>();
            Found according = accordingClause(s);
            if (according != null) {
                found.add(according);
            } else {
                found.addAll(speakerThenClause(s));
                if (found.isEmpty()) {
                    Found f = clauseThenSpeaker(s);
                    if (f != null) {
                        found.add(f);
                    }
                }
            }
            for (Found f : found) {
                if (!overlapsDirect(f.content(), direct)) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    private static boolean coveredByDirect(Span sentence, List<Found> direct) {
        int covered = 0;
        for (Found d : direct) {
            covered += d.content().overlap(sentence);
        }
        return covered > sentence.length() / 2;
    }

    private static boolean overlapsDirect(Span content, List<Found> direct) {
        for (Found d : direct) {
            if (d.content().overlap(content) > content.length() / 2) {
                return true;
            }
        }
        return false;
    }

    /** "According to X, CLAUSE." and "CLAUSE, according to X." */
    private Found accordingClause(Sentence s) {
        Attribution a = accordingTo(s.firstToken(), s.endToken());
        if (a == null) {
            return null;
        }
        int cueToken = doc.tokenAtOrAfter(a.cueSpan.start());
        int speakerEnd = doc.tokenAtOrAfter(a.speaker.span().end());
        Span content;
        if (cueToken == s.firstToken() && speakerEnd < s.endToken() && doc.token(speakerEnd).word().equals(",")) {
            content = clauseSpan(speakerEnd + 1, s.endToken());
        } else if (cueToken > s.firstToken() + 2 && doc.token(cueToken - 1).word().equals(",")) {
            content = clauseSpan(s.firstToken(), cueToken - 1);
        } else {
            return null;
        }
        return content == null ? null : new Found(content, false, a.cue, a.cueSpan, a.speaker, paragraphOf(
                content.start()));
    }

    /** "X said (that) CLAUSE", "X told reporters CLAUSE". */
    private List<Found> speakerThenClause(Sentence s) {
        List<Found> out = new ArrayList<>();
        for (int v = s.firstToken() + 1; v < s.endToken() - 2; v++) {
            Token cue = doc.token(v);
            if (!Speakers.isCue(cue) || insideQuoteMarks(cue.start())) {
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
            out.add(new Found(content, false, cue.word(), cue.span(), sp, paragraphOf(content.start())));
            v = c;
        }
        return out;
    }

    /** "CLAUSE, X said." / "CLAUSE, said X." at the end of a sentence with no quote marks. */
    private Found clauseThenSpeaker(Sentence s) {
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
            return new Found(content, false, c.word(), c.span(), sp, paragraphOf(content.start()));
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

    private boolean insideQuoteMarks(int offset) {
        for (QuoteMarks.Quoted q : marks) {
            if (q.content().contains(offset)) {
                return true;
            }
        }
        return false;
    }
}
