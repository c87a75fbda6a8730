package dev.sitrep.extract;

import dev.sitrep.model.EntityType;
import dev.sitrep.model.Span;
import dev.sitrep.nlp.NlpDocument;
import dev.sitrep.nlp.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups mentions into entities: named mentions by code or name (a surname joins the full name it shortens),
 * then titles and affiliations, then pronouns and role nouns to the person they most plausibly refer to.
 * One instance per article; not thread-safe.
 */
final class EntityLinker {

    private final NlpDocument doc;
    private final List<Mention> mentions;
    private final List<EntityBuilder> entities = new ArrayList<>();
    private final Map<String, EntityBuilder> byKey = new LinkedHashMap<>();
    private final Map<Mention, EntityBuilder> link = new IdentityHashMap<>();
    private final Map<Integer, Mention> namedAt = new HashMap<>();

    private final Gazetteer gazetteer;
    private final KnownActors known;
    private final java.time.LocalDate day;

    EntityLinker(NlpDocument doc, List<Mention> mentions, Gazetteer gazetteer, KnownActors known,
                 java.time.LocalDate day) {
        this.doc = doc;
        this.mentions = new ArrayList<>(mentions);
        this.gazetteer = gazetteer;
        this.known = known;
        this.day = day;
    }

    /** Runs all linking steps; returns the resolved view. */
    Linking link() {
        for (Mention m : mentions) {
            if (m.isNamed()) {
                namedAt.put(m.from(), m);
                linkNamed(m);
            }
        }
        addMissedSurnames();
        for (EntityBuilder e : entities) {
            if (e.type == EntityType.PERSON) {
                chooseName(e);
            }
        }
        readRoles();
        known.people(entities, day);
        for (Mention m : mentions) {
            if (m.kind() == Mention.Kind.ROLE) {
                resolveRole(m);
            } else if (m.kind() == Mention.Kind.BODY) {
                resolveBody(m);
            } else if (m.kind() == Mention.Kind.PRONOUN && !Lexicon.FIRST_PERSON.contains(Lexicon.lc(m.name()))) {
                resolvePronoun(m);
            }
        }
        joinBodiesNamedByNouns();
        return new Linking(doc, mentions, entities, link);
    }

    private void linkNamed(Mention m) {
        if (m.type() == EntityType.PERSON) {
            linkPerson(m);
            return;
        }
        EntityBuilder e = byKey.get(m.key());
        if (e == null) {
            e = new EntityBuilder(m.type(), m.name(), m.code(), m.country());
            if (m.type() == EntityType.GROUP && m.key() != null && m.key().startsWith("G:")) {
                // "G:UKR:CVL": a group of a state's people knows its sector from how it was named
                e.sector = dev.sitrep.model.Sector.of(m.key().substring(m.key().lastIndexOf(':') + 1));
            }
            byKey.put(m.key(), e);
            entities.add(e);
        }
        attach(m, e);
    }

    private void linkPerson(Mention m) {
        String[] words = m.name().split(" ");
        EntityBuilder best = null;
        for (int i = entities.size() - 1; i >= 0; i--) {
            EntityBuilder e = entities.get(i);
            if (e.type == EntityType.PERSON && sameperson(e.name.split(" "), words)) {
                best = e;
                break;
            }
        }
        if (best == null) {
            best = new EntityBuilder(EntityType.PERSON, m.name(), null, null);
            entities.add(best);
        } else if (words.length > best.name.split(" ").length) {
            best.name = m.name();
        }
        attach(m, best);
    }

    /** Two forms of one name: equal, or a surname of the other, spelling variants made one ("Zelenskyy", "Zelensky"). */
    private static boolean sameperson(String[] known, String[] seen) {
        if (String.join(" ", known).equals(String.join(" ", seen))) {
            return true;
        }
        known = loose(known);
        seen = loose(seen);
        String knownLast = known[known.length - 1];
        String seenLast = seen[seen.length - 1];
        if (seen.length == 1) {
            return seenLast.equals(knownLast);
        }
        if (known.length == 1) {
            return known[0].equals(seenLast);
        }
        if (!knownLast.equals(seenLast)) {
            return false;
        }
        if (known[0].equals(seen[0])) {
            return true;
        }
        // "Amir Abdollahian" is "Hossein Amir Abdollahian" without the given name
        String[] shorter = known.length < seen.length ? known : seen;
        String[] longer = known.length < seen.length ? seen : known;
        for (int i = 0; i < shorter.length; i++) {
            if (!shorter[shorter.length - 1 - i].equals(longer[longer.length - 1 - i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * A person's name: the fullest form the article gives, in its spelling; among forms as full, the one whose
     * family name the article writes most often.
     */
    private static void chooseName(EntityBuilder e) {
        java.util.Map<String, Integer> lastNames = new HashMap<>();
        for (Mention m : e.named) {
            String[] w = m.name().split(" ");
            lastNames.merge(w[w.length - 1], 1, Integer::sum);
        }
        String best = e.name;
        int bestWords = best.split(" ").length;
        for (Mention m : e.named) {
            String[] w = m.name().split(" ");
            if (w.length > bestWords || w.length == bestWords && lastNames.getOrDefault(w[w.length - 1], 0)
                    > lastNames.getOrDefault(best.substring(best.lastIndexOf(' ') + 1), 0)) {
                best = m.name();
                bestWords = w.length;
            }
        }
        e.name = best;
    }

    /**
     * The words of a name as one article's spellings of one person meet: {@link dev.sitrep.kb.Names#loose}, and a
     * {@code y} after the first letter read as {@code i} ("Klymenko" and "Klimenko", "Tymoshenko" and
     * "Timoshenko"), a transliteration too loose for the knowledge base but safe among the people of one article.
     */
    private static String[] loose(String[] words) {
        String[] out = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            out[i] = sameArticleSpelling(words[i]);
        }
        return out;
    }

    static String sameArticleSpelling(String word) {
        String w = dev.sitrep.kb.Names.loose(word);
        return w.isEmpty() ? w : w.charAt(0) + w.substring(1).replace('y', 'i');
    }

    private void attach(Mention m, EntityBuilder e) {
        link.put(m, e);
        e.mentions.add(m.span());
        if (m.isNamed()) {
            e.named.add(m);
        }
    }

    /** A person's surname that CoreNLP did not tag on a later mention ("Lipavsky said") is still a mention. */
    private void addMissedSurnames() {
        Map<String, EntityBuilder> surnames = new HashMap<>();
        for (EntityBuilder e : entities) {
            if (e.type == EntityType.PERSON && e.name.indexOf(' ') > 0) {
                surnames.putIfAbsent(sameArticleSpelling(e.lastName()), e);
            }
        }
        if (surnames.isEmpty()) {
            return;
        }
        boolean[] covered = new boolean[doc.tokens().size()];
        for (Mention m : mentions) {
            for (int k = m.from(); k < m.to(); k++) {
                covered[k] = true;
            }
        }
        List<Mention> added = new ArrayList<>();
        for (Token t : doc.tokens()) {
            EntityBuilder e = t.isCapitalized() ? surnames.get(sameArticleSpelling(t.word())) : null;
            if (e != null && !covered[t.index()]) {
                Mention m = new Mention(t.index(), t.index() + 1, t.span(), Mention.Kind.NAME, EntityType.PERSON,
                        null, t.word(), null, null);
                added.add(m);
                attach(m, e);
                namedAt.put(m.from(), m);
            }
        }
        mentions.addAll(added);
        mentions.sort((a, b) -> a.span().compareTo(b.span()));
    }

    private void readRoles() {
        for (Mention m : mentions) {
            EntityBuilder e = link.get(m);
            if (e == null || e.type != EntityType.PERSON || m.kind() != Mention.Kind.NAME) {
                continue;
            }
            for (Roles.Role role : new Roles.Role[] {Roles.before(doc, m, namedAt), Roles.after(doc, m, namedAt),
                coordinated(m)}) {
                if (role == null) {
                    continue;
                }
                if (role.plural()) {
                    pluralRoles.put(m, role);
                }
                e.addTitle(role.title());
                String owner = role.ownerPronoun() ? ownerOfPronoun(m) : role.affiliation();
                if (e.affiliation == null && owner != null) {
                    // "spokesman for the SBU": the body is remembered, the affiliation is its state
                    if (known.kb().institution(owner).isPresent()) {
                        e.institution = owner;
                    }
                    e.affiliation = known.affiliationOf(owner);
                }
                String t = Lexicon.lc(role.title());
                for (String hint : t.split(" ")) {
                    if (Lexicon.FEMALE_HINTS.contains(hint)) {
                        e.gender = EntityBuilder.Gender.FEMALE;
                    } else if (Lexicon.MALE_HINTS.contains(hint)) {
                        e.gender = EntityBuilder.Gender.MALE;
                    }
                }
            }
            if (m.from() > 0) {
                String before = Lexicon.lc(doc.token(m.from() - 1).word());
                if (Lexicon.FEMALE_HINTS.contains(before)) {
                    e.gender = EntityBuilder.Gender.FEMALE;
                } else if (Lexicon.MALE_HINTS.contains(before)) {
                    e.gender = EntityBuilder.Gender.MALE;
                }
            }
        }
        for (EntityBuilder e : entities) {
            if (e.type == EntityType.PERSON && e.gender == EntityBuilder.Gender.UNKNOWN) {
                // "Maria Lopez": a given name that tells the gender, when no title or honorific did
                String first = e.name.split(" ")[0];
                e.gender = e.name.indexOf(' ') > 0 ? gazetteer.genderOf(first) : EntityBuilder.Gender.UNKNOWN;
            }
        }
        for (EntityBuilder e : entities) {
            if (e.type == EntityType.PERSON && e.country == null) {
                e.country = known.countryOf(e.institution != null ? e.institution : e.affiliation);
            }
        }
    }

    private final Map<Mention, Roles.Role> pluralRoles = new IdentityHashMap<>();

    /** "commanders Denys Prokopenko and Svyatoslav Palamar": the second name shares the first one's plural title. */
    private Roles.Role coordinated(Mention m) {
        if (m.from() < 2 || !Lexicon.lc(doc.token(m.from() - 1).word()).matches("and|,")) {
            return null;
        }
        for (Map.Entry<Mention, Roles.Role> r : pluralRoles.entrySet()) {
            if (r.getKey().to() == m.from() - 1 && doc.token(r.getKey().from()).sentence()
                    == doc.token(m.from()).sentence()) {
                return r.getValue();
            }
        }
        return null;
    }

    /** "his deputy Enrique Mora": the affiliation of the person last named before. */
    private String ownerOfPronoun(Mention m) {
        EntityBuilder before = null;
        for (Mention x : mentions) {
            if (x.span().start() >= m.span().start()) {
                break;
            }
            EntityBuilder e = link.get(x);
            if (e != null && e.type == EntityType.PERSON && x.kind() == Mention.Kind.NAME) {
                before = e;
            }
        }
        return before == null ? null : before.institution != null ? before.institution
                : before.affiliation;
    }

    /** Words that end one clause or open another between a name and a pronoun after it. */
    private static final java.util.Set<String> CLAUSE_BREAKS = Lexicon.set(",", ";", ":", "--", "that", "because",
            "when", "after", "before", "while", "if", "who", "whom", "which", "as", "since", "until", "though",
            "although", "whether", "but");

    /** Whether a verb follows the mention, past auxiliaries and adverbs: "Moss scolded", "Moss has long said". */
    private boolean isSubject(Mention m) {
        // "Moss (D-Mo.) scolded him"
        int k = Speakers.afterParenthesis(doc, m.to(), doc.tokens().size());
        while (k < doc.tokens().size() && doc.token(k).pos().startsWith("RB")) {
            k++;
        }
        return k < doc.tokens().size() && (doc.token(k).isVerb() || doc.token(k).pos().equals("MD"));
    }

    /** Whether mention {@code m} and pronoun {@code p} after it stand in one clause, nothing breaking it between. */
    private boolean sameClause(Mention m, Mention p) {
        if (doc.token(m.from()).sentence() != doc.token(p.from()).sentence()) {
            return false;
        }
        for (int k = m.to(); k < p.from(); k++) {
            String word = doc.token(k).word();
            if (CLAUSE_BREAKS.contains(Lexicon.lc(word)) || QuoteMarks.isQuoteToken(word)) {
                return false;
            }
        }
        return true;
    }

    /** The person named most often before {@code offset} whose gender does not conflict, or null. */
    private EntityBuilder mostMentionedPersonBefore(int offset, EntityBuilder.Gender g) {
        EntityBuilder best = null;
        int bestCount = 0;
        for (EntityBuilder e : entities) {
            if (e.type != EntityType.PERSON || e.gender != EntityBuilder.Gender.UNKNOWN && e.gender != g) {
                continue;
            }
            int count = e.mentions.headSet(new Span(offset, offset)).size();
            if (count > bestCount) {
                best = e;
                bestCount = count;
            }
        }
        return best;
    }

    /**
     * "the ministry", "the Defence Ministry": the body of that kind named last before it ("Ukraine's Foreign
     * Ministry ... the ministry said"); else, when the article is about one state most of all, that state's body.
     */
    private void resolveBody(Mention m) {
        EntityBuilder best = bodyFor(m.name(), m.span(), null);
        if (best != null) {
            attach(m, best);
        }
    }

    /**
     * "the Defence Ministry said" after "the Russian Defence Ministry": an organisation CoreNLP named with a body's
     * words alone ("Defence Ministry", "Foreign Ministry"), with no code or state of its own, is the body of that
     * kind named before it, or the article's state's, as {@link #resolveBody} reads "the ministry"; its mentions
     * join that body.
     */
    private void joinBodiesNamedByNouns() {
        ActorNouns nouns = known.nouns();
        for (EntityBuilder e : new ArrayList<>(entities)) {
            if (e.type != EntityType.ORGANIZATION || e.code != null || e.country != null || e.mentions.isEmpty()) {
                continue;
            }
            ActorNouns.Match kind = nouns.within(e.name);
            if (kind == null || !kind.noun().body() || kind.length() != e.name.strip().split("\\s+").length) {
                continue;
            }
            EntityBuilder body = bodyFor(e.name, e.mentions.first(), e);
            if (body == null || body == e) {
                continue;
            }
            for (Map.Entry<Mention, EntityBuilder> l : link.entrySet()) {
                if (l.getValue() == e) {
                    l.setValue(body);
                }
            }
            body.mentions.addAll(e.mentions);
            body.named.addAll(e.named);
            entities.remove(e);
            byKey.values().removeIf(v -> v == e);
        }
    }

    /**
     * The body a name of a body's kind stands for at {@code at}: the body of that kind named last before it, else
     * the article's state's; null when there is none. {@code except} is never the answer.
     */
    private EntityBuilder bodyFor(String name, Span at, EntityBuilder except) {
        ActorNouns nouns = known.nouns();
        ActorNouns.Match kind = nouns.within(name);
        if (kind == null) {
            return null;
        }
        String type = kind.noun().type();
        boolean anyMinistry = type.equals("MINISTRY");
        EntityBuilder best = null;
        Span bestAt = null;
        for (EntityBuilder e : entities) {
            if (e.type != EntityType.ORGANIZATION || e.country == null || e == except) {
                continue;
            }
            ActorNouns.Match k = nouns.within(e.name);
            boolean same = k != null && k.noun().body() && (k.noun().type().equals(type)
                    || anyMinistry && k.noun().phrase().contains("ministr"));
            Span last = e.mentions.lower(at);
            if (same && last != null && (bestAt == null || last.compareTo(bestAt) > 0)) {
                best = e;
                bestAt = last;
            }
        }
        if (best == null && !anyMinistry) {
            String home = homeState(at.start());
            if (home != null) {
                dev.sitrep.kb.Institution inst = nouns.institution(home, type);
                String key = "O:" + (inst != null ? inst.code() : home + "-" + type);
                best = byKey.get(key);
                if (best == null) {
                    best = new EntityBuilder(EntityType.ORGANIZATION, inst != null ? inst.name() : name,
                            inst != null ? inst.code() : null, home);
                    byKey.put(key, best);
                    entities.add(best);
                }
            }
        }
        return best;
    }

    /**
     * The state the article is about, as of {@code offset}: the one named most often before it, when it is named at
     * least twice and more often than any other; else null.
     */
    private String homeState(int offset) {
        String best = null;
        int bestCount = 0;
        boolean tie = false;
        for (EntityBuilder e : entities) {
            if (e.type != EntityType.COUNTRY || e.code == null) {
                continue;
            }
            int count = e.mentions.headSet(new Span(offset, offset)).size();
            if (count > bestCount) {
                best = e.code;
                bestCount = count;
                tie = false;
            } else if (count == bestCount) {
                tie = true;
            }
        }
        return bestCount >= 2 && !tie ? best : null;
    }

    /** "the foreign minister" refers to the most recently mentioned person holding that title. */
    private void resolveRole(Mention m) {
        // "the Russian President": the demonym says whose president, the rest is the title
        String country = null;
        String role = m.name();
        for (Mention inner : mentions) {
            if (inner.kind() == Mention.Kind.DEMONYM && m.span().contains(inner.span())) {
                country = inner.code();
                role = role.replace(doc.textOf(inner.span()), " ").trim();
            }
        }
        if (role.isEmpty()) {
            return;
        }
        // "the finance minister, Lou Jiwei,": the name in apposition is the role's holder
        if (m.to() + 1 < doc.tokens().size() && doc.token(m.to()).word().equals(",")) {
            Mention named = namedAt.get(m.to() + 1);
            EntityBuilder holder = named == null ? null : link.get(named);
            if (holder != null && holder.type == EntityType.PERSON) {
                attach(m, holder);
                return;
            }
        }
        EntityBuilder best = null;
        int bestAt = -1;
        for (EntityBuilder e : entities) {
            if (e.type != EntityType.PERSON || !e.hasTitleHead(role)
                    || country != null && !country.equals(e.affiliation)) {
                continue;
            }
            Span last = e.mentions.lower(m.span());
            if (last != null && last.start() > bestAt) {
                best = e;
                bestAt = last.start();
            }
        }
        if (best != null) {
            attach(m, best);
        }
    }

    /**
     * "he", "her": the person mentioned most recently before it, within three sentences, whose gender (learned
     * from titles, honorifics and earlier pronouns) does not conflict. A pronoun in subject position prefers the
     * first person named in that sentence, as news writing does.
     */
    private void resolvePronoun(Mention p) {
        String w = Lexicon.lc(p.name());
        EntityBuilder.Gender g = Lexicon.FEMALE_PRONOUNS.contains(w) ? EntityBuilder.Gender.FEMALE
                : EntityBuilder.Gender.MALE;
        int sentence = doc.token(p.from()).sentence();
        boolean object = w.equals("him") || w.equals("her") && doc.token(p.from()).pos().equals("PRP");
        java.util.Set<EntityBuilder> excluded = new java.util.HashSet<>();
        List<Mention> candidates = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.span().start() >= p.span().start()) {
                break;
            }
            EntityBuilder e = link.get(m);
            if (e == null || e.type != EntityType.PERSON || m.kind() == Mention.Kind.PRONOUN && e == null) {
                continue;
            }
            if (object && isSubject(m) && sameClause(m, p)) {
                // "Moss scolded him": an object pronoun is never the subject of its own clause
                excluded.add(e);
            }
            if (e.gender != EntityBuilder.Gender.UNKNOWN && e.gender != g) {
                continue;
            }
            int ms = doc.token(m.from()).sentence();
            if (sentence - ms <= 3) {
                candidates.add(m);
            }
        }
        candidates.removeIf(c -> excluded.contains(link.get(c)));
        if (candidates.isEmpty()) {
            EntityBuilder salient = mostMentionedPersonBefore(p.span().start(), g);
            if (salient != null && !excluded.contains(salient)) {
                attach(p, salient);
            }
            return;
        }
        Mention chosen = candidates.get(candidates.size() - 1);
        int chosenSentence = doc.token(chosen.from()).sentence();
        // a subject pronoun prefers the first person named in that sentence: news puts the subject first
        boolean subject = w.equals("he") || w.equals("she");
        if (subject) {
            for (Mention c : candidates) {
                if (doc.token(c.from()).sentence() == chosenSentence) {
                    chosen = c;
                    break;
                }
            }
        }
        EntityBuilder e = link.get(chosen);
        if (e.gender == EntityBuilder.Gender.UNKNOWN) {
            e.gender = g;
        }
        attach(p, e);
    }
}
