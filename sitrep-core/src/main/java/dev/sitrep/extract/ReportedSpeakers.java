package dev.sitrep.extract;

import dev.sitrep.nlp.NlpDocument;
import dev.sitrep.nlp.Sentence;
import dev.sitrep.nlp.Token;

/**
 * Who speaks through a reporting verb when the speaker is not simply the phrase before it: the antecedent of
 * "who", the subject a participle or a second verb shares ("X met Y, saying"), the subject after a dateline or
 * an opening phrase ("On Thursday, however, X ..."). Used by {@link IndirectQuotes}; one instance per article.
 */
final class ReportedSpeakers {

    private final QuoteContext ctx;
    private final NlpDocument doc;
    private final Speakers speakers;

    ReportedSpeakers(QuoteContext ctx) {
        this.ctx = ctx;
        this.doc = ctx.doc;
        this.speakers = ctx.speakers;
    }

    /**
     * Who speaks through the cue at {@code v}: the noun phrase right before it ("Joly said"), the antecedent of a
     * relative pronoun ("Joly, who said"), or the subject of the sentence when the cue shares it ("Joly met X and
     * said", "Joly met X, saying", "Joly, (a long appositive), said").
     */
    Speakers.Speaker speakerBefore(Sentence s, int v) {
        int end = speakers.skipAuxLeft(v - 1, s.firstToken());
        if (end > s.firstToken() && doc.token(v).pos().equals("VBG")
                && QuoteMarks.isQuoteToken(doc.token(end).word()) && doc.token(end - 1).word().equals(",")) {
            // `called it "reckless and aggressive," accusing`: the comma before the closing mark is the clause's
            end--;
        }
        if (end < s.firstToken()) {
            return null;
        }
        Token last = doc.token(end);
        String w = Lexicon.lc(last.word());
        if (ReportingVerbs.RELATIVES.contains(w) && (last.pos().equals("WP") || last.pos().equals("WDT"))) {
            int k = end - 1;
            if (k >= s.firstToken() && doc.token(k).word().equals(",")) {
                k--;
            }
            Speakers.Speaker sp = speakers.endingAt(k, s.firstToken());
            return sp == null || sp.entity() == null ? null : madeBy(s, sp);
        }
        if (controlledBySubject(s, end)) {
            // "Lind went on to say", "Lind was quick to add": the speaker right before the verbs that lead to "to"
            // "Trump took to Twitter overnight to accuse": the platform is where, not who
            int medium = mediumBefore(s, end);
            int k = medium >= 0 ? medium - 1 : end - 1;
            while (k > s.firstToken() && isLeadIn(doc.token(k))) {
                k--;
            }
            Speakers.Speaker sp = speakers.endingAt(k, s.firstToken());
            return sp == null || sp.entity() == null ? null : madeBy(s, sp);
        }
        boolean participle = doc.token(v).pos().equals("VBG");
        // "X, a lawyer, said" but not "CLAUSE, X said, adding": a participle after a comma shares the subject
        Speakers.Speaker sp = w.equals(",") && participle ? null : speakers.endingAt(end, s.firstToken());
        if ((sp == null || sp.entity() == null) && !participle) {
            // "Stumpf in a televised interview appeared to blame": the subject before a prepositional phrase
            Speakers.Speaker beforePhrase = beforePrepositionalPhrase(s, end);
            sp = beforePhrase != null ? beforePhrase : sp;
        }
        if (sp != null && (sp.entity() != null || !w.equals(","))) {
            return madeBy(s, sp);
        }
        // "X met Y and said", "X met Y, saying", "X pitched himself by telling them"; and `Lind, during a town hall
        // in Reno, Nevada, said`, where the place before the comma does not speak but the subject does
        boolean shared = w.equals(",") || last.pos().equals("CC") && end > s.firstToken()
                || last.pos().equals("IN") && !Lexicon.lc(last.word()).equals("without") && participle;
        if (!shared) {
            return null;
        }
        Speakers.Speaker subject = coordinatedSubject(s, end);
        if (subject == null && participle && w.equals(",")) {
            // "CLAUSE, Berg said in June, citing ...": the participle goes on with the attribution before it
            Speakers.Speaker attributed = precedingSubject(s, end);
            int verb = attributed == null ? -1 : doc.tokenAtOrAfter(attributed.span().end());
            subject = verb >= 0 && verb < end && attributed.entity() != null && Speakers.isCue(doc.token(verb))
                    && !inRelativeClause(attributed) ? attributed : null;
        }
        subject = subject != null ? subject : leadingSubject(s, end);
        subject = subject != null ? subject : precedingSubject(s, end);
        return subject != null ? subject : sp;
    }

    /**
     * Whether the "to" at {@code end} makes the cue after it the sentence subject's: "went on to say", "was quick
     * to add", "is expected to announce"; not "urged Congress to say", where the object before it would speak.
     */
    private boolean controlledBySubject(Sentence s, int end) {
        if (!doc.token(end).pos().equals("TO") || end - 1 < s.firstToken()) {
            return false;
        }
        if (mediumBefore(s, end) >= 0) {
            return true;
        }
        Token before = doc.token(end - 1);
        // "declined to say": the first verb reports already, with the infinitive as what it attributes
        boolean reports = before.isVerb() && !before.pos().equals("VBN")
                && ReportingVerbs.INFINITIVE_VERBS.contains(Lexicon.lc(before.lemma()));
        return !reports && !before.isNoun() && !before.pos().startsWith("PRP") && !before.isPunctuation();
    }

    /**
     * The verb of "took to Twitter (overnight)" right before the "to" at {@code end}, whose subject speaks through
     * the medium; -1 when there is none.
     */
    private int mediumBefore(Sentence s, int end) {
        for (int j = end - 2; j > s.firstToken() && j >= end - 4; j--) {
            if (Lexicon.lc(doc.token(j).word()).equals("to") && doc.token(j - 1).isVerb()
                    && MEDIUM_VERBS.contains(Lexicon.lc(doc.token(j - 1).lemma()))) {
                return j - 1;
            }
        }
        return -1;
    }

    /** Verbs that go "to" a medium before speaking through it: "took to Twitter", "turned to Facebook". */
    private static final java.util.Set<String> MEDIUM_VERBS = Lexicon.set("take", "turn", "go");

    /** A word between a subject and "to" that leads to the infinitive: "went on", "was quick", "is expected". */
    private static boolean isLeadIn(Token t) {
        return t.isVerb() || t.pos().startsWith("RB") || t.pos().startsWith("JJ") || t.pos().equals("RP")
                || t.pos().equals("MD") || Lexicon.lc(t.word()).equals("on");
    }

    /** What people issue to speak through: "X issued a statement saying", "X released a video that said". */
    static final java.util.Set<String> STATEMENTS = Lexicon.set("statement", "letter", "video", "post",
            "tweet", "message", "note", "memo", "release", "email", "e-mail", "ad", "advertisement", "op-ed",
            "column", "essay", "announcement", "communique", "communiqué", "filing", "motion", "lawsuit", "complaint",
            "petition", "blog", "newsletter", "memorandum");

    /**
     * The maker of a statement that speaks: "Cruz issued a statement saying ..." is Cruz speaking, and so is "a
     * video that said" when the sentence says who released it. Other speakers, and statements whose maker the
     * clause does not name, stay as they are.
     */
    private Speakers.Speaker madeBy(Sentence s, Speakers.Speaker sp) {
        if (sp == null || sp.span() == null
                || sp.entity() != null && sp.entity().type != dev.sitrep.model.EntityType.WORK) {
            return sp;
        }
        int head = doc.tokenAtOrAfter(sp.span().end()) - 1;
        if (head < 0 || !STATEMENTS.contains(Lexicon.lc(doc.token(head).lemma()))) {
            return sp;
        }
        Speakers.Speaker maker = precedingSubject(s, doc.tokenAtOrAfter(sp.span().start()));
        return maker != null && maker.entity() != null ? maker : sp;
    }

    /** The first token of the sentence after a dateline such as "WASHINGTON --" or "BRUSSELS -". */
    private int afterDateline(Sentence s) {
        int first = s.firstToken();
        for (int k = first + 1; k < s.endToken() && k <= first + 3; k++) {
            String w = doc.token(k).word();
            if (w.equals("--") || w.equals("-") || w.equals("\u2014") || w.equals("\u2015") || w.equals("\u2013")) {
                for (int j = first; j < k; j++) {
                    if (!doc.token(j).isProperNoun() && !doc.token(j).word().equals(",")) {
                        return first;
                    }
                }
                return k + 1;
            }
        }
        return first;
    }

    /**
     * The speaker of the verb nearest before token {@code end}, for a cue that shares it when the sentence opens
     * with something else: {@code "...," Rendell recalled, suggesting CLAUSE}.
     */
    private Speakers.Speaker precedingSubject(Sentence s, int end) {
        for (int k = end - 1; k > s.firstToken() && k >= end - 12; k--) {
            Token t = doc.token(k);
            if (t.isVerb() && !Speakers.isAuxOrAdverb(t)) {
                Speakers.Speaker sp = speakers.endingAt(speakers.skipAuxLeft(k - 1, s.firstToken()), s.firstToken());
                return sp != null && (sp.entity() != null || isPronoun(doc.tokenAtOrAfter(sp.span().start()))) ? sp
                        : null;
            }
        }
        return null;
    }

    /**
     * The subject of the last coordinated clause before token {@code end}: in `Berg attacked Ruiz, and the
     * governor tripped her up by calling ...`, the governor calls; null when there is none.
     */
    private Speakers.Speaker coordinatedSubject(Sentence s, int end) {
        for (int k = end - 2; k > s.firstToken(); k--) {
            String w = Lexicon.lc(doc.token(k).word());
            if (!(w.equals("and") || w.equals("but")) || !doc.token(k - 1).word().equals(",")) {
                continue;
            }
            Speakers.Speaker sp = speakers.startingAt(k + 1, end);
            if (sp == null || sp.entity() == null || ctx.insideQuoteMarks(sp.span().start())) {
                return null;
            }
            int after = doc.tokenAtOrAfter(sp.span().end());
            return after < end && doc.token(after).isFiniteVerb() ? sp : null;
        }
        return null;
    }

    /**
     * The speaker right before a short prepositional phrase that ends at token {@code end} ("in a televised
     * interview"), or null.
     */
    private Speakers.Speaker beforePrepositionalPhrase(Sentence s, int end) {
        int k = end;
        while (k > s.firstToken() && k > end - 6 && (isNamePart(doc.token(k))
                || doc.token(k).pos().equals("VBN") && k < end)) {
            k--;
        }
        Token in = doc.token(k);
        if (k == end || k <= s.firstToken() || !in.pos().equals("IN") || Lexicon.lc(in.word()).equals("that")
                || Lexicon.lc(in.word()).equals("of")) {
            return null;
        }
        Speakers.Speaker sp = speakers.endingAt(k - 1, s.firstToken());
        if (sp == null || sp.entity() == null || !sp.entity().type.canSpeak()) {
            return null;
        }
        // not when the speaker is itself the object of a preposition: "the plan by Ruiz in May"
        int first = doc.tokenAtOrAfter(sp.span().start());
        return first > s.firstToken() && doc.token(first - 1).pos().equals("IN") ? null : sp;
    }

    /** Whether token {@code k} is a personal pronoun. */
    private boolean isPronoun(int k) {
        return doc.token(k).pos().equals("PRP");
    }

    /**
     * The subject that opens the sentence, before token {@code before}: skips a leading conjunction, adverb or
     * introductory phrase ("But", "On Monday,"); the phrase must be followed by a verb or an appositive comma.
     */
    private Speakers.Speaker leadingSubject(Sentence s, int before) {
        int k = afterDateline(s);
        while (k < before && (doc.token(k).pos().equals("CC") || doc.token(k).pos().startsWith("RB"))) {
            k++;
        }
        if (k < before && doc.token(k).pos().equals("IN")) {
            int comma = k + 1;
            while (comma < before && comma < k + 10 && !doc.token(comma).word().equals(",")) {
                comma++;
            }
            if (comma >= before || comma >= k + 10) {
                return null;
            }
            k = comma + 1;
            // "On Thursday, however, Trump ..."
            if (k + 1 < before && doc.token(k).pos().startsWith("RB") && doc.token(k + 1).word().equals(",")) {
                k += 2;
            }
        }
        Speakers.Speaker sp = speakers.startingAt(k, before);
        if (sp == null || ctx.insideQuoteMarks(sp.span().start())) {
            return null;
        }
        int after = doc.tokenAtOrAfter(sp.span().end());
        if (after >= before) {
            return null;
        }
        Token next = doc.token(after);
        String word = Lexicon.lc(next.word());
        if (next.pos().equals("IN") && !word.equals("of") && !word.equals("that")) {
            // "The council on Friday made ...": a short phrase of time or place between subject and verb
            int k2 = after + 1;
            while (k2 < before && k2 <= after + 3 && isNamePart(doc.token(k2))) {
                k2++;
            }
            next = k2 > after + 1 && k2 < before ? doc.token(k2) : next;
        }
        return next.isVerb() || next.pos().equals("MD") || next.word().equals(",") ? sp : null;
    }

    /**
     * Whether the speaker opens a relative clause whose object is the noun before it, so that what follows the
     * cue is not its object: "the target it pledged to reach", "the leader that Mr. Trump admires".
     */
    boolean inRelativeClause(Speakers.Speaker sp) {
        int start = doc.tokenAtOrAfter(sp.span().start());
        int last = doc.tokenAtOrAfter(sp.span().end()) - 1;
        if (isPronoun(last) && last > 0 && sameSentence(last - 1, last) && doc.token(last - 1).isNoun()
                && !doc.token(last - 1).isProperNoun()) {
            // "the target it pledged to reach"
            return true;
        }
        int k = start - 1;
        while (k >= 0 && sameSentence(k, start) && isNamePart(doc.token(k))) {
            k--;
        }
        if (k < 0 || !sameSentence(k, start)) {
            return false;
        }
        Token before = doc.token(k);
        if (before.pos().equals("WDT") || before.pos().equals("WP") && !Lexicon.lc(before.word()).equals("who")) {
            // "in which companies seek to ...": the relative is the preposition's object, not the verb's
            return k == 0 || !doc.token(k - 1).pos().equals("IN") || !sameSentence(k - 1, k);
        }
        return false;
    }

    /** Whether tokens {@code a} and {@code b} are in the same sentence. */
    private boolean sameSentence(int a, int b) {
        return doc.token(a).sentence() == doc.token(b).sentence();
    }

    /** A word that can stand inside a name or title before its head: "Former President Bill". */
    static boolean isNamePart(Token t) {
        String p = t.pos();
        return p.startsWith("NN") || p.startsWith("JJ") || p.equals("DT") || p.equals("POS") || p.equals("PRP$")
                || p.equals("CD");
    }
}
