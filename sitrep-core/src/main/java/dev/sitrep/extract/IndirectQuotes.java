package dev.sitrep.extract;

import dev.sitrep.model.Span;
import dev.sitrep.nlp.NlpDocument;
import dev.sitrep.nlp.Sentence;
import dev.sitrep.nlp.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Indirect quotes, reported speech without quote marks: "X said (that) CLAUSE", "X told reporters CLAUSE",
 * "According to X, CLAUSE", "CLAUSE, according to X", "CLAUSE, X said"; and the wider attribution news writing
 * carries: stances and demands with a noun-phrase or infinitive object ("X criticized the plan", "X vowed to
 * fight", "X called for a ban"), cues that share the sentence's subject ("X did Y, saying CLAUSE"), and quotes in
 * quotes whose marks the tokenizer splits off ({@code ''CLAUSE,'' X said}). The word lists are in
 * {@link ReportingVerbs}.
 */
final class IndirectQuotes {

    private final QuoteContext ctx;
    private final NlpDocument doc;
    private final String text;
    private final Speakers speakers;
    private final ReportedSpeakers subjects;

    IndirectQuotes(QuoteContext ctx) {
        this.ctx = ctx;
        this.doc = ctx.doc;
        this.text = ctx.text;
        this.speakers = ctx.speakers;
        this.subjects = new ReportedSpeakers(ctx);
    }

    /**
     * The indirect quotes of the article, sentence by sentence, leaving out sentences that the direct quotes
     * {@code direct} mostly cover and contents that lie mostly inside one. A clause that is all quotation is
     * returned too: {@link QuoteFinder} makes it a direct quote.
     */
    List<QuoteFinder.Found> find(List<QuoteFinder.Found> direct) {
        List<QuoteFinder.Found> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            if (coveredByDirect(s.span(), direct)) {
                continue;
            }
            List<QuoteFinder.Found> found = new ArrayList<>();
            QuoteFinder.Found according = accordingClause(s);
            according = according != null ? according : asSpeakerSaid(s);
            if (according != null) {
                found.add(according);
            } else {
                QuoteFinder.Found tail = clauseThenSpeaker(s);
                int limit = tail == null ? s.endToken() : doc.tokenAtOrAfter(tail.content().end());
                found.addAll(speakerThenClause(s, s.firstToken(), limit));
                if (tail != null) {
                    found.add(tail);
                    // "CLAUSE, X said, adding that CLAUSE"
                    found.addAll(speakerThenClause(s, doc.tokenAtOrAfter(tail.cueSpan().end()), s.endToken()));
                }
                QuoteFinder.Found inserted = tail == null ? insertedAttribution(s) : null;
                if (inserted != null) {
                    found.add(inserted);
                }
                QuoteFinder.Found labelled = speakerColonClause(s);
                if (labelled != null) {
                    found.add(labelled);
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

    /** Whether direct quotes cover more than half of the sentence. */
    private static boolean coveredByDirect(Span sentence, List<QuoteFinder.Found> direct) {
        int covered = 0;
        for (QuoteFinder.Found d : direct) {
            covered += d.content().overlap(sentence);
        }
        return covered > sentence.length() / 2;
    }

    /** Whether more than half of {@code content} lies inside one direct quote. */
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
        return content == null ? null : new QuoteFinder.Found(content, false, a.cue(), a.cueSpan(), a.speaker(),
                ctx.paragraphOf(content.start()));
    }

    /**
     * "As Park said on Monday, CLAUSE", "As one aide put it in a memo, CLAUSE", "..., as The Times reported, CLAUSE":
     * an attribution in an "as" clause before what it attributes.
     */
    private QuoteFinder.Found asSpeakerSaid(Sentence s) {
        int end = s.endToken();
        for (int k = s.firstToken(); k + 3 < end; k++) {
            if (!Lexicon.lc(doc.token(k).word()).equals("as")
                    || k > s.firstToken() && !doc.token(k - 1).word().equals(",")) {
                continue;
            }
            Speakers.Speaker sp = speakers.startingAt(k + 1, end);
            if (sp == null) {
                continue;
            }
            int after = doc.tokenAtOrAfter(sp.span().end());
            int cue = speakers.cueAt(after, end);
            cue = cue >= 0 && Speakers.isCue(doc.token(cue)) ? cue : -1;
            boolean putIt = after + 1 < end && speakers.putsIt(after);
            if (cue < 0 && !putIt) {
                continue;
            }
            cue = cue < 0 ? after : cue;
            // the cue's own adjuncts, up to the comma that closes the "as" clause: "in a statement to reporters"
            int comma = cue + 1;
            while (comma < end && comma < cue + 16 && !doc.token(comma).word().equals(",")
                    && !doc.token(comma).isFiniteVerb()) {
                comma++;
            }
            if (comma >= end || !doc.token(comma).word().equals(",")
                    || !startsClause(comma + 1, end) && !opensWithPhrase(comma + 1, end)
                    || doc.token(comma + 1).pos().equals("CC")) {
                // `The vote was close, as the Ledger reported, and ...`: what it reported came before
                continue;
            }
            Span content = clauseSpan(comma + 1, end);
            Token c = doc.token(cue);
            Span cueSpan = putIt && cue == after ? new Span(c.start(), doc.token(cue + 1).end()) : c.span();
            return content == null ? null : new QuoteFinder.Found(content, false, cueSpan.of(text), cueSpan, sp,
                    ctx.paragraphOf(content.start()));
        }
        return null;
    }

    /**
     * "CLAUSE, he said, CLAUSE" / "CLAUSE, said X, CLAUSE": an attribution set between commas inside the
     * sentence it attributes. The content is the whole sentence, the attribution included, as it splits it.
     */
    private QuoteFinder.Found insertedAttribution(Sentence s) {
        int end = s.endToken();
        for (int c1 = s.firstToken() + 2; c1 < end - 4; c1++) {
            if (!doc.token(c1).word().equals(",")) {
                continue;
            }
            int c2 = c1 + 2;
            while (c2 < end && c2 <= c1 + 7 && !doc.token(c2).word().equals(",")) {
                c2++;
            }
            if (c2 >= end - 3 || c2 > c1 + 7 || !doc.token(c2).word().equals(",")) {
                continue;
            }
            int cue = c2 - 1;
            Speakers.Speaker sp = null;
            if (Speakers.isCue(doc.token(cue))) {
                sp = speakers.endingAt(speakers.skipAuxLeft(cue - 1, c1 + 1), c1 + 1);
                sp = sp != null && onlyNamePartsBefore(c1 + 1, sp) ? sp : null;
            } else if (Speakers.isCue(doc.token(c1 + 1)) && !doc.token(c1 + 1).pos().equals("VBG")
                    && !ReportingVerbs.TELLING.contains(Lexicon.lc(doc.token(c1 + 1).lemma()))) {
                // but not ", telling reporters,": a participle shares the sentence's subject, and whom one tells
                // is not who speaks
                cue = c1 + 1;
                sp = speakers.startingAt(cue + 1, c2);
                sp = sp != null && doc.tokenAtOrAfter(sp.span().end()) == c2 ? sp : null;
            }
            String opener = doc.token(s.firstToken()).pos();
            if (sp == null || !hasVerb(c2 + 1, end) || QuoteMarks.isQuoteToken(doc.token(c2 + 1).word())
                    && (opener.equals("IN") || opener.equals("VBN") || opener.equals("VBG"))) {
                // `Asked about it, Brack boasted, "That makes me smart."`: an opening phrase, no clause, then the
                // attribution of the direct quote after it
                continue;
            }
            Span content = clauseSpan(s.firstToken(), end);
            Token c = doc.token(cue);
            return content == null ? null : new QuoteFinder.Found(content, false, c.word(), c.span(), sp,
                    ctx.paragraphOf(content.start()));
        }
        return null;
    }

    /** "Caddell: Democrats Worried About Clinton's Health": a named speaker, a colon, and what they said. */
    private QuoteFinder.Found speakerColonClause(Sentence s) {
        Speakers.Speaker sp = speakers.startingAt(s.firstToken(), s.endToken());
        if (sp == null || sp.entity() == null || !sp.entity().type.canSpeak()) {
            return null;
        }
        int colon = doc.tokenAtOrAfter(sp.span().end());
        if (colon >= s.endToken() || !doc.token(colon).word().equals(":")) {
            return null;
        }
        Span content = clauseSpan(colon + 1, s.endToken());
        if (content == null || !hasVerb(colon + 1, s.endToken())) {
            return null;
        }
        Token c = doc.token(colon);
        return new QuoteFinder.Found(content, false, c.word(), c.span(), sp, ctx.paragraphOf(content.start()));
    }

    /**
     * A cue found in a sentence: its tokens {@code [from, to)}, the token where what it attributes begins, and how
     * that is attached: "that" or "clause" (a clause), "np" or "np2" (a noun phrase), "inf" or "obj-inf" (an
     * infinitive), "phrasal" (after a particle), "quote" (a quote in doubled apostrophes); for "obj-inf", the
     * token "to" after the addressee.
     */
    private record Cue(int from, int to, int content, String kind, int infinitive) {

        Cue(int from, int to, int content, String kind) {
            this(from, to, content, kind, -1);
        }
    }

    /**
     * "X said (that) CLAUSE", "X told reporters CLAUSE", "X vowed to fight", "X called for a ban", for cues among
     * tokens {@code [from, limit)}, whose contents end by {@code limit}.
     */
    private List<QuoteFinder.Found> speakerThenClause(Sentence s, int from, int limit) {
        List<QuoteFinder.Found> out = new ArrayList<>();
        for (int v = from; v < limit - 2; v++) {
            Token verb = doc.token(v);
            if (!verb.isVerb() || ctx.insideQuoteMarks(verb.start())) {
                continue;
            }
            QuoteFinder.Found question = askedQuestion(s, v, limit);
            if (question != null) {
                out.add(question);
                continue;
            }
            Cue cue = cueAt(v, limit);
            if (cue == null || isPassive(v, s.firstToken()) || isModifier(v, s.firstToken())) {
                continue;
            }
            Speakers.Speaker sp = subjects.speakerBefore(s, v);
            if (sp == null || !cue.kind().equals("that") && !cue.kind().equals("clause")
                    && subjects.inRelativeClause(sp)) {
                continue;
            }
            if (namesTheSpeaker(v, cue)) {
                continue;
            }
            Span content = clauseSpan(cue.content(), namedEnd(v, cue.content(), limit));
            if (content == null) {
                continue;
            }
            if (cue.infinitive() >= 0) {
                // `told supporters at a rally to "go vote"`: the words in marks are what was told
                Span told = new Span(doc.token(cue.infinitive()).start(), content.end());
                if (ctx.mostlyQuoted(told)) {
                    content = told;
                }
            }
            Span cueSpan = new Span(doc.token(cue.from()).start(), doc.token(cue.to() - 1).end());
            out.add(new QuoteFinder.Found(content, false, cueSpan.of(text), cueSpan, sp,
                    ctx.paragraphOf(content.start())));
            v = cue.content();
        }
        return endAtNextSpeaker(out);
    }

    /**
     * ", and", ", but", "; " and the like right before a name and the title before it: a coordinated clause with a
     * subject of its own.
     */
    private static final java.util.regex.Pattern COORDINATION = java.util.regex.Pattern.compile(
            "(?:,\\s*(?:and|but|while|whereas|yet)|;)\\s*(?:\\p{Lu}[\\p{L}.'-]*\\s+){0,3}$");

    /** Where {@code boundary} starts in {@code text}, which it must end; -1 when it does not end it. */
    private static int boundaryAt(java.util.regex.Pattern boundary, String text) {
        java.util.regex.Matcher m = boundary.matcher(text);
        return m.find() ? m.start() : -1;
    }

    /** A comma, "and" or "but" right before a name and the title before it. */
    private static final java.util.regex.Pattern CLAUSE_BREAK = java.util.regex.Pattern.compile(
            "(?:,\\s*|\\s+(?:and|but)\\s+)(?:\\p{Lu}[\\p{L}.'-]*\\s+){0,3}$");

    /**
     * `Rubio has talked about embedding troops with Iraqi soldiers, and Clinton said she would ...`: a content
     * ends where a coordinated clause brings the next attribution's speaker.
     */
    private List<QuoteFinder.Found> endAtNextSpeaker(List<QuoteFinder.Found> found) {
        List<QuoteFinder.Found> out = new ArrayList<>();
        for (QuoteFinder.Found f : found) {
            Span content = f.content();
            for (QuoteFinder.Found next : found) {
                Span at = next.speaker() == null ? null : next.speaker().span();
                if (next == f || at == null || at.start() <= content.start() || at.start() >= content.end()) {
                    continue;
                }
                String before = text.substring(content.start(), at.start());
                int cut = boundaryAt(COORDINATION, before);
                if (cut < 0 && next.cueSpan() != null && next.cueSpan().start() >= at.end()
                        && next.cueSpan().start() - at.end() <= 12) {
                    // `While Comey has said that he makes recommendations, Lewandowski said he does not`;
                    // `Ruiz accuses the mayor of "hiding" and Governor Berg says he is ...`
                    cut = boundaryAt(CLAUSE_BREAK, before);
                }
                if (cut > 0) {
                    content = new Span(content.start(), content.start() + cut);
                }
            }
            out.add(content == f.content() ? f
                    : new QuoteFinder.Found(content, false, f.cue(), f.cueSpan(), f.speaker(), f.paragraph()));
        }
        return out;
    }

    /**
     * Whether what follows the cue at {@code v} is its speaker, not its content: "CLAUSE, said Brian Baker, an
     * adviser who ...".
     */
    private boolean namesTheSpeaker(int v, Cue cue) {
        if (cue.content() != v + 1 || v == 0 || !doc.token(v - 1).word().equals(",")
                || !Speakers.isCue(doc.token(v))) {
            return false;
        }
        Speakers.Speaker sp = speakers.startingAt(v + 1, doc.sentenceOf(doc.token(v)).endToken());
        if (sp == null || sp.entity() == null) {
            return false;
        }
        Token after = doc.token(Math.min(doc.tokenAtOrAfter(sp.span().end()), doc.tokens().size() - 1));
        return after.word().equals(",") || after.pos().equals(".");
    }

    /**
     * "Asked about X, she said ..." / "He was asked whether ...": a question put to the subject by someone the
     * sentence does not name; the question is attributed, with no speaker.
     */
    private QuoteFinder.Found askedQuestion(Sentence s, int v, int limit) {
        Token verb = doc.token(v);
        boolean opensSentence = v == s.firstToken() || v == s.firstToken() + 1 && doc.token(v - 1).pos().equals("RB");
        if (!Lexicon.lc(verb.lemma()).equals("ask") || !verb.pos().equals("VBN")
                || !opensSentence && !isPassive(v, s.firstToken())) {
            return null;
        }
        if (v + 1 >= limit || !ReportingVerbs.QUESTION_OPENERS.contains(Lexicon.lc(doc.token(v + 1).word()))) {
            return null;
        }
        int end = limit;
        if (opensSentence) {
            for (int k = v + 2; k < limit; k++) {
                if (doc.token(k).word().equals(",")) {
                    end = k;
                    break;
                }
            }
        }
        Span content = clauseSpan(v + 1, end);
        return content == null ? null : new QuoteFinder.Found(content, false, verb.word(),
                verb.span(), null, ctx.paragraphOf(content.start()));
    }

    /** The cue that verb {@code v} opens, with where its content starts, or null when it attributes nothing. */
    private Cue cueAt(int v, int limit) {
        Token verb = doc.token(v);
        String lemma = Lexicon.lc(verb.lemma());
        if (v + 1 < limit && ReportingVerbs.PHRASAL_CUES.contains(lemma + " " + Lexicon.lc(doc.token(v + 1).word()))) {
            int c = v + 2;
            int thatAt = findThat(c, limit);
            // `language calling for "appropriate help"` quotes the language, not someone
            boolean describesANoun = verb.pos().equals("VBG") && v > 0 && doc.token(v - 1).isNoun()
                    && !doc.token(v - 1).isProperNoun() && c < limit && opensQuote(doc.token(c));
            return startsObject(c, limit) && !describesANoun
                    ? new Cue(v, v + 2, thatAt >= 0 ? thatAt + 1 : c, "phrasal") : null;
        }
        boolean speech = Speakers.isCue(verb);
        if (!speech && !ReportingVerbs.STANCE_VERBS.contains(lemma)
                && !ReportingVerbs.REGARD_AND_ACT_VERBS.contains(lemma)) {
            return null;
        }
        int c = v + 1;
        if (lemma.equals("raise") && !raisesAnIssue(c, limit) || lemma.equals("find") && findsOneself(c, limit)) {
            return null;
        }
        if (ReportingVerbs.INFINITIVE_ONLY.contains(lemma)) {
            return c < limit && isInfinitiveTo(c, limit) ? new Cue(v, v + 1, c, "inf") : null;
        }
        if (speech && c + 2 < limit && doc.token(c).word().equals(",")
                && QuoteMarks.isQuoteToken(doc.token(c + 1).word())) {
            return new Cue(v, v + 1, c + 2, "quote");
        }
        if (c < limit && isInfinitiveTo(c, limit) && ReportingVerbs.INFINITIVE_VERBS.contains(lemma)) {
            return new Cue(v, v + 1, c, "inf");
        }
        int k = ReportingVerbs.ADDRESSEE_FIRST.contains(lemma) ? skipObject(c, limit) : c;
        if (k > c) {
            k = skipTimeOrPlace(k, limit);
        }
        int thatAt = findThat(k, limit);
        if (thatAt >= 0) {
            return new Cue(v, v + 1, thatAt + 1, "that");
        }
        if (k > c && k < limit && isInfinitiveTo(k, limit)) {
            // "urged Congress to act": the addressee and the infinitive both belong to what is attributed
            return new Cue(v, v + 1, c, "obj-inf", k);
        }
        if (startsObject(k, limit)) {
            boolean clause = startsClause(k, limit);
            return clause || !ReportingVerbs.NEEDS_CLAUSE.contains(lemma) ? new Cue(v, v + 1, k, clause
                    ? "clause" : "np") : null;
        }
        // "urged caution": no addressee after all; but whom one tells is never what is told
        return k > c && !ReportingVerbs.TELLING.contains(lemma) && !ReportingVerbs.NEEDS_CLAUSE.contains(lemma)
                && startsObject(c, limit)
                ? new Cue(v, v + 1, c, "np2") : null;
    }

    /**
     * Where the content of naming verb {@code v} ends: `calling it "reckless" and saying ...` names in quote marks
     * and then goes on to another verb of the subject's, so the naming ends with the quote. Otherwise
     * {@code limit}.
     */
    private int namedEnd(int v, int content, int limit) {
        if (!ReportingVerbs.NAMING.contains(Lexicon.lc(doc.token(v).lemma())) || afterRelative(v)) {
            return limit;
        }
        int open = content;
        boolean object = false;
        while (open < limit && open < content + 5 && !QuoteMarks.isQuoteToken(doc.token(open).word())) {
            object |= doc.token(open).isNoun() || doc.token(open).pos().equals("PRP");
            open++;
        }
        if (!object) {
            // `what he calls the "Washington cartel"`: the quoted words are the object, not what it is called
            return limit;
        }
        int close = open + 1;
        while (close < limit && !QuoteMarks.isQuoteToken(doc.token(close).word())) {
            close++;
        }
        if (open >= limit || close >= limit || close == open + 1) {
            return limit;
        }
        int k = close + 1;
        if (k < limit && doc.token(k).word().equals(",")) {
            k++;
        }
        String joint = k < limit ? Lexicon.lc(doc.token(k).word()) : "";
        if (joint.equals("and") || joint.equals("but")) {
            k++;
        }
        while (k < limit && doc.token(k).pos().startsWith("RB")) {
            k++;
        }
        boolean goesOn = k >= limit || doc.token(k).pos().equals(".") || doc.token(k).isVerb();
        return goesOn ? close + 1 : limit;
    }

    /** Whether a relative or question word stands a few words before verb {@code v}: "which Trump had called". */
    private boolean afterRelative(int v) {
        for (int k = Math.max(0, v - 4); k < v; k++) {
            String pos = doc.token(k).pos();
            if (pos.equals("WP") || pos.equals("WDT")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether token {@code k} is the "to" of an infinitive. Before a quote mark the tagger often reads it as a
     * preposition: `told the crowd to "go home"`.
     */
    private boolean isInfinitiveTo(int k, int limit) {
        Token t = doc.token(k);
        if (t.pos().equals("TO")) {
            return true;
        }
        return Lexicon.lc(t.word()).equals("to") && k + 2 < limit
                && QuoteMarks.isQuoteToken(doc.token(k + 1).word()) && doc.token(k + 2).pos().equals("VB");
    }

    /**
     * A past participle that modifies the common noun before it rather than reporting: "a program called Clean
     * Rivers", "injections intended to calm her". (A present one reports: "a super PAC supporting Clinton".)
     */
    private boolean isModifier(int v, int floor) {
        Token verb = doc.token(v);
        // the tagger often takes a past tense after a name for a participle: only clear cases count
        if (v <= floor || !verb.pos().equals("VBN") || !doc.token(v - 1).isNoun() || doc.token(v - 1).isProperNoun()) {
            return false;
        }
        // "a group called Sandy Hook Promise", `a group called "the river people"`
        return !Speakers.isCue(verb) || ReportingVerbs.NAMING.contains(Lexicon.lc(verb.lemma()))
                && (namesOnly(v + 1) || v + 1 < doc.tokens().size() && opensQuote(doc.token(v + 1)));
    }

    /** Whether a name and nothing more follows from token {@code k}: "called Sandy Hook Promise." */
    private boolean namesOnly(int k) {
        int n = doc.tokens().size();
        if (k >= n || !doc.token(k).isProperNoun()) {
            return false;
        }
        while (k < n && doc.token(k).isProperNoun()) {
            k++;
        }
        return k >= n || !(ReportedSpeakers.isNamePart(doc.token(k)) || doc.token(k).pos().equals("PRP"));
    }




    /** "found themselves in", "found ways to": the finding of oneself or of a way is no finding reported. */
    private boolean findsOneself(int c, int limit) {
        if (c >= limit) {
            return false;
        }
        String w = Lexicon.lc(doc.token(c).word());
        return w.endsWith("self") || w.endsWith("selves") || w.equals("way") || w.equals("ways");
    }

    /** Whether an issue, not money, is raised: "raised concerns about", not "raised $5 million". */
    private boolean raisesAnIssue(int c, int limit) {
        for (int k = c; k < limit && k < c + 4; k++) {
            if (ReportingVerbs.ISSUES.contains(Lexicon.lc(doc.token(k).lemma()))) {
                return true;
            }
        }
        return false;
    }

    /** A participle after a form of "be" before it: "was criticized", "is expected" (its subject is no speaker). */
    private boolean isPassive(int v, int floor) {
        return doc.token(v).pos().equals("VBN") && speakers.afterBe(v, floor);
    }

    /**
     * "CLAUSE, X said." / "CLAUSE, said X." / "CLAUSE, X, (appositive), said." at the end of a sentence with no
     * quote marks; the comma may be followed by doubled apostrophes that close a quote ({@code ''CLAUSE,'' X said}).
     */
    private QuoteFinder.Found clauseThenSpeaker(Sentence s) {
        int end = s.endToken() - 1;
        while (end > s.firstToken() && doc.token(end).isPunctuation()) {
            end--;
        }
        for (int comma = end - 1; comma > s.firstToken() + 2 && comma >= end - 20; comma--) {
            if (!doc.token(comma).word().equals(",")) {
                continue;
            }
            int from = afterClosingApostrophes(comma, end);
            if (from == comma + 1 && doc.token(from).pos().equals("VBG") && (Speakers.isCue(doc.token(from))
                    || ReportingVerbs.STANCE_VERBS.contains(Lexicon.lc(doc.token(from).lemma())))) {
                // "CLAUSE, X said, adding that ..." / "..., citing the new parks": the participle has its own
                // content; the attribution ends here
                end = comma - 1;
                continue;
            }
            int cue = speakers.cueAt(from, end + 1);
            Speakers.Speaker sp = null;
            int cueAt = -1;
            if (cue >= 0) {
                sp = speakers.startingAt(cue + 1, end + 1);
                cueAt = cue;
                if (sp != null && !endsAttribution(doc.tokenAtOrAfter(sp.span().end()) - 1, end)) {
                    // "X, a lawyer, said he": the cue opens a clause, it does not close one
                    return null;
                }
                if (sp == null || isObjectPronoun(cue + 1)
                        || ReportingVerbs.TELLING.contains(Lexicon.lc(doc.token(cue).lemma()))) {
                    // "CLAUSE, X, an economist, told me (reporters)": the cue follows an appositive, and what
                    // follows a telling is whom it tells
                    int c2 = appositiveStart(comma, s.firstToken());
                    sp = c2 < 0 ? null : speakers.startingAt(afterClosingApostrophes(c2, comma), comma);
                    comma = c2;
                }
            } else if (comma >= end - 12) {
                for (int c = from + 1; c <= end && c <= from + 7; c++) {
                    if (Speakers.isCue(doc.token(c))) {
                        Speakers.Speaker cand = speakers.endingAt(speakers.skipAuxLeft(c - 1, from), from);
                        if (cand != null && onlyNamePartsBefore(from, cand) && endsAttribution(c, end)) {
                            sp = cand;
                            cueAt = c;
                        }
                        break;
                    }
                }
            }
            if (sp == null) {
                if (hasVerb(comma + 1, end + 1) && !startsNounPhrase(comma + 1)) {
                    return null;
                }
                // "CLAUSE, said Mike Schmidt, an adviser (who ...)": this comma only opened an appositive
                continue;
            }
            int first = QuoteMarks.isQuoteToken(doc.token(s.firstToken()).word()) ? s.firstToken() + 1
                    : s.firstToken();
            Span content = clauseSpan(first, comma);
            if (content == null || !hasVerb(first, comma)) {
                return null;
            }
            Token c = doc.token(cueAt);
            return new QuoteFinder.Found(content, false, c.word(), c.span(), sp, ctx.paragraphOf(content.start()));
        }
        return null;
    }

    /**
     * Whether the cue at {@code cue} closes the sentence's attribution, rather than opening an object or clause of
     * its own: nothing follows it, or a time, a prepositional phrase or an addressee ("X said on Tuesday", "X told
     * reporters").
     */
    private boolean endsAttribution(int cue, int end) {
        int k = cue + 1;
        if (k <= end && ReportingVerbs.ADDRESSEE_FIRST.contains(Lexicon.lc(doc.token(cue).lemma()))) {
            k = skipObject(k, end + 1);
        }
        if (k > end) {
            return true;
        }
        Token t = doc.token(k);
        if (t.pos().equals("POS") || opensQuote(t)) {
            // `said Park "understood ..."`: a quote opening after the name is what the cue reports
            return false;
        }
        return t.pos().equals("IN") && !Lexicon.lc(t.word()).equals("that") || t.pos().startsWith("RB")
                || t.pos().equals("TO") || t.isPunctuation()
                        || ReportingVerbs.TIME_WORDS.contains(Lexicon.lc(t.word()));
    }

    /** Whether a noun phrase starts at token {@code k}: "an adviser", "the senior official". */
    private boolean startsNounPhrase(int k) {
        String pos = doc.token(k).pos();
        return pos.equals("DT") || pos.startsWith("JJ") || pos.startsWith("NN") || pos.equals("PRP$")
                || pos.equals("CD");
    }

    /**
     * Whether a clause opens at token {@code k} with a phrase before its subject: "in the early days of his term,
     * (...) what would he pick?"; a preposition, and a finite verb further on.
     */
    private boolean opensWithPhrase(int k, int end) {
        if (k >= end || !doc.token(k).pos().equals("IN") || Lexicon.lc(doc.token(k).word()).equals("that")) {
            return false;
        }
        for (int j = k + 1; j < end; j++) {
            if (doc.token(j).isFiniteVerb()) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code t} is a quote mark that opens a quote: the text right after it is inside marks. */
    private boolean opensQuote(Token t) {
        return QuoteMarks.isQuoteToken(t.word()) && t.end() < text.length() && ctx.insideQuoteMarks(t.end());
    }

    /** Whether a verb stands among tokens {@code [from, to)}. */
    private boolean hasVerb(int from, int to) {
        for (int k = from; k < to; k++) {
            if (doc.token(k).isVerb()) {
                return true;
            }
        }
        return false;
    }

    /** The token after {@code comma}, or after the doubled apostrophes that follow it and close a quote. */
    private int afterClosingApostrophes(int comma, int end) {
        return comma + 1 < end && QuoteMarks.isQuoteToken(doc.token(comma + 1).word()) ? comma + 2 : comma + 1;
    }

    /**
     * For "CLAUSE, NAME, APPOSITIVE, said": the comma before NAME, when the tokens up to {@code comma} are a
     * name, a comma and an appositive noun phrase; else -1.
     */
    private int appositiveStart(int comma, int floor) {
        for (int k = comma - 1; k > floor + 2 && k >= comma - 15; k--) {
            if (doc.token(k).word().equals(",")) {
                for (int c2 = k - 1; c2 > floor + 2 && c2 >= k - 6; c2--) {
                    if (doc.token(c2).word().equals(",")) {
                        Speakers.Speaker sp = speakers.startingAt(afterClosingApostrophes(c2, k), k);
                        return sp != null && sp.entity() != null && doc.tokenAtOrAfter(sp.span().end()) == k ? c2 : -1;
                    }
                }
                return -1;
            }
            if (doc.token(k).isVerb()) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether token {@code k} is a pronoun that can only be an object: "told me", "said to them". */
    private boolean isObjectPronoun(int k) {
        return ReportingVerbs.OBJECT_PRONOUNS.contains(Lexicon.lc(doc.token(k).word()));
    }

    /** Whether the speaker starts at token {@code from}, or after words of its own phrase ("Mr. Burman"). */
    private boolean onlyNamePartsBefore(int from, Speakers.Speaker sp) {
        int start = doc.tokenAtOrAfter(sp.span().start());
        for (int k = from; k < start; k++) {
            String pos = doc.token(k).pos();
            if (!(pos.startsWith("NN") || pos.equals("DT") || pos.startsWith("JJ") || pos.equals("POS"))) {
                return false;
            }
        }
        return start >= from;
    }

    /**
     * Skips short prepositional phrases after the addressee when a clause or an infinitive follows them: "told
     * reporters on Monday (the bridge would reopen)", "told supporters at a rally in Reno (to vote early)".
     */
    private int skipTimeOrPlace(int k, int limit) {
        if (k >= limit || !doc.token(k).pos().equals("IN") || Lexicon.lc(doc.token(k).word()).equals("that")) {
            return k;
        }
        for (int j = k + 2; j < limit && j <= k + 4 && ReportedSpeakers.isNamePart(doc.token(j - 1)); j++) {
            if (startsClause(j, limit) || isInfinitiveTo(j, limit)) {
                return j;
            }
            int further = skipTimeOrPlace(j, limit);
            if (further > j) {
                return further;
            }
        }
        return k;
    }

    /** Skips the addressee after a cue: "told reporters", "told African-Americans this weekend". */
    private int skipObject(int c, int limit) {
        int k = c;
        while (k < limit && k < c + 6 && (ReportedSpeakers.isNamePart(doc.token(k)) || doc.token(k).pos().equals("PRP")
                || doc.token(k).pos().equals("HYPH"))) {
            k++;
        }
        return k;
    }

    /**
     * "that" right after the cue, or after a short phrase without a verb ("said in an interview that", "says at
     * a stop in Toledo, Ohio, that").
     */
    private int findThat(int c, int limit) {
        for (int k = c; k < limit && k < c + 10; k++) {
            Token t = doc.token(k);
            if (Lexicon.lc(t.word()).equals("that") && (t.pos().equals("IN") || t.pos().equals("WDT")
                    || t.pos().equals("DT")) && !opensRelativeClause(k, limit)) {
                return k;
            }
            if (QuoteMarks.isQuoteToken(t.word())) {
                int close = quotedTitleEnd(k, limit);
                if (close < 0) {
                    return -1;
                }
                k = close;
                continue;
            }
            if (t.isVerb() && !isAdjectival(k)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Where the quoted title opening at token {@code open} closes (`told WXYZ's "Morning Show" that`): a few words,
     * each capitalised; -1 when the quote is anything else.
     */
    private int quotedTitleEnd(int open, int limit) {
        for (int k = open + 1; k < limit && k <= open + 6; k++) {
            Token t = doc.token(k);
            if (QuoteMarks.isQuoteToken(t.word())) {
                return k > open + 1 ? k : -1;
            }
            if (!Character.isUpperCase(t.word().charAt(0)) && !t.isPunctuation()) {
                return -1;
            }
        }
        return -1;
    }

    /** A participle between a determiner or adjective and its noun: "an invited crowd", "the growing debt". */
    private boolean isAdjectival(int k) {
        Token t = doc.token(k);
        if (!t.pos().equals("VBN") && !t.pos().equals("VBG") || k == 0 || k + 1 >= doc.tokens().size()) {
            return false;
        }
        String before = doc.token(k - 1).pos();
        return (before.equals("DT") || before.equals("PRP$") || before.startsWith("JJ"))
                && doc.token(k + 1).pos().startsWith("NN");
    }

    /**
     * Whether "that" at {@code k} is the subject of a relative clause, with its verb right after it ("returns that
     * are audited"), rather than a conjunction that opens what is said.
     */
    private boolean opensRelativeClause(int k, int limit) {
        int n = k + 1;
        while (n < limit && doc.token(n).pos().startsWith("RB")) {
            n++;
        }
        return n < limit && doc.token(n).isFiniteVerb();
    }

    /**
     * Something said or believed follows: not a preposition, infinitive or punctuation, except "whether" and
     * "if" that open an indirect question.
     */
    private boolean startsObject(int c, int limit) {
        if (c >= limit) {
            return false;
        }
        Token first = doc.token(c);
        if (ReportingVerbs.QUESTION_CONJUNCTIONS.contains(Lexicon.lc(first.word()))) {
            return true;
        }
        if (opensQuote(first)) {
            // `talked about "how the system is rigged"`: what is quoted is the object
            return startsObject(c + 1, limit);
        }
        return !(first.pos().equals("IN") || first.pos().equals("TO") || first.isPunctuation()
                || ReportingVerbs.COORDINATORS.contains(Lexicon.lc(first.word()))
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
            if (t.isFiniteVerb()) {
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
