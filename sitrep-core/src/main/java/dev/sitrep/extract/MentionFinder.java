package dev.sitrep.extract;

import dev.sitrep.model.EntityType;
import dev.sitrep.model.Span;
import dev.sitrep.nlp.NlpDocument;
import dev.sitrep.nlp.Sentence;
import dev.sitrep.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds mentions in an analysed text: gazetteer names first (longest match), CoreNLP's PERSON, ORGANIZATION and
 * LOCATION runs where the gazetteer has nothing, then pronouns and definite role nouns. Stateless and
 * thread-safe.
 */
final class MentionFinder {

    private final Gazetteer gazetteer;
    private final ActorNouns nouns;

    MentionFinder(Gazetteer gazetteer, ActorNouns nouns) {
        this.gazetteer = gazetteer;
        this.nouns = nouns;
    }

    List<Mention> find(NlpDocument doc) {
        List<Mention> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            findNames(doc, s, out);
        }
        findActorNouns(doc, out);
        for (Token t : doc.tokens()) {
            String w = Lexicon.lc(t.word());
            if (t.pos().startsWith("PRP") && (Lexicon.MALE_PRONOUNS.contains(w) || Lexicon.FEMALE_PRONOUNS.contains(w)
                    || Lexicon.FIRST_PERSON.contains(w))) {
                out.add(new Mention(t.index(), t.index() + 1, t.span(), Mention.Kind.PRONOUN, null, null, t.word(),
                        null, null));
            }
        }
        findRoles(doc, out);
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }

    private void findNames(NlpDocument doc, Sentence s, List<Mention> out) {
        int end = s.endToken();
        int i = s.firstToken();
        while (i < end) {
            Token t = doc.token(i);
            final int limit = end;
            // as written first ("ISIS claimed"), then a dateline's capitals in title case ("TOKYO (Reuters)")
            Optional<Gazetteer.Match> hit = gazetteer.longestMatch(k -> k < limit ? doc.token(k).word() : null, i);
            if (hit.isEmpty() && i < 2) {
                hit = gazetteer.longestMatch(k -> k < limit ? word(doc, k) : null, i);
            }
            int nerEnd = nerRunEnd(doc, i, end);
            String ner = t.ner();
            boolean nerStartsHere = nerEnd > i && (i == s.firstToken() || !doc.token(i - 1).ner().equals(ner));
            if (hit.isPresent()) {
                int hitEnd = i + hit.get().length();
                if (partOfAName(doc, hit.get().entry(), hitEnd, end)) {
                    // "Vienna Convention", "Minsk Agreements": the capital names a treaty or an event
                    i = hitEnd + 1;
                    continue;
                }
                boolean nerWins = nerStartsHere && nerEnd > hitEnd
                        && (ner.equals("ORGANIZATION") || ner.equals("PERSON"))
                        && !isListOfPlaces(doc, i, nerEnd)
                        && !(hit.get().entry().type() == EntityType.COUNTRY && titleWords(doc, hitEnd, nerEnd));
                if (!nerWins && !(ner.equals("PERSON") && hit.get().entry().form() == GazetteerEntry.Form.CAPITAL)) {
                    out.add(fromGazetteer(doc, i, hitEnd, hit.get().entry()));
                    i = hitEnd;
                    continue;
                }
            }
            if (nerStartsHere) {
                Mention m = fromNer(doc, i, nerEnd, ner);
                if (m != null) {
                    out.add(m);
                }
                i = nerEnd;
                continue;
            }
            i++;
        }
    }

    /**
     * Whether tokens {@code [from, to)} are all words of titles or bodies: CoreNLP's "British Defence" or "Ukrainian
     * Navy" is a state's demonym before a title or a body, not an organisation's name.
     */
    private static boolean titleWords(NlpDocument doc, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = Lexicon.lc(doc.token(k).word());
            if (!(Lexicon.isTitleWord(w) || Lexicon.TITLE_BODIES.contains(w))) {
                return false;
            }
        }
        return true;
    }

    private boolean partOfAName(NlpDocument doc, GazetteerEntry entry, int next, int end) {
        if (entry.form() != GazetteerEntry.Form.CAPITAL || next >= end) {
            return false;
        }
        Token t = doc.token(next);
        return t.isProperNoun() && t.isCapitalized() && !Lexicon.isTitleWord(t.word())
                && (t.ner().equals("O") || t.ner().equals("MISC"))
                && gazetteer.longestMatch(k -> k < end ? doc.token(k).word() : null, next).isEmpty();
    }

    /** A token's word for gazetteer look-up; a dateline in capitals ("TOKYO (Reuters)") is read in title case. */
    private static String word(NlpDocument doc, int k) {
        String w = doc.token(k).word();
        if (k < 2 && w.length() > 2 && w.equals(w.toUpperCase(java.util.Locale.ROOT))
                && !w.equals(w.toLowerCase(java.util.Locale.ROOT)) && w.chars().allMatch(Character::isLetter)) {
            return w.charAt(0) + w.substring(1).toLowerCase(java.util.Locale.ROOT);
        }
        return w;
    }

    private static boolean isListOfPlaces(NlpDocument doc, int from, int to) {
        for (int k = from; k < to; k++) {
            if (doc.token(k).word().equals(",") || doc.token(k).word().equals("and")) {
                return true;
            }
        }
        return false;
    }

    private static int nerRunEnd(NlpDocument doc, int i, int end) {
        String ner = doc.token(i).ner();
        if (!(ner.equals("PERSON") || ner.equals("ORGANIZATION") || ner.equals("LOCATION"))) {
            return i;
        }
        int k = i;
        while (k < end && doc.token(k).ner().equals(ner)) {
            k++;
        }
        return k;
    }

    private Mention fromGazetteer(NlpDocument doc, int from, int to, GazetteerEntry e) {
        Span span = new Span(doc.token(from).start(), doc.token(to - 1).end());
        if (e.type() == EntityType.PERSON) {
            // a person the knowledge base knows by this full name: named as the article spells it
            return new Mention(from, to, span, Mention.Kind.NAME, EntityType.PERSON, null, normalise(doc.textOf(span)),
                    null, null);
        }
        if (e.type() == EntityType.ORGANIZATION) {
            return new Mention(from, to, span, Mention.Kind.NAME, EntityType.ORGANIZATION, "O:" + e.code(), e.name(),
                    e.code(), e.country());
        }
        String country = "C:" + e.code();
        String countryName = gazetteer.countryName(e.code());
        return switch (e.form()) {
            case NAME -> new Mention(from, to, span, Mention.Kind.NAME, EntityType.COUNTRY, country, countryName,
                    e.code(), e.code());
            case DEMONYM -> new Mention(from, to, span, Mention.Kind.DEMONYM, EntityType.COUNTRY, country,
                    countryName, e.code(), e.code());
            case GOVERNMENT -> new Mention(from, to, span, Mention.Kind.GOVERNMENT, EntityType.COUNTRY, country,
                    countryName, e.code(), e.code());
            case CAPITAL -> isPlace(doc, from, to)
                    ? new Mention(from, to, span, Mention.Kind.NAME, EntityType.CITY, "L:" + e.name(), e.name(), null,
                    e.code())
                    : new Mention(from, to, span, Mention.Kind.GOVERNMENT, EntityType.COUNTRY, country, countryName,
                    e.code(), e.code());
        };
    }

    /** A capital is a place after a locative word ("in Kyiv", "visiting Kyiv") or before a comma-country. */
    private static boolean isPlace(NlpDocument doc, int from, int to) {
        // "Kiev's sovereignty", "Moscow's demands": a possessive is the government's
        if (to < doc.tokens().size() && (doc.token(to).word().equals("'s") || doc.token(to).word().equals("\u2019s"))) {
            return false;
        }
        int p = from - 1;
        if (p >= 0 && Lexicon.lc(doc.token(p).word()).equals("the")) {
            p--;
        }
        if (p < 0 || doc.token(p).sentence() != doc.token(from).sentence() && from < 3) {
            // a dateline: "TOKYO (Reuters) -"
            return true;
        }
        if (Lexicon.LOCATIVE.contains(Lexicon.lc(doc.token(p).word()))) {
            return true;
        }
        return to + 1 < doc.tokens().size() && doc.token(to).word().equals(",")
                && doc.token(to + 1).ner().equals("LOCATION");
    }

    private static Mention fromNer(NlpDocument doc, int from, int to, String ner) {
        if (ner.equals("PERSON")) {
            while (from < to - 1 && Lexicon.HONORIFICS.contains(Lexicon.lc(doc.token(from).word()))) {
                from++;
            }
        }
        while (to > from && doc.token(to - 1).isPunctuation() && !doc.token(to - 1).word().endsWith(".")) {
            to--;
        }
        if (to <= from) {
            return null;
        }
        Span span = new Span(doc.token(from).start(), doc.token(to - 1).end());
        String surface = normalise(doc.textOf(span));
        return switch (ner) {
            case "PERSON" -> new Mention(from, to, span, Mention.Kind.NAME, EntityType.PERSON, null, surface, null,
                    null);
            case "ORGANIZATION" -> new Mention(from, to, span, Mention.Kind.NAME, EntityType.ORGANIZATION,
                    "O:" + surface, surface, null, null);
            default -> new Mention(from, to, span, Mention.Kind.NAME, EntityType.LOCATION, "L:" + surface, surface,
                    null, null);
        };
    }

    /** Whether the state named up to {@code end} is coordinated with another: "Slovakia and Austria", "Poland, ". */
    private static boolean coordinated(List<Token> tokens, Mention[] at, int end) {
        if (end + 1 >= tokens.size() || tokens.get(end).sentence() != tokens.get(end - 1).sentence()) {
            return false;
        }
        String w = Lexicon.lc(tokens.get(end).word());
        if (!(w.equals("and") || w.equals("or") || w.equals(","))) {
            return false;
        }
        int c = end + 1;
        if (Lexicon.lc(tokens.get(c).word()).equals("the") && c + 1 < tokens.size()) {
            c++;
        }
        return at[c] != null && at[c].type() == EntityType.COUNTRY;
    }

    static String normalise(String surface) {
        return surface.replaceAll("\\s+", " ").trim();
    }

    /** Words before a people form of a country that make a group of its civilians: "ordinary Ukrainians". */
    private static final java.util.Set<String> CIVILIAN_MARKERS = java.util.Set.of("ordinary", "many", "most",
            "fellow", "common", "young", "thousands", "millions", "hundreds", "some");

    /**
     * A state's bodies and groups named by common nouns: "the Ukrainian Defence Ministry", "Russia's Foreign
     * Ministry", "the Ministry of Defence of Poland", "Russian forces", "Polish farmers", "ordinary Ukrainians" (each
     * with its state); and "the ministry", "the Defence Ministry" without one, which the linker resolves.
     */
    private void findActorNouns(NlpDocument doc, List<Mention> out) {
        List<Token> tokens = doc.tokens();
        Mention[] at = new Mention[tokens.size()];
        boolean[] covered = new boolean[tokens.size()];
        for (Mention m : out) {
            at[m.from()] = m;
            if (m.kind() != Mention.Kind.DEMONYM) {
                for (int k = m.from(); k < m.to(); k++) {
                    covered[k] = true;
                }
            }
        }
        List<Mention> added = new ArrayList<>();
        java.util.Set<Mention> replaced = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int i = 0; i < tokens.size(); i++) {
            int sentence = tokens.get(i).sentence();
            int start = i;
            int j = i;
            boolean the = Lexicon.lc(tokens.get(i).word()).equals("the");
            if (the) {
                j++;
            }
            String state = null;
            Mention marker = j < tokens.size() ? at[j] : null;
            if (marker != null && marker.type() == EntityType.COUNTRY && marker.code() != null) {
                if (marker.kind() == Mention.Kind.DEMONYM) {
                    state = marker.code();
                    j = marker.to();
                } else if (marker.kind() == Mention.Kind.NAME && marker.to() < tokens.size()
                        && isPossessive(tokens.get(marker.to()).word())) {
                    state = marker.code();
                    j = marker.to() + 1;
                }
            }
            if (state == null && !the) {
                continue;
            }
            // the noun, after up to two modifiers: "Russian occupation forces", "the Polish state border guard"
            ActorNouns.Match best = null;
            int bestFrom = -1;
            for (int s = j; s < j + 3 && s < tokens.size() && tokens.get(s).sentence() == sentence && !covered[s];
                    s++) {
                final int limit = tokens.size();
                ActorNouns.Match m = nouns.at(k -> k < limit && tokens.get(k).sentence() == sentence && !covered[k]
                        ? tokens.get(k).word() : null, s);
                if (m != null && (best == null || s + m.length() > bestFrom + best.length())) {
                    best = m;
                    bestFrom = s;
                }
                Token t = tokens.get(s);
                if (!(t.pos().startsWith("JJ") || t.pos().startsWith("NN") || t.pos().equals("VBN")) || t.isProperNoun()
                        && !t.isCapitalized()) {
                    break;
                }
            }
            if (best == null) {
                continue;
            }
            int end = bestFrom + best.length();
            Token last = tokens.get(end - 1);
            if (!last.pos().startsWith("NN")) {
                continue;
            }
            // "army bulldozers": the noun only modifies the head that follows
            if (end < tokens.size() && tokens.get(end).sentence() == sentence && tokens.get(end).pos().startsWith("NN")
                    && !Lexicon.isTitleWord(tokens.get(end).word()) && !covered[end]) {
                continue;
            }
            ActorNouns.Noun noun = best.noun();
            // "the Ministry of Defence of Poland"
            if (state == null && end + 1 < tokens.size() && Lexicon.lc(tokens.get(end).word()).equals("of")) {
                int c = end + 1;
                if (Lexicon.lc(tokens.get(c).word()).equals("the") && c + 1 < tokens.size()) {
                    c++;
                }
                Mention country = at[c];
                // "the foreign ministers of Slovakia and Austria": coordinated states are not one group's
                if (country != null && country.type() == EntityType.COUNTRY && country.kind() == Mention.Kind.NAME
                        && country.code() != null && !coordinated(tokens, at, country.to())) {
                    state = country.code();
                    end = country.to();
                    replaced.add(country);
                }
            }
            if (!noun.body() && state == null) {
                continue;
            }
            int from = the ? start + 1 : start;
            Span span = new Span(tokens.get(from).start(), tokens.get(end - 1).end());
            String name = normalise(doc.textOf(span));
            if (state == null) {
                added.add(new Mention(from, end, span, Mention.Kind.BODY, EntityType.ORGANIZATION, null, name, null,
                        null));
            } else if (noun.body()) {
                dev.sitrep.kb.Institution inst = nouns.institution(state, noun.type());
                String code = inst == null ? null : inst.code();
                added.add(new Mention(from, end, span, Mention.Kind.NAME, EntityType.ORGANIZATION,
                        "O:" + (code != null ? code : state + "-" + noun.type()), inst != null ? inst.name() : name,
                        code, state));
            } else {
                added.add(new Mention(from, end, span, Mention.Kind.NAME, EntityType.GROUP,
                        "G:" + state + ":" + noun.sector(), name, null, state));
            }
            if (marker != null && marker.from() >= from && marker.to() <= end) {
                replaced.add(marker);
            }
            for (int k = from; k < end; k++) {
                covered[k] = true;
            }
            i = end - 1;
        }
        // "ordinary Ukrainians": a people form after a word of number or kind is a group of civilians
        for (Mention m : out) {
            if (m.kind() == Mention.Kind.DEMONYM && m.from() > 0 && !replaced.contains(m)
                    && doc.token(m.to() - 1).word().endsWith("s")
                    && CIVILIAN_MARKERS.contains(Lexicon.lc(doc.token(m.from() - 1).word()))) {
                int from = m.from() - 1;
                Span span = new Span(doc.token(from).start(), m.span().end());
                added.add(new Mention(from, m.to(), span, Mention.Kind.NAME, EntityType.GROUP,
                        "G:" + m.code() + ":" + dev.sitrep.model.Sector.CVL, normalise(doc.textOf(span)), null,
                        m.code()));
                replaced.add(m);
            }
        }
        out.removeIf(replaced::contains);
        out.addAll(added);
    }

    private static boolean isPossessive(String word) {
        return word.equals("'s") || word.equals("\u2019s") || word.equals("'");
    }

    /** "the foreign minister", "the Canadian minister", "the country's president": a role noun phrase. */
    private void findRoles(NlpDocument doc, List<Mention> out) {
        List<Token> tokens = doc.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (!Lexicon.lc(tokens.get(i).word()).equals("the")) {
                continue;
            }
            int k = i + 1;
            int lastHead = -1;
            while (k < tokens.size() && tokens.get(k).sentence() == tokens.get(i).sentence()) {
                String w = tokens.get(k).word();
                boolean demonym = gazetteer.longestMatch(x -> x < tokens.size() ? tokens.get(x).word() : null, k)
                        .map(m -> m.length() == 1 && m.entry().form() == GazetteerEntry.Form.DEMONYM).orElse(false);
                if (Lexicon.isTitleHead(w)) {
                    lastHead = k;
                } else if (!(Lexicon.isTitleWord(w) || demonym)) {
                    break;
                }
                k++;
            }
            if (lastHead < 0 || lastHead != k - 1) {
                continue;
            }
            // "the Foreign Minister Melanie Joly": a title before a name, not a role mention
            if (k < tokens.size() && tokens.get(k).ner().equals("PERSON")) {
                continue;
            }
            // plural roles ("the foreign ministers") name groups, not one person
            String head = Lexicon.lc(tokens.get(lastHead).word());
            if (head.endsWith("s") && Lexicon.TITLE_HEADS.contains(head.substring(0, head.length() - 1))) {
                continue;
            }
            Span span = new Span(tokens.get(i).start(), tokens.get(lastHead).end());
            out.add(new Mention(i, lastHead + 1, span, Mention.Kind.ROLE, null, null,
                    doc.textOf(new Span(tokens.get(i + 1).start(), tokens.get(lastHead).end())), null, null));
            i = lastHead;
        }
    }
}
