package dev.sitrep.extract;

import dev.sitrep.model.EntityType;
import dev.sitrep.model.Span;
import dev.sitrep.nlp.NlpDocument;
import dev.sitrep.nlp.Token;
import java.util.Set;

/**
 * Reads who speaks next to a cue: a mention ("Joly", "he", "the foreign minister") or a plain noun phrase
 * ("officials", "a Kremlin spokesman"); a noun phrase that contains a state or organisation speaks for it.
 */
final class Speakers {

    /** A speaker: where it is named at this quote (null when named at an earlier one), and its entity or null. */
    record Speaker(Span span, EntityBuilder entity) {
    }

    private static final Set<String> OBJECT_PRONOUNS = Lexicon.set("them", "him", "me", "us",
            "whom");

    private final Linking linking;
    private final NlpDocument doc;

    Speakers(Linking linking) {
        this.linking = linking;
        this.doc = linking.doc;
    }

    /** Index of the cue verb at or after {@code i} allowing auxiliaries and adverbs before it, or -1. */
    int cueAt(int i, int limit) {
        for (int k = i; k < limit && k < i + 4; k++) {
            Token t = doc.token(k);
            if (isCueAt(k)) {
                return k;
            }
            if (!isAuxOrAdverb(t)) {
                return -1;
            }
        }
        return -1;
    }

    /** Verbs that, with "back", answer someone: "shot back", "fired back", "hit back". */
    private static final Set<String> BACK_VERBS = Lexicon.set("shoot", "fire", "hit", "push", "strike", "snap",
            "bite", "talk", "write");

    /** Whether token {@code k} is a cue verb, or a verb that answers with "back" after it: `Hillary shot back`. */
    boolean isCueAt(int k) {
        return isCue(doc.token(k)) || answersBack(k) || goesOn(k);
    }

    /** `As Okafor put it, "..."`: "put it" at token {@code c} is a cue. */
    boolean putsIt(int c) {
        return c + 1 < doc.tokens().size() && Lexicon.lc(doc.token(c).word()).equals("put")
                && Lexicon.lc(doc.token(c + 1).word()).equals("it");
    }

    /** `"...," Berg went on`: carrying on speaking. */
    private boolean goesOn(int k) {
        Token t = doc.token(k);
        return t.isVerb() && Lexicon.lc(t.lemma()).equals("go") && k + 1 < doc.tokens().size()
                && Lexicon.lc(doc.token(k + 1).word()).equals("on");
    }

    private boolean answersBack(int k) {
        Token t = doc.token(k);
        return t.isVerb() && BACK_VERBS.contains(Lexicon.lc(t.lemma())) && k + 1 < doc.tokens().size()
                && Lexicon.lc(doc.token(k + 1).word()).equals("back");
    }

    static boolean isCue(Token t) {
        return t.isVerb() && Lexicon.CUE_VERBS.contains(Lexicon.lc(t.lemma()));
    }

    static boolean isAuxOrAdverb(Token t) {
        String l = Lexicon.lc(t.lemma());
        return t.pos().startsWith("RB") || t.pos().equals("MD")
                || (t.isVerb() && (l.equals("have") || l.equals("be") || l.equals("do")));
    }

    /**
     * Whether a form of "be" stands before token {@code v}, past auxiliaries and adverbs: a passive ("was
     * criticized") or progressive ("has been telling") verb.
     */
    boolean afterBe(int v, int floor) {
        for (int k = v - 1; k >= floor && isAuxOrAdverb(doc.token(k)); k--) {
            if (Lexicon.lc(doc.token(k).lemma()).equals("be")) {
                return true;
            }
        }
        return false;
    }

    /** Skips auxiliaries and adverbs leftwards from {@code k}. */
    int skipAuxLeft(int k, int floor) {
        while (k >= floor && isAuxOrAdverb(doc.token(k))) {
            k--;
        }
        return k;
    }

    /** The speaker noun phrase ending at token {@code end}, not reaching before {@code floor}, or null. */
    Speaker endingAt(int end, int floor) {
        if (end < floor || end < 0) {
            return null;
        }
        // "Gov. Elena Brandt (D-NV), said": the comma closes the parenthesis, not an appositive
        if (end - 1 > floor && doc.token(end).word().equals(",") && isClosingBracket(doc.token(end - 1).word())) {
            end--;
        }
        // "Rep. Gwen Moore (D-Wis.) said": step over a parenthesis after the name
        if (isClosingBracket(doc.token(end).word())) {
            int k = end - 1;
            while (k > floor && k > end - 8 && !doc.token(k).word().equals("(")
                    && !doc.token(k).word().equals("-LRB-")) {
                k--;
            }
            if (k > floor && k > end - 8) {
                end = k - 1;
            }
        }
        // "The finance minister, Lou Jiwei, said": the name between the commas speaks
        if (doc.token(end).word().equals(",") && end - 1 >= floor) {
            Mention named = linking.mentionEndingAt(end - 1);
            if (named != null && named.isNamed() && named.from() - 1 >= floor
                    && doc.token(named.from() - 1).word().equals(",") && linking.link.get(named) != null
                    && linking.link.get(named).type == EntityType.PERSON) {
                return new Speaker(named.span(), linking.link.get(named));
            }
        }
        // "Hillary Clinton, the former secretary of state, said": step over the appositive
        if (doc.token(end).word().equals(",")) {
            int k = end - 1;
            while (k > floor && k > end - 30 && !doc.token(k).word().equals(",")) {
                k--;
            }
            // a long one only as a relative clause: "Rucker Holm, who runs the campaign's effort for ..., said"
            boolean fits = k > end - 12 || k + 1 < end && RELATIVES.contains(Lexicon.lc(doc.token(k + 1).word()));
            if (k > floor && fits && doc.token(k).word().equals(",")) {
                end = k - 1;
            } else {
                return null;
            }
        }
        if (OBJECT_PRONOUNS.contains(Lexicon.lc(doc.token(end).word()))) {
            return null;
        }
        Mention m = linking.mentionEndingAt(end);
        if (m != null && m.from() >= floor && canSpeak(m)) {
            Mention person = personOf(m, floor);
            return person != null ? new Speaker(person.span(), linking.link.get(person))
                    : new Speaker(m.span(), linking.link.get(m));
        }
        Token last = doc.token(end);
        if (!(last.isNoun() || last.pos().equals("PRP")) || !isNounPhrasePart(last) && !last.pos().equals("PRP")) {
            return null;
        }
        int k = end;
        while (k - 1 >= floor && isNounPhrasePart(doc.token(k - 1))) {
            k--;
        }
        // "a panel of the Court of Appeals for the Sixth Circuit"
        while (k - 2 >= floor && Lexicon.lc(doc.token(k - 1).word()).matches("of|for|at|from|with|in")
                && isNounPhrasePart(doc.token(k - 2)) && doc.token(k - 2).isNoun()) {
            k -= 2;
            while (k - 1 >= floor && isNounPhrasePart(doc.token(k - 1))) {
                k--;
            }
        }
        return generic(k, end);
    }

    /**
     * The person named just before an organisation or place as where they come from ("Dianne Vesto of the Lindell
     * Institute", "Ann Roe at Lindell"), who speaks rather than it; null when there is none.
     */
    private Mention personOf(Mention m, int floor) {
        EntityBuilder e = linking.link.get(m);
        if (e == null || e.type == EntityType.PERSON) {
            return null;
        }
        int k = m.from() - 1;
        if (k >= floor && Lexicon.lc(doc.token(k).word()).equals("the")) {
            k--;
        }
        if (k - 1 < floor || !Lexicon.lc(doc.token(k).word()).matches("of|at|from")) {
            return null;
        }
        Mention person = linking.mentionEndingAt(k - 1);
        return person != null && person.from() >= floor && linking.link.get(person) != null
                && linking.link.get(person).type == EntityType.PERSON ? person : null;
    }

    /** The speaker noun phrase starting at token {@code start} (after a cue: "said Joly"), or null. */
    Speaker startingAt(int start, int limit) {
        if (start >= limit) {
            return null;
        }
        // "Del. Anna Mills": an abbreviated title the tagger left outside the name
        if (start + 2 < limit && doc.token(start).isCapitalized() && doc.token(start).word().length() <= 5
                && (doc.token(start).word().endsWith(".") || doc.token(start + 1).word().equals("."))) {
            int name = doc.token(start + 1).word().equals(".") ? start + 2 : start + 1;
            Mention m = linking.mentionStartingAt(name);
            if (m != null && m.to() <= limit && linking.link.get(m) != null
                    && linking.link.get(m).type == EntityType.PERSON) {
                return new Speaker(new Span(doc.token(start).start(), m.span().end()), linking.link.get(m));
            }
        }
        Mention m = linking.mentionStartingAt(start);
        if (m != null && m.to() <= limit && canSpeak(m)) {
            return new Speaker(m.span(), linking.link.get(m));
        }
        int k = start;
        if (k + 1 < limit && doc.token(k).pos().equals("VBN") && isNounPhrasePart(doc.token(k + 1))) {
            // "said retired neurosurgeon Ben Carson"
            k++;
        }
        while (k < limit && isNounPhrasePart(doc.token(k))) {
            k++;
        }
        // "a spokesman for the ministry"
        if (k + 1 < limit && Lexicon.lc(doc.token(k).word()).matches("for|of|at") && k > start) {
            int j = k + 1;
            while (j < limit && isNounPhrasePart(doc.token(j))) {
                j++;
            }
            if (j > k + 1 && doc.token(j - 1).isNoun()) {
                k = j;
            }
        }
        // "one Democrat familiar with the talks": the phrase ends at its last noun, not at an adjective after it
        while (k - 1 > start && doc.token(k - 1).pos().startsWith("JJ") && doc.token(k - 2).isNoun()) {
            k--;
        }
        if (k == start || !doc.token(k - 1).isNoun() && !doc.token(k - 1).pos().equals("PRP")) {
            return null;
        }
        return generic(start, k - 1);
    }

    private static final Set<String> RELATIVES = Lexicon.set("who", "whose", "which");

    /** The token after a parenthesis that opens at {@code k} ("Moss (D-Mo.) said"), else {@code k}. */
    static int afterParenthesis(NlpDocument doc, int k, int limit) {
        if (k >= limit || !doc.token(k).word().equals("(") && !doc.token(k).word().equals("-LRB-")) {
            return k;
        }
        for (int c = k + 1; c < limit && c <= k + 8; c++) {
            if (isClosingBracket(doc.token(c).word())) {
                return c + 1 < limit ? c + 1 : k;
            }
        }
        return k;
    }

    private static boolean isClosingBracket(String word) {
        return word.equals(")") || word.equals("-RRB-");
    }

    private Speaker generic(int from, int to) {
        Span span = new Span(doc.token(from).start(), doc.token(to).end());
        if (from == to && doc.token(from).pos().equals("PRP")) {
            EntityBuilder antecedent = neuterAntecedent(from);
            if (antecedent != null) {
                antecedent.mentions.add(span);
            }
            return new Speaker(span, antecedent);
        }
        EntityBuilder voice = null;
        for (Mention m : linking.mentions) {
            if (m.from() >= from && m.to() - 1 <= to && canSpeak(m)) {
                EntityBuilder e = linking.link.get(m);
                if (e != null && (voice == null || e.type == EntityType.PERSON)) {
                    voice = e;
                }
            }
        }
        if (voice == null && Lexicon.lc(doc.token(from).word()).equals("the") && to > from
                && PERSON_NOUNS.contains(Lexicon.lc(doc.token(to).lemma())) && !doc.token(to).pos().endsWith("S")) {
            voice = personBefore(span.start(), doc.token(to).word());
            if (voice != null) {
                // "the New York businessman" is a mention of the person it describes
                voice.mentions.add(span);
            }
        }
        if (voice == null) {
            voice = described(from, to);
        }
        return new Speaker(span, voice);
    }

    /**
     * What "it" or "they" speaking stands for: the organisation, state or work (for "they" also the group)
     * mentioned last before it, in its sentence or the two before; null for any other pronoun or none found.
     */
    private EntityBuilder neuterAntecedent(int k) {
        String w = Lexicon.lc(doc.token(k).word());
        boolean plural = w.equals("they");
        if (!plural && !w.equals("it")) {
            return null;
        }
        int offset = doc.token(k).start();
        int sentence = doc.token(k).sentence();
        EntityBuilder best = null;
        int bestAt = -1;
        for (EntityBuilder e : linking.entities) {
            boolean fits = e.type == EntityType.ORGANIZATION || e.type == EntityType.COUNTRY
                    || (plural ? e.type == EntityType.GROUP : e.type == EntityType.WORK);
            if (!fits) {
                continue;
            }
            Span last = e.mentions.lower(new Span(offset, offset));
            if (last != null && last.start() > bestAt
                    && sentence - doc.token(doc.tokenAtOrAfter(last.start())).sentence() <= 2) {
                best = e;
                bestAt = last.start();
            }
        }
        return best;
    }

    /** Nouns that count people: "a number of attendees", "a majority of voters", "a handful of senators". */
    private static final Set<String> QUANTITY_NOUNS = Lexicon.set("number", "majority", "minority", "handful",
            "lot", "dozen", "percent", "share", "third", "half", "quarter", "plurality", "fraction", "couple",
            "host", "score", "bunch", "total");

    /** Plural heads that are not people: "polls said", "reports say". */
    private static final Set<String> NOT_PEOPLE = Lexicon.set("poll", "report", "document", "data",
            "figure", "record", "result", "survey", "study", "estimate", "number", "statistic", "video", "image",
            "photo", "email", "message", "letter", "filing", "average", "analysis", "account", "story", "article",
            "rule", "law", "sign", "thing", "fact", "claim", "tweet", "post", "comment", "statement", "remark",
            "word", "year", "day", "week", "month", "time", "way", "question", "answer", "idea", "plan",
            "agreement", "deal", "treaty", "resolution", "bill", "order", "decision", "ruling", "verdict", "note",
            "memo", "book", "film", "ad", "advert", "advertisement", "spot", "clip", "footage", "website", "page",
            "site", "blog", "evidence", "information", "news", "headline", "text", "draft", "proposal",
            "budget", "index", "model", "forecast", "projection", "map", "chart", "table", "list");

    /** Works that speak for their authors: "a new poll found", "the report says", "a video shows". */
    private static final Set<String> WORKS = Lexicon.set("poll", "survey", "report", "study",
            "analysis", "memo", "video", "ad", "advert", "advertisement", "commercial", "audit", "review",
            "assessment", "tally", "average", "footage", "document", "letter", "paper", "filing", "editorial",
            "article", "column", "estimate", "forecast", "projection", "index", "census", "brief", "record", "data",
            "datum", "statistic", "transcript", "email", "e-mail", "book", "textbook", "slide", "chart", "ruling",
            "order", "lawsuit", "complaint", "indictment", "affidavit", "website");

    /** Singular heads that name an organisation: "the campaign said", "a House committee found". */
    private static final Set<String> ORGANIZATION_NOUNS = Lexicon.set("campaign", "committee",
            "agency", "council", "court", "party", "government", "ministry", "department", "administration",
            "office", "company", "firm", "bank", "group", "organization", "organisation", "union", "network",
            "newspaper", "magazine", "station", "channel", "board", "commission", "panel", "foundation",
            "institute", "university", "coalition", "alliance", "army", "military", "parliament", "congress",
            "senate", "cabinet", "regime", "embassy", "authority", "caucus", "team", "club", "association", "service",
            "bureau", "directorate", "headquarters", "command", "staff", "secretariat", "mission", "delegation");

    /** Endings of nouns for people: "lawyer", "analyst", "bureaucrat", "spokesman", "pollster". */
    private static final java.util.regex.Pattern PERSON_SUFFIX = java.util.regex.Pattern.compile(
            "(ist|ian|man|woman|person|crat|yer|ker|ster)$");

    /** Nouns for people that no ending gives away: "ally", "official", "source", "rebel". */
    private static final Set<String> HUMAN_NOUNS = Lexicon.set("ally", "official", "source",
            "aide", "people", "resident", "citizen", "protester", "protestor", "rebel", "separatist", "militant",
            "troop", "soldier", "force", "authority", "police", "deputy", "leader", "worker", "voter", "supporter",
            "owner", "manager", "teacher", "farmer", "researcher", "player", "writer", "blogger", "negotiator",
            "investigator", "organizer", "organiser", "defender", "fighter", "attacker", "member", "officer",
            "mediator", "facilitator", "monitor", "inspector", "reporter", "correspondent", "editor", "publisher",
            "proponent", "advocate", "doctor", "physician", "nurse", "actor", "sponsor", "donor", "voter",
            "diplomat", "family", "victim", "witness", "activist", "observer", "monitor", "expert",
            "critic", "opponent", "delegate", "envoy", "chief", "head", "spy", "guard", "boss", "insider", "agent",
            "representative", "colleague", "friend", "neighbor", "neighbour", "parent", "mother", "father", "child",
            "student", "veteran", "patient", "survivor", "refugee", "migrant", "immigrant", "individual",
            "adult", "youth", "attendee", "participant", "respondent", "customer", "employee", "viewer",
            "reader", "listener", "fan", "passenger", "shopper", "visitor", "caller", "retiree", "candidate", "nominee", "republican", "democrat", "conservative", "liberal", "analyst",
            "economist", "scientist", "academic", "pundit", "commentator", "administration", "campaign", "staff");

    /** Plurals that speak as a group though one of them is not a person: "Western governments", "rights groups". */
    private static final Set<String> COLLECTIVES = Lexicon.set("government", "country", "nation",
            "power", "state", "party", "side", "group", "organization", "organisation", "agency", "company", "firm",
            "bank", "union", "outlet", "network", "demonstrator", "protestor", "investor", "creditor", "donor",
            "mediator", "ministry", "embassy", "capital", "city", "town", "region", "province", "community");

    /** Words that make a run of capitalised words an organisation's name: "Tax Policy Center", "Fox News". */
    private static final java.util.regex.Pattern ORGANIZATION_WORDS = java.util.regex.Pattern.compile(
            "(?i)^(inc|corp|co|ltd|llc|group|party|council|committee|agency|ministry|department|office|center|"
                    + "centre|institute|foundation|association|union|university|college|school|bank|fund|news|times|"
                    + "post|journal|press|radio|tv|network|media|forces|army|court|house|senate|congress|"
                    + "parliament|government|administration|commission|bureau|service|league|club|team|company)\\.?$");

    /** Two or three capitalised words with no organisation word, none of them a place or organisation mention. */
    private boolean looksLikePersonName(int from, int to) {
        int start = from;
        if (Lexicon.lc(doc.token(start).word()).equals("the")) {
            return false;
        }
        int n = to - start + 1;
        if (n < 2 || n > 3) {
            return false;
        }
        for (int k = start; k <= to; k++) {
            Token t = doc.token(k);
            if (!t.pos().equals("NNP") || !t.isCapitalized() || ORGANIZATION_WORDS.matcher(t.word()).matches()
                    || t.ner().equals("ORGANIZATION") || t.ner().equals("LOCATION")) {
                return false;
            }
        }
        return true;
    }

    /** Whether a noun's lemma names people, by its ending or from the lists; never a thing such as "talks". */
    private static boolean isPersonNoun(String lemma) {
        return !NOT_PEOPLE.contains(lemma) && (HUMAN_NOUNS.contains(lemma) || PERSON_NOUNS.contains(lemma)
                || Lexicon.TITLE_HEADS.contains(lemma) || PERSON_SUFFIX.matcher(lemma).find());
    }

    /** Words that stand for people without describing them: "nobody said", "others say". */
    private static final Set<String> INDEFINITE = Lexicon.set("nobody", "everyone", "everybody",
            "someone", "somebody", "anyone", "anybody", "one", "ones", "other", "others", "many", "some", "few",
            "all", "none", "each", "both");

    private static final Set<String> QUANTIFIERS = Lexicon.set("a", "an", "the", "some", "many",
            "several", "most", "few", "all", "both", "other", "another", "these", "those", "this", "that", "his",
            "her", "their", "its", "our", "my", "your", "no", "any", "each", "every", "one", "two", "three",
            "four", "five", "dozens", "hundreds", "thousands");

    /**
     * A speaker the article describes but does not name becomes an entity of its own, one per description:
     * a GROUP for people in the plural ("Republicans", "police officials"), a PERSON or ORGANIZATION for a
     * singular description with a person's or an organisation's head noun. Null for things that are neither
     * ("polls", "the report").
     */
    private EntityBuilder described(int from, int to) {
        // the head of "video of the incident" or "experts on North Korea" is the noun before the preposition
        int headAt = to;
        for (int k = from + 1; k < to; k++) {
            if (doc.token(k).pos().equals("IN") && doc.token(k - 1).isNoun()) {
                headAt = k - 1;
                break;
            }
        }
        if (headAt + 2 <= to && QUANTITY_NOUNS.contains(Lexicon.lc(doc.token(headAt).lemma()))
                && Lexicon.lc(doc.token(headAt + 1).word()).equals("of")) {
            // "a number of attendees", "a majority of voters in the county": the people counted speak
            int k = headAt + 2;
            while (k < to && !doc.token(k + 1).pos().equals("IN")) {
                k++;
            }
            headAt = k;
        }
        Token head = doc.token(headAt);
        String lemma = Lexicon.lc(head.lemma());
        boolean share = lemma.equals("percent") || lemma.equals("%");
        if (INDEFINITE.contains(lemma) || INDEFINITE.contains(Lexicon.lc(head.word()))) {
            return null;
        }
        if (doc.token(from).pos().equals("IN") || doc.token(from).pos().equals("TO")) {
            return null;
        }
        EntityType type;
        if (WORKS.contains(lemma)) {
            type = EntityType.WORK;
        } else if (head.pos().equals("NNPS") || head.pos().equals("NNS")
                && (isPersonNoun(lemma) || COLLECTIVES.contains(lemma))) {
            type = EntityType.GROUP;
        } else if (looksLikePersonName(from, headAt)) {
            // "― Ariana Huichapa", "said Stacey Plaskett": a name the tagger missed
            type = EntityType.PERSON;
        } else if (head.pos().startsWith("NN") && ORGANIZATION_NOUNS.contains(lemma)
                || head.pos().equals("NNP") && !NOT_PEOPLE.contains(lemma)) {
            type = EntityType.ORGANIZATION;
        } else if (head.pos().equals("NN") && isPersonNoun(lemma)) {
            // a singular noun that speaks and is neither a document nor an organisation: "the bureaucrat said"
            type = EntityType.PERSON;
        } else if (share && headAt > from && doc.token(headAt - 1).pos().equals("CD")) {
            // "Twelve percent indicated that ...": the people a share counts speak
            type = EntityType.GROUP;
        } else {
            return null;
        }
        int start = from;
        while (start < to && (QUANTIFIERS.contains(Lexicon.lc(doc.token(start).word()))
                || doc.token(start).pos().equals("CD") || doc.token(start).pos().equals("POS"))) {
            start++;
        }
        if (share) {
            // "Twelve percent": the number is the whole of the name
            start = from;
        }
        if (start > from && Lexicon.lc(doc.token(start).word()).equals("of")) {
            // "one of the sailors", "some of the gang leaders": keep the quantifier, it says how many
            start = from;
            if (Lexicon.lc(doc.token(from).word()).equals("one")) {
                type = EntityType.PERSON;
            }
        }
        String name = MentionFinder.normalise(doc.text().substring(doc.token(start).start(), doc.token(to).end()));
        if (doc.token(start).index() == doc.sentenceOf(doc.token(start)).firstToken()
                && !doc.token(start).isProperNoun() && !name.isEmpty()) {
            name = Character.toLowerCase(name.charAt(0)) + name.substring(1);
        }
        Span at = new Span(doc.token(from).start(), doc.token(to).end());
        for (EntityBuilder e : linking.entities) {
            if (e.type == type && e.code == null && e.name.equalsIgnoreCase(name)) {
                e.mentions.add(at);
                return e;
            }
        }
        EntityBuilder e = new EntityBuilder(type, name, null, null);
        e.mentions.add(at);
        linking.entities.add(e);
        return e;
    }

    /** Nouns that, after "the", describe a person already named: "the businessman", "the nominee". */
    private static final Set<String> PERSON_NOUNS = Lexicon.set("businessman", "businesswoman",
            "billionaire", "mogul", "nominee", "candidate", "president", "senator", "governor", "congressman",
            "congresswoman", "lawmaker", "minister", "spokesman", "spokeswoman", "spokesperson", "official",
            "leader", "chairman", "chairwoman", "director", "secretary", "ambassador", "envoy", "mayor", "judge",
            "actor", "actress", "singer", "star", "host", "author", "writer", "reporter", "pollster", "analyst",
            "professor", "economist", "veteran", "chief", "commander", "general", "premier", "chancellor", "king",
            "queen", "prince", "pope", "officer", "diplomat", "adviser", "advisor", "strategist", "founder", "ceo",
            "executive", "attorney", "lawyer", "prosecutor", "activist", "mother", "father", "woman", "man");

    /**
     * The person a definite description refers to: the most recently mentioned person holding a title with the
     * same head, else the most recently mentioned person.
     */
    private EntityBuilder personBefore(int offset, String head) {
        EntityBuilder recent = null;
        int recentAt = -1;
        for (EntityBuilder e : linking.entities) {
            if (e.type != EntityType.PERSON) {
                continue;
            }
            Span last = e.mentions.lower(new Span(offset, offset));
            if (last == null) {
                continue;
            }
            if (e.hasTitleHead(head)) {
                return e;
            }
            if (last.start() > recentAt) {
                recent = e;
                recentAt = last.start();
            }
        }
        return recent;
    }

    /** The person whose surname is {@code label} ("PENCE" in a transcript), or null. */
    EntityBuilder personNamed(String label) {
        for (EntityBuilder e : linking.entities) {
            if (e.type == EntityType.PERSON && e.lastName().equalsIgnoreCase(label)) {
                return e;
            }
        }
        return null;
    }

    /**
     * The subject of sentence {@code s} before token {@code limit}: the last mention that can speak and is
     * followed (past auxiliaries and adverbs) by a finite verb; null when there is none.
     */
    Speaker subjectOf(dev.sitrep.nlp.Sentence s, int limit) {
        Speaker found = null;
        for (Mention m : linking.mentions) {
            if (m.from() < s.firstToken() || m.to() > Math.min(limit, s.endToken())) {
                continue;
            }
            EntityBuilder e = linking.link.get(m);
            if (e == null || !canSpeak(m) || m.to() >= s.endToken()) {
                continue;
            }
            int k = m.to();
            Mention person = personOf(m, s.firstToken());
            if (person != null) {
                e = linking.link.get(person);
                m = person;
            }
            k = afterParenthesis(doc, k, s.endToken());
            boolean appositive = doc.token(k).word().equals(",");
            if (appositive && k + 1 < s.endToken() && doc.token(k + 1).isFiniteVerb()) {
                // "Another critic, Dana Holt, likened": the name itself was the appositive
                found = new Speaker(m.span(), e);
                continue;
            }
            if (appositive) {
                // "Novak, a former party chairman, mocked": step over the appositive
                int close = k + 1;
                while (close < s.endToken() - 1 && close < k + 16 && !doc.token(close).word().equals(",")) {
                    close++;
                }
                k = close + 1;
            }
            while (k < s.endToken() - 1 && doc.token(k).pos().startsWith("RB")) {
                k++;
            }
            if (k >= s.endToken()) {
                continue;
            }
            // after an appositive the tagger often reads the verb as a participle: "Dean, a doctor, poked"
            if (doc.token(k).isFiniteVerb() || appositive && doc.token(k).pos().equals("VBN")) {
                found = new Speaker(m.span(), e);
            }
        }
        return found;
    }

    private boolean canSpeak(Mention m) {
        EntityBuilder e = linking.link.get(m);
        return e == null ? m.kind() == Mention.Kind.PRONOUN || m.kind() == Mention.Kind.ROLE : e.type.canSpeak();
    }

    private static boolean isNounPhrasePart(Token t) {
        if (t.ner().equals("DATE") || t.ner().equals("TIME") || t.ner().equals("DURATION")) {
            return false;
        }
        String p = t.pos();
        return p.startsWith("NN") || p.equals("DT") || p.startsWith("JJ") || p.equals("CD") || p.equals("PRP$")
                || p.equals("POS");
    }
}
