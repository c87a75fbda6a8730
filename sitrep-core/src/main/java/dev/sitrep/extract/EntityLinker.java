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
        readRoles();
        known.people(entities, day);
        for (Mention m : mentions) {
            if (m.kind() == Mention.Kind.ROLE) {
                resolveRole(m);
            } else if (m.kind() == Mention.Kind.PRONOUN && !Lexicon.FIRST_PERSON.contains(Lexicon.lc(m.name()))) {
                resolvePronoun(m);
            }
        }
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

    private static boolean sameperson(String[] known, String[] seen) {
        if (String.join(" ", known).equals(String.join(" ", seen))) {
            return true;
        }
        String knownLast = known[known.length - 1];
        String seenLast = seen[seen.length - 1];
        if (seen.length == 1) {
            return seenLast.equals(knownLast);
        }
        if (known.length == 1) {
            return known[0].equals(seenLast);
        }
        return knownLast.equals(seenLast) && known[0].equals(seen[0]);
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
                surnames.putIfAbsent(e.lastName(), e);
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
            EntityBuilder e = surnames.get(t.word());
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
