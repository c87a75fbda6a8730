package dev.sitrep.extract;

import dev.sitrep.model.EntityType;
import dev.sitrep.nlp.NlpDocument;
import dev.sitrep.nlp.Token;
import java.util.Map;
import java.util.Set;

/**
 * Titles and affiliations stated next to a person's name, read as title phrases: an owner before the title (a
 * state, a demonym, an organisation, a possessive: "Ukraine's", "Naftogaz", "US"), the title's own words (heads,
 * modifiers, body words, joined by hyphens: "Foreign Ministry spokesperson", "Secretary-General"), and
 * complements after it ("of Ukraine", "for the Western Balkans", "of the General Staff of the Armed Forces").
 *
 * <p>The phrase can stand before the name ("US Secretary of State Anthony Blinken", "the President of Kazakhstan,
 * Kassym-Jomart Tokayev,", "Azov Regiment commanders Denys Prokopenko and ...") or after it in apposition ("Josep
 * Borrell, the EU's high representative for foreign affairs", "Andriy Kobolyev, head of Naftogaz"). The owner is the
 * affiliation: a possessive first, then the one a title is "of" or (for most titles) "for", then an organisation
 * before the title, then a state. A complement of an envoy, representative or ambassador "for", "to", "on" or "in" a
 * state is the portfolio, not the owner ("US Special Representative for Ukraine"). Stateless.
 */
final class Roles {

    /**
     * A title with the affiliation stated with it.
     *
     * @param title        the title's words as the text writes them, a plural head made singular
     * @param affiliation  the owner's code, or name when it has none; null when none is stated
     * @param ownerPronoun the owner is "his", "her", "its" or "their": someone named before
     * @param plural       the title was plural ("commanders"): it may apply to several coordinated names
     */
    record Role(String title, String affiliation, boolean ownerPronoun, boolean plural) {
    }

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");
    private static final Set<String> PRONOUNS = Set.of("his", "her", "its", "their");
    private static final Set<String> PREPOSITIONS = Set.of("of", "for", "on", "to", "at", "in");
    /** Heads whose "for", "to", "on" or "in" complement is the portfolio: "envoy to Libya". */
    private static final Set<String> PORTFOLIO_HEADS = Set.of("envoy", "representative", "ambassador", "coordinator",
            "commissioner", "rapporteur", "negotiator", "mediator", "delegate", "observer", "attache", "consul");
    private static final int LONGEST = 24;

    private Roles() {
    }

    /** What a title phrase read: where it ends, its title, its owner. */
    private record Phrase(int start, int end, int titleStart, int titleEnd, String owner, boolean pronoun, boolean plural) {
    }

    /** Reads the title phrase just before the name ("Naftogaz Chief Commercial Officer NAME", "the head, NAME"). */
    static Role before(NlpDocument doc, Mention name, Map<Integer, Mention> mentionAt) {
        int last = name.from() - 1;
        boolean comma = last > 0 && doc.token(last).word().equals(",");
        if (comma) {
            last--;
        }
        last = beforeParenthesis(doc, last);
        if (last < 0 || doc.token(last).sentence() != doc.token(name.from()).sentence()) {
            return null;
        }
        int sentenceStart = doc.sentences().get(doc.token(name.from()).sentence()).firstToken();
        Phrase best = null;
        for (int s = last; s >= Math.max(sentenceStart, last - LONGEST); s--) {
            Phrase p = read(doc, s, last + 1, mentionAt);
            if (p != null && p.end() == last + 1) {
                best = p;
            }
        }
        if (best == null) {
            return null;
        }
        if (comma) {
            // "the finance minister, Lou Jiwei,": a title set off by a comma is introduced by an article or an owner
            Token first = doc.token(best.start());
            String w = Lexicon.lc(first.word());
            if (!(DETERMINERS.contains(w) || best.owner() != null || best.pronoun())) {
                return null;
            }
        }
        return role(doc, best);
    }

    /** Reads an apposition after the name: ", the defence minister," / ", Ukraine's foreign minister". */
    static Role after(NlpDocument doc, Mention name, Map<Integer, Mention> mentionAt) {
        int k = name.to();
        int n = doc.tokens().size();
        if (k + 1 >= n || !doc.token(k).word().equals(",")
                || doc.token(k + 1).sentence() != doc.token(name.from()).sentence()) {
            return null;
        }
        Phrase p = read(doc, k + 1, n, mentionAt);
        if (p == null) {
            return null;
        }
        // the apposition ends the phrase: a comma, a stop, a verb, a bracket, "who"
        if (p.end() < n && doc.token(p.end()).sentence() == doc.token(k).sentence()) {
            Token next = doc.token(p.end());
            if (next.isProperNoun() && next.isCapitalized() && !mentionAt.containsKey(next.index())) {
                return null; // "Ukraine's foreign minister Dmytro Kuleba": the title of the next name
            }
        }
        return role(doc, p);
    }

    private static Role role(NlpDocument doc, Phrase p) {
        String title = doc.text().substring(doc.token(p.titleStart()).start(), doc.token(p.titleEnd() - 1).end());
        if (p.plural()) {
            title = title.substring(0, title.length() - 1);
        }
        return new Role(MentionFinder.normalise(title), p.owner(), p.pronoun(), p.plural());
    }

    /**
     * Reads one title phrase starting at {@code s}, not past {@code limit}: owners, the title's words, complements.
     * Null when there is no title head.
     */
    private static Phrase read(NlpDocument doc, int s, int limit, Map<Integer, Mention> mentionAt) {
        int sentence = doc.token(s).sentence();
        int k = s;
        if (DETERMINERS.contains(Lexicon.lc(doc.token(k).word()))) {
            k++;
        }
        String possessive = null;
        String orgBefore = null;
        String stateBefore = null;
        boolean pronoun = false;
        int titleFromOrg = -1;
        // "a senior Russian air force commander": a rank before the owner ("former" is kept, read below)
        int ranks = k;
        while (ranks < limit && ranks < k + 2 && isRank(doc.token(ranks).word())) {
            ranks++;
        }
        if (ranks > k && ranks < limit && mentionAt.get(ranks) != null && mentionAt.get(ranks).isNamed()) {
            k = ranks;
        }
        // owners before the title: "Ukraine's", "the EU's", "Naftogaz", "US", "Ukrainian", "his"
        while (k < limit && doc.token(k).sentence() == sentence) {
            Token t = doc.token(k);
            if (PRONOUNS.contains(Lexicon.lc(t.word())) && t.pos().equals("PRP$")) {
                pronoun = possessive == null;
                k++;
                continue;
            }
            Mention m = mentionAt.get(k);
            if (m == null || !m.isNamed() || m.type() == EntityType.PERSON || m.type() == EntityType.CITY
                    || m.type() == EntityType.LOCATION || m.to() > limit) {
                break;
            }
            String owner = ownerOf(m);
            // "European Union (EU) envoy": the owner's acronym in brackets
            int after = ownersParenthesis(doc, m.to(), limit);
            if (after < limit && isPossessive(doc.token(after).word())) {
                if (possessive == null && !pronoun) {
                    possessive = owner;
                }
                k = after + 1;
            } else if (m.type() == EntityType.ORGANIZATION && possessive != null) {
                // "Rwanda's UN representative": the organisation is part of the title of the state's man
                titleFromOrg = titleFromOrg < 0 ? m.from() : titleFromOrg;
                k = after;
            } else if (m.type() == EntityType.ORGANIZATION) {
                if (m.code() != null || m.country() != null || !namedByTitleWords(doc, m)) {
                    orgBefore = orgBefore == null ? owner : orgBefore; // not "Ministry Press" CoreNLP made a name
                }
                k = after;
                int words = titleWordsFrom(doc, m);
                if (words < m.to() && readCore(doc, after, limit, sentence, mentionAt) > 0) {
                    // "Ukrainian Foreign Ministry spokesperson": the ministry's words are the title's too
                    titleFromOrg = words;
                }
            } else {
                stateBefore = stateBefore == null ? owner : stateBefore;
                k = after;
            }
        }
        int core = readCore(doc, k, limit, sentence, mentionAt);
        if (core < 0) {
            return null;
        }
        int titleStart = titleFromOrg >= 0 && titleFromOrg < k ? titleFromOrg : k;
        int titleEnd = core;
        boolean plural = isPluralHead(doc.token(core - 1).word());
        String head = headOf(doc, titleStart, core);
        String ofOwner = null;
        String forOwner = null;
        k = core;
        // complements: "of Ukraine", "of the General Staff of the Armed Forces", "for the Western Balkans"
        while (k + 1 < limit && doc.token(k + 1).sentence() == sentence
                && PREPOSITIONS.contains(Lexicon.lc(doc.token(k).word())) && !plural) {
            String prep = Lexicon.lc(doc.token(k).word());
            int j = k + 1;
            if (DETERMINERS.contains(Lexicon.lc(doc.token(j).word()))) {
                j++;
            }
            if (j >= limit) {
                break;
            }
            Mention m = mentionAt.get(j);
            boolean portfolio = PORTFOLIO_HEADS.contains(head) && !prep.equals("of");
            int served = portfolio || !(prep.equals("to") || prep.equals("for")) ? -1
                    : titledPersonAfterState(doc, m, limit, sentence, mentionAt);
            if (served > 0) {
                // "the foreign affairs adviser to Pakistani Prime Minister Nawaz Sharif": the state of the one served
                ofOwner = ofOwner == null ? ownerOf(m) : ofOwner;
                k = served;
                continue;
            }
            if (m != null && m.isNamed() && m.type() != EntityType.PERSON && m.to() <= limit
                    && m.type() != EntityType.CITY && m.type() != EntityType.LOCATION) {
                String owner = ownerOf(m);
                int after = m.to();
                if (after < limit && isPossessive(doc.token(after).word())) {
                    // "head of Poland's Ministry of Defense": the state owns the body the title is of
                    int body = readCore(doc, after + 1, limit, sentence, mentionAt);
                    if (body < 0) {
                        break;
                    }
                    ofOwner = ofOwner == null && !portfolio ? owner : ofOwner;
                    titleEnd = body;
                    k = body;
                    continue;
                }
                if (!portfolio) {
                    if (prep.equals("of") && ofOwner == null) {
                        ofOwner = owner;
                    } else if (prep.equals("for") && forOwner == null) {
                        forOwner = owner;
                    } else if (!prep.equals("of") && !prep.equals("for")) {
                        break; // "minister at Gazprom" is rarer than "minister in Kyiv": leave the other ones
                    }
                }
                int body = readCore(doc, after, limit, sentence, mentionAt);
                if (body > 0) {
                    // "Press Secretary for the Russian President": the state qualifies a title of the complement
                    titleEnd = body;
                    k = body;
                } else {
                    if (portfolio || namedByTitleWords(doc, m)) {
                        // "envoy to Libya", "Secretary of the National Security and Defense Council": part of the title
                        titleEnd = after;
                    }
                    k = after;
                }
                k = skipParenthesis(doc, k, limit);
                continue;
            }
            if (prep.equals("at") || prep.equals("in") && !portfolio) {
                break;
            }
            // title words or a name of a portfolio: "of State", "of Foreign Affairs", "for the Western Balkans"
            int words = readComplementWords(doc, j, limit, sentence, mentionAt);
            if (words < 0) {
                break;
            }
            titleEnd = words;
            k = skipParenthesis(doc, words, limit);
        }
        String owner = possessive != null ? possessive : ofOwner != null ? ofOwner : forOwner != null ? forOwner
                : orgBefore != null ? orgBefore : stateBefore;
        return new Phrase(s, k, titleStart, titleEnd, owner, pronoun && owner == null, plural);
    }

    /**
     * The end of the title's own words from {@code k} (exclusive), which must end in a head: title words, hyphens
     * and "and" between them ("Minister of Foreign Affairs and Trade" is read by the complements); -1 when none.
     */
    private static int readCore(NlpDocument doc, int k, int limit, int sentence, Map<Integer, Mention> mentionAt) {
        int end = -1;
        int i = k;
        while (i < limit && doc.token(i).sentence() == sentence) {
            Token t = doc.token(i);
            String w = t.word();
            Mention inside = mentionAt.get(i);
            if (inside != null && inside.isNamed()) {
                if (inside.code() == null && namedByTitleWords(doc, inside) && inside.to() <= limit) {
                    // "Ministry Press Secretary": CoreNLP's organisation of title words is the title's
                    i = inside.to();
                    continue;
                }
                break;
            }
            if (isTitleWord(w)) {
                if (Lexicon.isTitleHead(w) || isPluralHead(w)) {
                    end = i + 1;
                }
                i++;
            } else if (t.isCapitalized() && t.isNoun() && i + 1 < limit && isTitleWord(doc.token(i + 1).word())
                    && doc.token(i + 1).isCapitalized() && !mentionAt.containsKey(i + 1)) {
                i++; // "Fisheries Minister", "Tourism Minister": a portfolio the lists do not hold
            } else if (!t.isCapitalized() && t.pos().equals("NN") && portfolioBeforeHead(doc, i + 1, limit, mentionAt)) {
                i++; // "peace commissioner", "trade union leader": a lower-case portfolio the lists do not hold
            } else if ((w.equals("-") || w.equals("\u2013")) && i > k && i + 1 < limit
                    && isTitleWord(doc.token(i + 1).word())) {
                i++;
            } else if (Lexicon.lc(w).equals("in") && i > k && i + 2 < limit && doc.token(i + 1).word().equals("-")) {
                i++; // "editor-in-chief"
            } else {
                break;
            }
        }
        return end;
    }

    /** Words after "of" or "for" that belong to the title: title words, or capitalised words naming a portfolio. */
    private static int readComplementWords(NlpDocument doc, int j, int limit, int sentence,
                                           Map<Integer, Mention> mentionAt) {
        int i = j;
        int end = -1;
        while (i < limit && doc.token(i).sentence() == sentence && !mentionAt.containsKey(i)) {
            Token t = doc.token(i);
            String w = t.word();
            boolean portfolioName = t.isCapitalized() && (t.isProperNoun() || t.isNoun() || t.pos().startsWith("JJ"));
            if (isTitleWord(w) || portfolioName) {
                end = i + 1;
                i++;
            } else if ((Lexicon.lc(w).equals("and") || w.equals("-")) && end > 0 && i + 1 < limit
                    && (isTitleWord(doc.token(i + 1).word()) || doc.token(i + 1).isCapitalized())
                    && !mentionAt.containsKey(i + 1)) {
                i++;
            } else {
                break;
            }
        }
        return end;
    }

    private static boolean isTitleWord(String word) {
        String w = Lexicon.lc(word);
        return Lexicon.isTitleWord(w) || Lexicon.TITLE_BODIES.contains(w) || isPluralHead(w);
    }

    /** "commanders", "spokesmen": a plural title head. */
    private static boolean isPluralHead(String word) {
        String w = Lexicon.lc(word);
        return w.length() > 3 && w.endsWith("s") && !Lexicon.isTitleHead(w)
                && Lexicon.TITLE_HEADS.contains(w.substring(0, w.length() - 1));
    }

    /** The title's last head word before any complement: "envoy" in "UN special envoy". */
    private static String headOf(NlpDocument doc, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            String w = Lexicon.lc(doc.token(i).word());
            if (Lexicon.isTitleHead(w)) {
                return w;
            }
        }
        return "";
    }

    /**
     * After "to" or "for": a state, its title for a person, and that person ("Pakistani Prime Minister Nawaz
     * Sharif", "Ukraine's President Volodymyr Zelensky"); the end of the person's name, or -1.
     */
    private static int titledPersonAfterState(NlpDocument doc, Mention state, int limit, int sentence,
                                              Map<Integer, Mention> mentionAt) {
        if (state == null || !state.isNamed() || state.type() != EntityType.COUNTRY || state.to() >= limit) {
            return -1;
        }
        int k = state.to();
        if (isPossessive(doc.token(k).word())) {
            k++;
        }
        int title = k < limit ? readCore(doc, k, limit, sentence, mentionAt) : -1;
        Mention person = title > 0 ? mentionAt.get(title) : null;
        return person != null && person.type() == EntityType.PERSON && person.to() <= limit ? person.to() : -1;
    }

    /** Whether a title's rank, not its head: "senior", "top", "deputy"; never "former", which the title keeps. */
    private static boolean isRank(String word) {
        String w = Lexicon.lc(word);
        return Lexicon.TITLE_MODIFIERS.contains(w) && !w.equals("former") && !w.equals("ex");
    }

    /**
     * Whether a lower-case noun before {@code i} is a portfolio of the title that goes on at {@code i}: a
     * lower-case title word there, or one more lower-case noun and then one, not a name. A capitalised title
     * ("alliance Secretary General") is written whole in capitals when the portfolio is part of it.
     */
    private static boolean portfolioBeforeHead(NlpDocument doc, int i, int limit, Map<Integer, Mention> mentionAt) {
        for (int j = i; j < limit && j < i + 2 && !mentionAt.containsKey(j); j++) {
            Token t = doc.token(j);
            if (t.isCapitalized()) {
                return false;
            }
            if (isTitleWord(t.word())) {
                return true;
            }
            if (!t.pos().equals("NN")) {
                return false;
            }
        }
        return false;
    }

    /** Past an owner's acronym in brackets when the phrase goes on after it ("European Union (EU) envoy"), else k. */
    private static int ownersParenthesis(NlpDocument doc, int k, int limit) {
        int after = Speakers.afterParenthesis(doc, k, limit);
        return after > k && after < limit && after - k <= 3 ? after : k;
    }

    /** Past a parenthesis of a few words ("(TCG)") when the phrase goes on after it, else {@code k}. */
    private static int skipParenthesis(NlpDocument doc, int k, int limit) {
        int after = Speakers.afterParenthesis(doc, k, limit);
        return after > k && after < limit && PREPOSITIONS.contains(Lexicon.lc(doc.token(after).word())) ? after : k;
    }

    /** "the head of the International Atomic Energy Agency (IAEA) Rafael Grossi": the token before "(IAEA)". */
    private static int beforeParenthesis(NlpDocument doc, int last) {
        if (last < 1 || !(doc.token(last).word().equals(")") || doc.token(last).word().equals("-RRB-"))) {
            return last;
        }
        for (int k = last - 1; k >= 0 && k >= last - 8; k--) {
            String w = doc.token(k).word();
            if (w.equals("(") || w.equals("-LRB-")) {
                return k - 1;
            }
        }
        return last;
    }

    /** An organisation named by title words alone ("Foreign Ministry", "National Security and Defense Council"). */
    private static boolean namedByTitleWords(NlpDocument doc, Mention m) {
        if (m.type() != EntityType.ORGANIZATION) {
            return false;
        }
        int words = 0;
        for (int i = m.from(); i < m.to(); i++) {
            String w = Lexicon.lc(doc.token(i).word());
            if (isTitleWord(w)) {
                words++;
            } else if (!(w.equals("and") || w.equals("of") || w.equals("-") || w.equals("the"))) {
                return false;
            }
        }
        return words > 0;
    }

    /** The first token of an organisation's name from which on every word is a title word: "Foreign" in "Ukrainian Foreign Ministry". */
    private static int titleWordsFrom(NlpDocument doc, Mention m) {
        int from = m.to();
        for (int i = m.to() - 1; i >= m.from(); i--) {
            if (!isTitleWord(doc.token(i).word())) {
                break;
            }
            from = i;
        }
        return from;
    }

    /** How a mention is an owner: its code, else the state of a body or group named by a noun, else its name. */
    private static String ownerOf(Mention m) {
        return m.code() != null ? m.code() : m.country() != null ? m.country() : m.name();
    }

    private static boolean isPossessive(String word) {
        return word.equals("'s") || word.equals("\u2019s") || word.equals("'");
    }
}
