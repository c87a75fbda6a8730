package dev.sitrep.extract;

import dev.sitrep.model.Span;
import dev.sitrep.nlp.NlpDocument;
import dev.sitrep.nlp.Sentence;
import dev.sitrep.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
    private final List<Span> fragments = new ArrayList<>();

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
            if (!hasLetters(q.content()) || isParenthetical(q.content()) || isTitleOrAddress(q.content())
                    || isFollowLine(q.content()) || namesAWork(q) || hasAnAuthor(q)) {
                continue;
            }
            QuoteContext.Attribution following = after(q);
            if (!opensStatement(q)) {
                // `Kowalski "is the only candidate...," the general said`: a quoted predicate, then its speaker
                if (!(following != null && isQuotedPredicate(q) || isNamingQuote(q))) {
                    continue;
                }
                fragments.add(q.content());
            } else if (following == null && !closesStatement(q)) {
                continue;
            } else if (rightAfter(q, "that")) {
                // `let them know that "this is not who we are."`: the writer's clause, quoting the speaker's words
                fragments.add(q.content());
            }
            Span content = q.content();
            QuoteContext.Attribution a = null;
            java.util.regex.Matcher label = TRANSCRIPT_LABEL.matcher(text.substring(content.start(), content.end()));
            if (label.lookingAt()) {
                // a transcript line: "WALLACE: Let's start with..."
                Span at = new Span(content.start() + label.start(1), content.start() + label.end(1));
                String name = label.group(1);
                a = new QuoteContext.Attribution(null, null, new Speakers.Speaker(at,
                        speakers.personNamed(name.substring(name.lastIndexOf(' ') + 1))));
                content = new Span(content.start() + label.end(), content.end());
            }
            if (a == null && following != null && closesSentence(q)) {
                // `Madigan asserted that "... failed." Clinton said Wednesday ...`: a quote that ends its sentence
                // belongs to the cue before it, when there is one; what follows is the next sentence's
                QuoteContext.Attribution preceding = before(q);
                if (preceding != null && preceding.cue() != null && preceding.speaker() != null
                        && preceding.speaker().entity() != null) {
                    a = preceding;
                }
            }
            if (a == null) {
                a = following;
            }
            if (a == null) {
                a = before(q);
            }
            if (a == null) {
                a = introducedByColon(q);
            }
            if (a == null && (followsNamingWord(q) || followsStanceVerb(q))) {
                a = namedBy(q);
            }
            if (a == null) {
                a = sentenceBefore(q);
            }
            if (a == null) {
                a = cueEarlierInSentence(q);
            }
            int paragraph = ctx.paragraphOf(q.open());
            if (a == null && previous != null && previous.speaker() != null
                    && paragraph - previous.paragraph() <= 1) {
                // the article goes on quoting: same speaker, named at the earlier quote, not here
                a = new QuoteContext.Attribution(null, null, new Speakers.Speaker(null, previous.speaker().entity()));
            }
            // `described it as "a disaster"`: words someone used, reported as the writer's description of them; a
            // whole passage after "as" is still a quotation
            boolean direct = !rightAfter(q, "as") || doc.tokensIn(content).size() >= 8;
            if (!direct) {
                // what is described belongs to the description: `described the blast as "an act of war"`; with
                // few words for it, the quoted ones make it a quotation: `described Berg as "a lifetime insider"
                // who "has never held a real job."`
                Span described = describedFrom(q);
                if (described != null) {
                    content = described;
                    direct = ctx.mostlyQuoted(content);
                }
            }
            QuoteFinder.Found f = new QuoteFinder.Found(content, direct, a == null ? null : a.cue(),
                    a == null ? null : a.cueSpan(),
                    a == null ? null : a.speaker(), paragraph);
            out.add(f);
            previous = f;
        }
        return out;
    }

    /**
     * The title of a work, a slogan in title case or a web address in quote marks ("Person of the Year",
     * "Tales From the Crypt", "http://..."): a name, not someone's words. Two to six words, every word longer
     * than three letters capitalised.
     */
    private boolean isTitleOrAddress(Span s) {
        String content = text.substring(s.start(), s.end());
        if (content.contains("http://") || content.contains("https://") || content.startsWith("www.")) {
            return true;
        }
        String[] words = content.replaceAll("[^\\p{L}\\p{N}' -]", " ").trim().split("\\s+");
        if (words.length < 2 || words.length > 6 || content.endsWith("?") || content.endsWith("!")
                || SPEECH_OPENERS.contains(Lexicon.lc(words[0]))) {
            return false;
        }
        int capitalised = 0;
        for (String w : words) {
            if (w.length() > 3) {
                if (!Character.isUpperCase(w.charAt(0))) {
                    return false;
                }
                capitalised++;
            }
        }
        return capitalised >= 2;
    }

    /**
     * A site's line under an article, "Follow Dana Holt on Twitter @danaholt.", which some archives keep in the
     * quote marks of the paragraphs around it: not anyone's words.
     */
    private boolean isFollowLine(Span s) {
        return FOLLOW_LINE.matcher(text.substring(s.start(), s.end())).matches();
    }

    private static final java.util.regex.Pattern FOLLOW_LINE = java.util.regex.Pattern.compile(
            "Follow (?:\\p{Lu}[\\p{L}.'-]*\\s+){1,4}on (?:Twitter|Facebook|Instagram|X)\\b.{0,40}");

    /** First words of speech rather than of a title: "We're America", "Neither do I", "Don't shoot". */
    private static final Set<String> SPEECH_OPENERS = Lexicon.set("i", "i'm", "we", "we're",
            "you", "you're", "he", "he's", "she", "she's", "it", "it's", "they", "they're", "this", "that", "don't",
            "do", "does", "did", "neither", "yes", "no", "let's", "let", "please", "thank", "thanks", "what", "why",
            "how", "who", "when", "where", "there", "here", "our", "my", "your", "if", "we've", "i've", "we'll",
            "i'll", "can't", "won't", "never", "always", "stop", "go", "get", "look", "come", "give", "make");

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

    /** Whether a cue verb stands within {@code window} tokens before token {@code t}, in its sentence. */
    private boolean cueBefore(int t, int window) {
        int sentence = doc.token(t).sentence();
        for (int k = t - 1; k >= 0 && k >= t - window && doc.token(k).sentence() == sentence; k--) {
            if (Speakers.isCue(doc.token(k))) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern TRANSCRIPT_LABEL = java.util.regex.Pattern.compile(
            "([A-Z][A-Z.'\\-]+(?: [A-Z][A-Z.'\\-]+){0,2}):\\s+");

    /**
     * A quote that opens a paragraph after one ending in a colon ("Sanders made the following comment:") is by
     * the subject of that colon's sentence.
     */
    private QuoteContext.Attribution introducedByColon(QuoteMarks.Quoted q) {
        int p = q.open() - 1;
        while (p >= 0 && Character.isWhitespace(text.charAt(p)) || p >= 0 && text.charAt(p) == '\u00A0') {
            p--;
        }
        if (p < 0 || text.charAt(p) != ':' || text.indexOf('\n', p) > q.open() || text.indexOf('\n', p) < 0) {
            return null;
        }
        int t = doc.tokenAtOrAfter(p);
        if (t >= doc.tokens().size()) {
            return null;
        }
        Sentence s = doc.sentenceOf(doc.token(t));
        Speakers.Speaker subject = speakers.subjectOf(s, t);
        return subject != null ? new QuoteContext.Attribution(null, null, subject) : labelled(s.firstToken(), t);
    }

    /**
     * `Kowalski "is the only candidate..."`: a short subject at the start of the sentence, then at least four
     * quoted words that carry the statement.
     */
    private boolean isQuotedPredicate(QuoteMarks.Quoted q) {
        int open = doc.tokenAtOrAfter(q.open());
        if (open >= doc.tokens().size() || doc.tokensIn(q.content()).size() < 4) {
            return false;
        }
        Sentence s = doc.sentenceOf(doc.token(open));
        if (open - s.firstToken() > 7) {
            return false;
        }
        for (int k = s.firstToken(); k < open; k++) {
            if (doc.token(k).word().equals(",") || Speakers.isCue(doc.token(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Quoted phrases accepted inside a sentence ("called it "a disaster"", "said that "..."), as opposed to whole
     * statements.
     */
    List<Span> fragments() {
        return fragments;
    }

    /**
     * Whether a capitalised word opening a sentence is a cue verb in the past tense ("Said", "Continued", "Added",
     * "Wrote"): the tagger often takes it for a name there, so its lemma cannot be trusted.
     */
    private static boolean isCueWord(String word) {
        String w = Lexicon.lc(word);
        String lemma = switch (w) {
            case "said" -> "say";
            case "told" -> "tell";
            case "wrote" -> "write";
            default -> w.endsWith("ied") ? w.substring(0, w.length() - 3) + "y"
                    : w.endsWith("ed") ? w.substring(0, w.length() - 2) : w;
        };
        return !lemma.equals(w) && (Lexicon.CUE_VERBS.contains(lemma) || Lexicon.CUE_VERBS.contains(lemma + "e"));
    }

    /** Whether the quoted words end with a full stop, question or exclamation mark. */
    private boolean closesSentence(QuoteMarks.Quoted q) {
        String content = text.substring(q.content().start(), q.content().end()).strip();
        return !content.isEmpty() && ".?!".indexOf(content.charAt(content.length() - 1)) >= 0;
    }

    /** Words of a time phrase between a speaker and the cue: "on Thursday", "late last week". */
    private static final Set<String> TIME_WORDS = Set.of("on", "in", "at", "late", "early", "last", "this", "next",
            "earlier", "later", "week", "month", "year", "morning", "afternoon", "evening", "night", "today",
            "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december");

    /** Words that open a relative clause inside an appositive. */
    private static final Set<String> RELATIVE_OPENERS = Set.of("who", "whose", "which", "whom");

    /**
     * A signature in the paragraph after the quote, a dash and a name and nothing else: `"I will look into it."`
     * then `- Hillary Clinton.`
     */
    private QuoteContext.Attribution signedBelow(QuoteMarks.Quoted q) {
        java.util.regex.Matcher m = SIGNATURE.matcher(text).region(q.close() + 1, text.length());
        if (!m.lookingAt()) {
            return null;
        }
        int from = doc.tokenAtOrAfter(m.start(1));
        int end = doc.tokenAtOrAfter(m.end(1));
        Speakers.Speaker sp = from < end ? speakers.startingAt(from, end) : null;
        return sp != null && sp.entity() != null && sp.span().end() >= m.end(1) - 1
                ? new QuoteContext.Attribution(null, null, sp) : null;
    }

    /** A line break, then a dash and a name to the end of its line. */
    private static final java.util.regex.Pattern SIGNATURE = java.util.regex.Pattern.compile(
            "[ \\t\\u00A0]*\\n[ \\t\\u00A0\\n]*[-\\u2013\\u2014\\u2015][ \\t\\u00A0]*([^\\n]{2,60}?)\\.?[ \\t\\u00A0]*(?:\\n|$)");

    /** Kinds of works whose titles follow them in quote marks: "his book, "Make Your Kid a Millionaire,"". */
    private static final Set<String> WORKS = Set.of("book", "books", "novel", "memoir", "film", "movie",
            "documentary", "show", "series", "program", "programme", "podcast", "song", "album", "single", "play",
            "musical", "poem", "essay", "column", "commentary", "op-ed", "editorial", "headline", "painting",
            "exhibition", "episode", "sketch", "hashtag", "slogan");

    /**
     * Whether the quote is a title given after the kind of work it names ("the documentary "13th,"", "Mr. King's
     * show, "Politicking.""): a few words, right after the noun or its comma.
     */
    private boolean namesAWork(QuoteMarks.Quoted q) {
        int t = tokenBefore(q);
        if (t >= 0 && doc.token(t).word().equals(",")) {
            t--;
        }
        if (t < 0 || !WORKS.contains(Lexicon.lc(doc.token(t).word()))) {
            return false;
        }
        String content = text.substring(q.content().start(), q.content().end()).strip();
        return content.split("\\s+").length <= 8;
    }

    /** After a title's closing mark: "by" and its author's name, as a headline or a book is credited. */
    private static final java.util.regex.Pattern BYLINE = java.util.regex.Pattern.compile(
            "[,.]?[ \\t\\u00A0]+by[ \\t\\u00A0]+(?:the[ \\t\\u00A0]+)?\\p{Lu}");

    /** Whether the quote is a title credited to its author (`"Pop-up art show opens," by DNAinfo's Eddie Small`). */
    private boolean hasAnAuthor(QuoteMarks.Quoted q) {
        return q.close() >= 0 && BYLINE.matcher(text).region(q.close() + 1, text.length()).lookingAt();
    }

    /** The last token that ends before the quote's opening mark, or -1. */
    private int tokenBefore(QuoteMarks.Quoted q) {
        int t = doc.tokenAtOrAfter(q.open()) - 1;
        while (t >= 0 && doc.token(t).end() > q.open()) {
            t--;
        }
        return t;
    }

    /**
     * For a quote right after "as": the span from what is described, after the verb before it, to the closing
     * mark; null unless a verb and then a few words for what is described stand before "as".
     */
    private Span describedFrom(QuoteMarks.Quoted q) {
        int as = tokenBefore(q);
        int floor = doc.sentenceOf(doc.token(as)).firstToken();
        int k = as - 1;
        while (k >= floor && (k >= as - 6 && ReportedSpeakers.isNamePart(doc.token(k))
                || doc.token(k).pos().equals("PRP"))) {
            k--;
        }
        if (k < floor || k == as - 1 || !doc.token(k).isVerb() || q.close() < 0) {
            // `which she described as "volatile"`: what is described stands elsewhere
            return null;
        }
        return new Span(doc.token(k + 1).start(), q.close() + 1);
    }

    /**
     * Whether {@code word} stands right before the quote's opening mark: "that" embeds the quote in a clause, "as"
     * makes it a description.
     */
    private boolean rightAfter(QuoteMarks.Quoted q, String word) {
        int t = tokenBefore(q);
        return t >= 0 && Lexicon.lc(doc.token(t).word()).equals(word)
                && text.substring(doc.token(t).end(), q.open()).replace('\u00A0', ' ').isBlank();
    }

    /**
     * A quote opens a statement after a line break, a colon, comma, dash or sentence end, or after a cue. With
     * {@link #closesStatement} it stands alone; a phrase in marks in the middle of a sentence ("was "absolutely
     * right" when") is part of that sentence, not a quote of its own.
     */
    private boolean opensStatement(QuoteMarks.Quoted q) {
        int p = q.open() - 1;
        while (p >= 0 && (text.charAt(p) == ' ' || text.charAt(p) == '\u00A0' || text.charAt(p) == '\t')) {
            p--;
        }
        boolean opens = p < 0 || "\n:,(\u2014\u2013-".indexOf(text.charAt(p)) >= 0 || text.charAt(p) == '.';
        if (!opens) {
            int t = tokenBefore(q);
            if (t >= 0) {
                Token before = doc.token(t);
                String w = Lexicon.lc(before.word());
                opens = Speakers.isCue(before) && !namesAThing(t) || w.equals("that") && cueBefore(t, 15);
            }
        }
        return opens;
    }

    /** ...and closes one: before punctuation or a line end, or right before its attribution. */
    private boolean closesStatement(QuoteMarks.Quoted q) {
        if (q.close() < 0) {
            return true;
        }
        int end = q.content().end() - 1;
        // a nested quote closing with the outer one: ...you called ‘miracles,’”
        while (end > q.content().start() && "\u2019'".indexOf(text.charAt(end)) >= 0) {
            end--;
        }
        if (".,?!;:\u2026-\u2014".indexOf(text.charAt(end)) >= 0) {
            return true;
        }
        int n = q.close() + (text.startsWith("''", q.close()) ? 2 : 1);
        while (n < text.length() && (text.charAt(n) == ' ' || text.charAt(n) == '\u00A0')) {
            n++;
        }
        if (n >= text.length() || ".,?!;:\n\u2014\u2013-)".indexOf(text.charAt(n)) >= 0) {
            return true;
        }
        // `"..." she said` without a comma
        int next = doc.tokenAtOrAfter(n);
        return next < doc.tokens().size() && speakers.cueAt(next, Math.min(doc.tokens().size(), next + 4)) >= 0
                || next + 1 < doc.tokens().size() && doc.token(next).pos().equals("PRP")
                && Speakers.isCue(doc.token(next + 1));
    }

    private static final Set<String> NAMING = Lexicon.set("as", "called", "calling", "calls",
            "dubbed", "described", "describing", "labeled", "labelled", "branded", "termed", "deemed",
            "chanting", "chanted", "chants", "shouting", "shouted", "yelling", "echoing", "mouthing", "citing",
            "uttered");

    /** Verbs that liken something to words in quote marks: `likened the rules to "burning the Constitution"`. */
    private static final Set<String> LIKENING = Lexicon.set("liken", "compare");

    /**
     * A quoted phrase inside a sentence counts when someone's words are named by it ("called him "unhinged"",
     * "described as "a disaster"") or when it is most of its sentence; other phrases in marks are titles, terms
     * or scare quotes.
     */
    private boolean isNamingQuote(QuoteMarks.Quoted q) {
        int t = tokenBefore(q);
        if (t < 0) {
            return false;
        }
        if (followsNamingWord(q)) {
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
        int from = firstTokenStartingAt(q.close() + 1);
        if (from >= doc.tokens().size()) {
            return null;
        }
        if (text.substring(q.close(), doc.token(from).start()).indexOf('\n') >= 0) {
            // the paragraph ends with the quote: what follows is a signature line or the next paragraph's
            return signedBelow(q);
        }
        Sentence s = doc.sentenceOf(doc.token(Math.max(0, from - 1)));
        if (doc.token(from).sentence() != s.index()) {
            // `...”― Carla Sanchez.` : the tokenizer may start a new sentence; same line, same attribution
            s = doc.sentenceOf(doc.token(from));
        }
        int limit = s.endToken();
        if (endsWithAbbreviation(s) && limit < doc.tokens().size()
                && text.substring(doc.token(limit - 1).end(), doc.token(limit).start()).indexOf('\n') < 0) {
            // "said Del. Stacey Plaskett": the tokenizer ended a sentence at an abbreviation it did not know
            limit = doc.sentenceOf(doc.token(limit)).endToken();
        }
        for (int k = from; k < limit; k++) {
            if (QuoteMarks.isQuoteToken(doc.token(k).word())) {
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
        // `"...," according to the union.`
        if (k + 2 < limit && Lexicon.lc(doc.token(k).word()).equals("according")) {
            QuoteContext.Attribution according = ctx.accordingTo(k, limit);
            if (according != null) {
                return according;
            }
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
            if (sp == null || sp.entity() == null) {
                // `said another leading advocate, Andrew J. Pincus of Mayer Brown`: the name in apposition
                int comma = cue + 2;
                while (comma < limit && comma <= cue + 9 && !doc.token(comma).word().equals(",")) {
                    comma++;
                }
                Speakers.Speaker named = comma + 1 < limit && doc.token(comma).word().equals(",")
                        ? speakers.startingAt(comma + 1, limit) : null;
                if (named != null && named.entity() != null
                        && named.entity().type == dev.sitrep.model.EntityType.PERSON) {
                    sp = named;
                }
            }
            return sp == null ? null : ctx.attribution(cue, sp);
        }
        // a name first, then an appositive or parenthesis, then the cue: `Scott Pruitt, the ... of Oklahoma, said`
        Speakers.Speaker named = speakers.startingAt(k, limit);
        if (named != null && named.entity() != null) {
            int after = doc.tokenAtOrAfter(named.span().end());
            boolean relative = false;
            for (int c = after; c < limit && c <= after + 35; c++) {
                Token t = doc.token(c);
                if (!relative && speakers.isCueAt(c)) {
                    // `Turkish President Ahmet Kaya said`: the state or body owns the title of the person who speaks
                    Speakers.Speaker person = named.entity().type == dev.sitrep.model.EntityType.PERSON ? null
                            : speakers.endingAt(speakers.skipAuxLeft(c - 1, k), k);
                    if (person != null && person.entity() != null
                            && person.entity().type == dev.sitrep.model.EntityType.PERSON
                            && onlyNounPhraseBetween(k, person.span().start())) {
                        return ctx.attribution(c, person);
                    }
                    return ctx.attribution(c, named);
                }
                // `Tomas Berg, who was majority leader for a decade, said`: the relative clause's verbs are its own
                if (c > after && doc.token(c - 1).word().equals(",") && RELATIVE_OPENERS.contains(Lexicon.lc(t.word()))) {
                    relative = true;
                    continue;
                }
                if (relative && t.word().equals(",")) {
                    relative = false;
                    continue;
                }
                if (!relative && t.isFiniteVerb() && !Speakers.isAuxOrAdverb(t)) {
                    break;
                }
            }
        }
        // speaker first: find the cue within the next few tokens
        for (int c = k + 1; c < limit && c <= k + 8; c++) {
            if (speakers.isCueAt(c)) {
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
    /** The first token that starts at or after {@code offset} (a mark written as two characters is one token). */
    private int firstTokenStartingAt(int offset) {
        int k = doc.tokenAtOrAfter(offset);
        while (k < doc.tokens().size() && doc.token(k).start() < offset) {
            k++;
        }
        return k;
    }

    private boolean endsWithAbbreviation(Sentence s) {
        Token last = doc.token(s.endToken() - 1);
        String w = last.word();
        if (w.equals(".") && s.size() > 1) {
            w = doc.token(s.endToken() - 2).word() + ".";
        }
        return w.length() <= 5 && w.endsWith(".") && Character.isUpperCase(w.charAt(0));
    }

    private QuoteContext.Attribution before(QuoteMarks.Quoted q) {
        int open = doc.tokenAtOrAfter(q.open());
        if (open >= doc.tokens().size()) {
            return null;
        }
        Sentence s = doc.sentenceOf(doc.token(open));
        int floor = s.firstToken();
        for (int k = open - 1; k >= floor; k--) {
            String w = doc.token(k).word();
            if (QuoteMarks.isQuoteToken(w)) {
                floor = k + 1;
                break;
            }
        }
        int k = open - 1;
        while (k >= floor && (doc.token(k).isPunctuation() || Lexicon.lc(doc.token(k).word()).equals("that"))) {
            k--;
        }
        // `Mitt Romney -- "It is disqualifying..." --`: a name, a dash, the quote
        if (open - 2 >= floor && "-\u2014\u2013".indexOf(doc.token(open - 1).word().charAt(0)) >= 0) {
            Speakers.Speaker named = speakers.endingAt(open - 2, floor);
            if (named != null && named.entity() != null && named.entity().type == dev.sitrep.model.EntityType.PERSON) {
                return new QuoteContext.Attribution(null, null, named);
            }
        }
        // "According to X,"
        QuoteContext.Attribution according = ctx.accordingTo(floor, open);
        if (according != null) {
            return according;
        }
        // `Said Dora Lind, who grew up near the river, "..."`, `Continued Lind: "..."`: the cue opens the sentence
        if (floor == s.firstToken() && floor + 1 < open
                && isCueWord(doc.token(floor).word()) && Character.isUpperCase(doc.token(floor).word().charAt(0))) {
            Speakers.Speaker sp = speakers.startingAt(floor + 1, open);
            if (sp != null && sp.entity() != null) {
                return ctx.attribution(floor, sp);
            }
        }
        for (int c = k; c >= floor && c >= k - 5; c--) {
            if (Speakers.isCue(doc.token(c)) && doc.token(c).pos().equals("VBG") && c > s.firstToken()
                    && (doc.token(c - 1).word().equals(",") || QuoteMarks.isQuoteToken(doc.token(c - 1).word()))) {
                // `Novak, a former chairman, mocked the plan, tweeting, "..."`: the sentence's subject speaks
                Speakers.Speaker subject = speakers.subjectOf(s, c);
                return subject == null ? null : ctx.attribution(c, subject);
            }
            if (Speakers.isCue(doc.token(c)) && doc.token(c).pos().equals("VBG") && c > floor
                    && doc.token(c - 1).isNoun() && !doc.token(c - 1).isProperNoun()) {
                // `his memo to employees explaining the deal, "..."`: a participle that qualifies a thing
                continue;
            }
            if (speakers.isCueAt(c) || speakers.putsIt(c)) {
                int end = speakers.skipAuxLeft(c - 1, floor);
                Speakers.Speaker sp = speakers.endingAt(end, floor);
                if (sp == null && c > floor && !doc.token(c - 1).isPunctuation()) {
                    // `Priebus on Thursday told Fox News: "..."`: the speaker before a time
                    int t = end;
                    while (t > floor && t >= end - 4 && (TIME_WORDS.contains(Lexicon.lc(doc.token(t).word()))
                            || doc.token(t).pos().equals("CD"))) {
                        t--;
                    }
                    sp = t < end ? speakers.endingAt(speakers.skipAuxLeft(t, floor), floor) : null;
                    if (sp == null) {
                        // `Wallnau, in the text of the post, wrote:`: the sentence's subject
                        sp = speakers.subjectOf(s, c);
                    }
                }
                if (sp != null && sp.entity() == null && c > floor && !doc.token(c - 1).isPunctuation()) {
                    // `Protesters marching through the streets chanted "..."`: the streets do not speak
                    Speakers.Speaker subject = sentenceSubject(s, c);
                    sp = subject != null ? subject : sp;
                }
                return sp == null ? null : ctx.attribution(c, sp);
            }
        }
        // `Clinton: "..." Bush: "..."`: a name and a colon label the quote, wherever the sentence began
        if (k + 1 < open && doc.token(k + 1).word().equals(":")) {
            QuoteContext.Attribution label = labelled(floor, k + 1);
            if (label != null) {
                return label;
            }
        }
        // `X is rolling out a new message: "It's about me."` : a colon hands the quote to the subject
        if (k + 1 < open && doc.token(k + 1).word().equals(":")) {
            Speakers.Speaker subject = speakers.subjectOf(s, k + 1);
            if (subject != null) {
                return new QuoteContext.Attribution(null, null, subject);
            }
        }
        // `Trump issued a statement, "..."`: what someone issued speaks for them
        if (k > floor && ReportedSpeakers.STATEMENTS.contains(Lexicon.lc(doc.token(k).lemma()))
                && doc.token(k).isNoun()) {
            Speakers.Speaker subject = speakers.subjectOf(s, k);
            if (subject != null && subject.entity() != null) {
                return new QuoteContext.Attribution(null, null, subject);
            }
        }
        int colon = open - 1;
        int from = floor;
        if (colon - from <= 2 && from > 0
                && text.substring(doc.token(from - 1).end(), doc.token(from).start()).indexOf('\n') < 0) {
            // `Gowdy (R-S.C.): "..."`: the tokenizer ended a sentence at the abbreviation
            from = doc.sentenceOf(doc.token(from - 1)).firstToken();
        }
        if (colon > from && doc.token(colon).word().equals(":")) {
            return labelled(from, colon);
        }
        return null;
    }

    /**
     * A speaker named before a colon and nothing else: `Rep. Trey Gowdy (R-S.C.): "..."`, `Bush: "..."`; or a cue
     * that opens the sentence, then who: `Stated Stone:`. Null otherwise.
     */
    private QuoteContext.Attribution labelled(int floor, int colon) {
        if (isCueWord(doc.token(floor).word()) && Character.isUpperCase(doc.token(floor).word().charAt(0))
                && floor + 1 < colon) {
            Speakers.Speaker sp = speakers.startingAt(floor + 1, colon);
            return sp != null && sp.entity() != null && doc.tokenAtOrAfter(sp.span().end()) == colon
                    ? ctx.attribution(floor, sp) : null;
        }
        Speakers.Speaker sp = speakers.endingAt(colon - 1, floor);
        return sp != null && sp.entity() != null && sp.entity().type.canSpeak()
                && doc.tokenAtOrAfter(sp.span().start()) <= floor + 1 ? new QuoteContext.Attribution(null, null, sp)
                : null;
    }

    /**
     * `Dianne Vesto agreed. "Voters are ..."`: a quote that opens a sentence, after a sentence of the same paragraph
     * whose subject speaks (a cue verb, or "disagreed") and that quotes nothing itself, is that subject's.
     */
    private QuoteContext.Attribution sentenceBefore(QuoteMarks.Quoted q) {
        int t = tokenBefore(q);
        if (t < 0 || ".!?".indexOf(doc.token(t).word().charAt(0)) < 0
                || text.substring(doc.token(t).end(), q.open()).indexOf('\n') >= 0) {
            return null;
        }
        Sentence s = doc.sentenceOf(doc.token(t));
        if (s.endToken() - s.firstToken() > 25 || ctx.insideQuoteMarks(doc.token(t).start())) {
            return null;
        }
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            if (QuoteMarks.isQuoteToken(doc.token(k).word())) {
                return null;
            }
        }
        for (int c = s.firstToken() + 1; c < s.endToken(); c++) {
            Token v = doc.token(c);
            boolean speaks = Speakers.isCue(v) || v.isVerb() && Lexicon.lc(v.lemma()).equals("disagree");
            if (speaks && !v.pos().equals("VBG") && !v.pos().equals("VB")) {
                Speakers.Speaker subject = speakers.subjectOf(s, c);
                return subject == null || subject.entity() == null ? null : ctx.attribution(c, subject);
            }
        }
        return null;
    }

    /**
     * `Corker said he and his partners were "meticulous" about ...`: a quote inside a sentence whose cue stands
     * further back belongs to that cue's speaker. The first cue of the sentence before the quote counts, when
     * nothing else is quoted between them.
     */
    private QuoteContext.Attribution cueEarlierInSentence(QuoteMarks.Quoted q) {
        int open = doc.tokenAtOrAfter(q.open());
        if (open >= doc.tokens().size()) {
            return null;
        }
        Sentence s = doc.sentenceOf(doc.token(open));
        for (int c = s.firstToken() + 1; c < open; c++) {
            Token t = doc.token(c);
            if (QuoteMarks.isQuoteToken(t.word())) {
                return null;
            }
            if (Speakers.isCue(t) && (!t.pos().equals("VBG") || speakers.afterBe(c, s.firstToken()))
                    && !t.pos().equals("VB") || speakers.putsIt(c)) {
                Speakers.Speaker sp = speakers.endingAt(speakers.skipAuxLeft(c - 1, s.firstToken()), s.firstToken());
                if (sp == null || sp.entity() == null) {
                    sp = speakers.subjectOf(s, c);
                }
                return sp == null || sp.entity() == null ? null : ctx.attribution(c, sp);
            }
        }
        return null;
    }

    /**
     * Who names something with the quoted words: the subject of the naming verb ("Japan branded North Korea an
     * "outlaw nation"", "PolitiFact rated 32% of claims as "false"").
     */
    private QuoteContext.Attribution namedBy(QuoteMarks.Quoted q) {
        int t = tokenBefore(q);
        if (t < 0) {
            return null;
        }
        Sentence s = doc.sentenceOf(doc.token(t));
        for (int v = t; v >= s.firstToken() && v >= t - 8; v--) {
            Token verb = doc.token(v);
            if (verb.isVerb() && !Speakers.isAuxOrAdverb(verb)
                    || NAMING.contains(Lexicon.lc(verb.word())) && !verb.word().equalsIgnoreCase("as")) {
                Speakers.Speaker subject = sentenceSubject(s, v);
                return subject == null ? null : new QuoteContext.Attribution(verb.word(), verb.span(), subject);
            }
        }
        return null;
    }

    /**
     * Who the sentence is about before token {@code before}: its subject mention, or else the noun phrase that
     * opens it when a verb follows ("Protesters marching ...", "PolitiFact rated ..."); null unless it can speak.
     */
    private Speakers.Speaker sentenceSubject(Sentence s, int before) {
        Speakers.Speaker subject = speakers.subjectOf(s, before);
        if (subject != null && subject.entity() != null) {
            return subject;
        }
        Speakers.Speaker opening = speakers.startingAt(s.firstToken(), before);
        if (opening == null || opening.entity() == null || !opening.entity().type.canSpeak()) {
            return null;
        }
        int next = doc.tokenAtOrAfter(opening.span().end());
        // the tagger often reads a verb right after a name as a participle: "PolitiFact rated"
        return next <= before && (doc.token(next).isFiniteVerb() || doc.token(next).pos().equals("VBG")
                || doc.token(next).pos().equals("VBN")) ? opening : null;
    }

    /**
     * Whether a naming word stands just before the quote: `called "..."`, `as "..."`, `called him "..."`, `likened
     * the rules to "..."`.
     */
    private boolean followsNamingWord(QuoteMarks.Quoted q) {
        int t = tokenBefore(q);
        if (t < 0) {
            return false;
        }
        if (NAMING.contains(Lexicon.lc(doc.token(t).word()))) {
            return !namesAThing(t);
        }
        if (Lexicon.lc(doc.token(t).word()).equals("to")) {
            for (int v = t - 1; v >= 0 && v >= t - 6 && !doc.token(v).isPunctuation(); v--) {
                if (doc.token(v).isVerb() && LIKENING.contains(Lexicon.lc(doc.token(v).lemma()))) {
                    return true;
                }
            }
        }
        return t > 0 && NAMING.contains(Lexicon.lc(doc.token(t - 1).word()))
                && (doc.token(t).pos().startsWith("PRP") || doc.token(t).isProperNoun());
    }

    /**
     * Whether the participle at {@code t} gives a thing its name rather than reporting whose words follow: "a group
     * called", "a show called", "what is typically called", "so-called".
     */
    private boolean namesAThing(int t) {
        Token naming = doc.token(t);
        String word = Lexicon.lc(naming.word());
        if (word.startsWith("so-") || word.equals("called")
                && text.substring(Math.max(0, naming.start() - 3), naming.start()).equalsIgnoreCase("so-")) {
            return true;
        }
        if (!word.equals("called") || t == 0) {
            return false;
        }
        Token before = doc.token(t - 1);
        return before.isNoun() && !before.isProperNoun() || before.pos().startsWith("RB");
    }

    /** `Trump attacked "the hateful ideology of ..."`: a stance verb whose object is the quote. */
    private boolean followsStanceVerb(QuoteMarks.Quoted q) {
        int t = tokenBefore(q);
        return t >= 0 && doc.token(t).isVerb()
                && ReportingVerbs.STANCE_VERBS.contains(Lexicon.lc(doc.token(t).lemma()));
    }


    /** Whether the tokens from {@code k} up to offset {@code end} could all belong to the speaker's phrase. */
    private boolean onlyNounPhraseBetween(int k, int end) {
        boolean comma = false;
        boolean preposition = false;
        for (Token t : doc.tokensIn(new Span(doc.token(k).start(), end))) {
            if (t.isFiniteVerb() || QuoteMarks.isQuoteToken(t.word())) {
                return false;
            }
            comma |= t.word().equals(",");
            preposition |= t.pos().equals("IN") || t.pos().equals("TO");
        }
        // `"...," the assailant, John McGraw, said` but not `"..." for criminal behavior, she said`
        return !(comma && preposition);
    }
}
