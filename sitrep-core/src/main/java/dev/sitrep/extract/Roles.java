package dev.sitrep.extract;

import dev.sitrep.model.EntityType;
import dev.sitrep.nlp.NlpDocument;
import dev.sitrep.nlp.Token;
import java.util.Map;

/**
 * Titles and affiliations stated next to a person's name: "Canadian Foreign Minister Melanie Joly",
 * "NATO Secretary General Jens Stoltenberg", "Anita Anand, the defence minister,", "Dmytro Kuleba, Ukraine's
 * foreign minister". Stateless.
 */
final class Roles {

    /** A title with the affiliation stated with it (a code or name, or null). */
    record Role(String title, String affiliation) {
    }

    private Roles() {
    }

    /** Reads the title before the name (and the affiliation before the title), or returns null. */
    static Role before(NlpDocument doc, Mention name, Map<Integer, Mention> mentionAt) {
        Role of = titleOfBefore(doc, name, mentionAt);
        if (of != null) {
            return of;
        }
        int first = name.from();
        int k = first - 1;
        int sentence = doc.token(first).sentence();
        // "Ukraine's foreign minister, Dmytro Kuleba," / "the finance minister, Lou Jiwei,"
        boolean comma = k > 0 && doc.token(k).word().equals(",") && Lexicon.isTitleHead(doc.token(k - 1).word());
        if (comma) {
            k--;
        }
        int titleEnd = k;
        while (k >= 0 && doc.token(k).sentence() == sentence) {
            Token t = doc.token(k);
            String w = Lexicon.lc(t.word());
            if (Lexicon.isTitleWord(t.word()) && !mentionCovers(mentionAt, k)) {
                k--;
            } else if ((w.equals("of") || w.equals("for") || w.equals("and")) && k - 1 >= 0
                    && Lexicon.isTitleWord(doc.token(k - 1).word())) {
                k--;
            } else {
                break;
            }
        }
        int titleStart = k + 1;
        if (titleStart > titleEnd || !hasHead(doc, titleStart, titleEnd)) {
            return null;
        }
        if (comma && !introducesTitle(doc, k, mentionAt)) {
            return null;
        }
        String title = doc.text().substring(doc.token(titleStart).start(), doc.token(titleEnd).end());
        return new Role(title, affiliationEndingAt(doc, k, mentionAt));
    }

    /** "Foreign Minister of Ukraine Pavlo Klimkin": a title, "of" or "for", a state or organisation, the name. */
    private static Role titleOfBefore(NlpDocument doc, Mention name, Map<Integer, Mention> mentionAt) {
        int end = name.from() - 1;
        Mention owner = null;
        for (int start = end; start >= 0 && start >= end - 5; start--) {
            Mention m = mentionAt.get(start);
            if (m != null && m.to() - 1 == end) {
                owner = m;
                break;
            }
        }
        if (owner == null || !owner.isNamed() || owner.type() == EntityType.PERSON || owner.from() < 2) {
            return null;
        }
        int of = owner.from() - 1;
        if (of > 0 && Lexicon.lc(doc.token(of).word()).equals("the")) {
            of--;
        }
        if (!Lexicon.lc(doc.token(of).word()).matches("of|for")) {
            return null;
        }
        int titleEnd = of - 1;
        int k = titleEnd;
        while (k >= 0 && doc.token(k).sentence() == doc.token(titleEnd).sentence()
                && Lexicon.isTitleWord(doc.token(k).word()) && !mentionAt.containsKey(k)) {
            k--;
        }
        if (k + 1 > titleEnd || !Lexicon.isTitleHead(doc.token(titleEnd).word())) {
            return null;
        }
        String title = doc.text().substring(doc.token(k + 1).start(), doc.token(titleEnd).end());
        return new Role(title, owner.code() != null ? owner.code() : owner.name());
    }

    /** Reads an appositive after the name: ", the defence minister," / ", Ukraine's foreign minister". */
    static Role after(NlpDocument doc, Mention name, Map<Integer, Mention> mentionAt) {
        int k = name.to();
        int n = doc.tokens().size();
        if (k >= n || !doc.token(k).word().equals(",")) {
            return null;
        }
        int sentence = doc.token(name.from()).sentence();
        k++;
        String affiliation = null;
        if (k < n && Lexicon.lc(doc.token(k).word()).matches("the|a|an")) {
            k++;
        }
        Mention m = mentionAt.get(k);
        if (m != null && m.isNamed() && m.type() != EntityType.PERSON) {
            affiliation = m.code() != null ? m.code() : m.name();
            k = m.to();
            if (k < n && doc.token(k).word().equals("'s")) {
                k++;
            }
        }
        int titleStart = k;
        while (k < n && doc.token(k).sentence() == sentence && Lexicon.isTitleWord(doc.token(k).word())) {
            k++;
        }
        int titleEnd = k - 1;
        if (titleEnd < titleStart || !Lexicon.isTitleHead(doc.token(titleEnd).word())) {
            return null;
        }
        // "of Ukraine" / "for NATO" after the title
        if (k + 1 < n && Lexicon.lc(doc.token(k).word()).matches("of|for|at")) {
            Mention after = mentionAt.get(k + 1);
            if (after == null && k + 2 < n && Lexicon.lc(doc.token(k + 1).word()).equals("the")) {
                after = mentionAt.get(k + 2);
            }
            if (after != null && after.isNamed() && after.type() != EntityType.PERSON && affiliation == null) {
                affiliation = after.code() != null ? after.code() : after.name();
            }
        }
        String title = doc.text().substring(doc.token(titleStart).start(), doc.token(titleEnd).end());
        return new Role(title, affiliation);
    }

    /** Before "TITLE, NAME": an article, a possessive or a state or organisation ("the", "Ukraine's", "NATO"). */
    private static boolean introducesTitle(NlpDocument doc, int k, Map<Integer, Mention> mentionAt) {
        if (k < 0) {
            return false;
        }
        String w = Lexicon.lc(doc.token(k).word());
        return w.equals("the") || w.equals("'s") || w.equals("\u2019s") || w.equals("its") || w.equals("his")
                || w.equals("her") || w.equals("their") || affiliationEndingAt(doc, k, mentionAt) != null;
    }

    private static boolean hasHead(NlpDocument doc, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (Lexicon.isTitleHead(doc.token(i).word())) {
                return Lexicon.isTitleHead(doc.token(to).word()) || Lexicon.isTitleWord(doc.token(to).word());
            }
        }
        return false;
    }

    private static boolean mentionCovers(Map<Integer, Mention> mentionAt, int token) {
        return mentionAt.containsKey(token);
    }

    /** A demonym, country, "Country's" or organisation just before a title. */
    private static String affiliationEndingAt(NlpDocument doc, int k, Map<Integer, Mention> mentionAt) {
        if (k >= 0 && doc.token(k).word().equals("'s")) {
            k--;
        }
        for (int back = k; back >= 0 && back >= k - 6; back--) {
            Mention m = mentionAt.get(back);
            if (m != null) {
                if (m.to() - 1 == k && m.isNamed() && m.type() != EntityType.PERSON) {
                    return m.code() != null ? m.code() : m.name();
                }
                return null;
            }
        }
        return null;
    }
}
