package dev.sitrep.extract;

import dev.sitrep.model.EntityType;
import dev.sitrep.model.Span;
import dev.sitrep.nlp.NlpDocument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Speakers named by a definite description that the clause does not tie to anyone: a medium ("the statement
 * reads", "the message said", "according to the publication") is the actor quoted last before it; a title ("the
 * minister stressed", "said the spokesperson of the SBU") is the person holding that title named last before it.
 * Both look back a bounded stretch of text; a description nothing fits stays unresolved.
 */
final class DescribedSpeakers {

    private static final String RESOURCE = "lexicon/speaking-media.tsv";
    private static final Set<String> MEDIA = media();
    /** How far back, in characters, the quote or person a description refers to may be. */
    private static final int REACH = 1200;

    private final NlpDocument doc;
    private final List<EntityBuilder> entities;

    DescribedSpeakers(NlpDocument doc, List<EntityBuilder> entities) {
        this.doc = doc;
        this.entities = entities;
    }

    private static Set<String> media() {
        Set<String> words = new HashSet<>();
        for (String[] row : WordList.read(RESOURCE, 2)) {
            WordList.check(RESOURCE, row[0], row[1], Set.of("document", "outlet"));
            words.add(row[0]);
        }
        return Set.copyOf(words);
    }

    /** The quotes, those with an unresolved description as speaker given the actor it refers to. */
    List<QuoteFinder.Found> resolve(List<QuoteFinder.Found> found) {
        List<QuoteFinder.Found> byStart = new ArrayList<>(found);
        byStart.sort(Comparator.comparingInt(f -> f.content().start()));
        List<QuoteFinder.Found> out = new ArrayList<>(found.size());
        for (QuoteFinder.Found f : found) {
            EntityBuilder who = referent(f, byStart);
            out.add(who == null ? f : new QuoteFinder.Found(f.content(), f.direct(), f.cue(), f.cueSpan(),
                    new Speakers.Speaker(f.speaker().span(), who), f.paragraph()));
        }
        return out;
    }

    private EntityBuilder referent(QuoteFinder.Found f, List<QuoteFinder.Found> byStart) {
        Speakers.Speaker sp = f.speaker();
        if (sp == null || sp.entity() != null || sp.span() == null) {
            return null;
        }
        int first = doc.tokenAtOrAfter(sp.span().start());
        int end = doc.tokenAtOrAfter(sp.span().end());
        if (first < 0 || end <= first + 1 || !Lexicon.lc(doc.token(first).word()).equals("the")) {
            return null;
        }
        int head = end - 1;
        for (int k = first + 1; k < end; k++) {
            if (Lexicon.lc(doc.token(k).word()).equals("of")) {
                head = k - 1; // "the spokesperson of the SBU", "the head of the mission"
                break;
            }
        }
        String word = Lexicon.lc(doc.token(head).word());
        if (MEDIA.contains(word) || MEDIA.contains(Lexicon.lc(doc.token(head).lemma()))) {
            return lastQuoted(byStart, Math.min(sp.span().start(), f.content().start()));
        }
        return Lexicon.TITLE_HEADS.contains(word) ? lastTitled(title(word), sp.span().start()) : null;
    }

    /** The speaker of the quote nearest before {@code at}, within reach. */
    private static EntityBuilder lastQuoted(List<QuoteFinder.Found> byStart, int at) {
        EntityBuilder best = null;
        for (QuoteFinder.Found q : byStart) {
            if (q.content().start() >= at) {
                break;
            }
            EntityBuilder e = q.speaker() == null ? null : q.speaker().entity();
            if (e != null && at - q.content().end() <= REACH) {
                best = e;
            }
        }
        return best;
    }

    /** The person last named before {@code at}, within reach, one of whose titles has the word. */
    private EntityBuilder lastTitled(String word, int at) {
        EntityBuilder best = null;
        int bestAt = -1;
        for (EntityBuilder e : entities) {
            if (e.type != EntityType.PERSON || e.titles.keySet().stream().noneMatch(t -> hasWord(t, word))) {
                continue;
            }
            Span before = e.mentions.lower(new Span(at, at));
            if (before != null && at - before.end() <= REACH && before.start() > bestAt) {
                best = e;
                bestAt = before.start();
            }
        }
        return best;
    }

    private static boolean hasWord(String title, String word) {
        for (String w : title.split("[\\s-]+")) {
            if (title(w).equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** One form for a title word's gendered or neutral forms: "spokesman", "spokeswoman" and "spokesperson". */
    static String title(String word) {
        for (String end : List.of("woman", "man", "person")) {
            if (word.length() > end.length() + 3 && word.endsWith(end)) {
                return word.substring(0, word.length() - end.length());
            }
        }
        return word;
    }
}
