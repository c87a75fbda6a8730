package dev.sitrep.events;

import dev.sitrep.kb.Institution;
import dev.sitrep.kb.KnowledgeBase;
import dev.sitrep.model.Entity;
import dev.sitrep.model.EntityRef;
import dev.sitrep.model.EntityType;
import dev.sitrep.model.Quote;
import dev.sitrep.model.Span;
import dev.sitrep.nlp.NlpDocument;
import dev.sitrep.nlp.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which entity each token of an article refers to, and the code each entity stands for in event data: a
 * country's code for the country, its officials, forces and capital; an organisation's code; else null.
 */
final class Actors {

    private static final Set<String> WE = Set.of("we", "us", "our", "ours", "ourselves");
    /** Nouns that, after a person's possessive, mean the person's state: "her country", "his government". */
    private static final Set<String> STATE_NOUNS = Set.of("country", "government", "nation", "state",
            "administration", "authorities", "cabinet", "people");

    private final NlpDocument doc;
    private final List<Entity> entities;
    private final int[] entityAt;
    private final Map<String, Entity> countryByCode = new HashMap<>();
    private final List<Quote> quotes;
    private final Map<Entity, String> neighbourCodes = new HashMap<>();

    private final KnowledgeBase kb;

    Actors(NlpDocument doc, List<Entity> entities, List<Quote> quotes, KnowledgeBase kb) {
        this.doc = doc;
        this.kb = kb;
        this.entities = entities;
        this.quotes = quotes;
        this.entityAt = new int[doc.tokens().size()];
        Arrays.fill(entityAt, -1);
        for (int e = 0; e < entities.size(); e++) {
            Entity entity = entities.get(e);
            if (entity.type() == EntityType.COUNTRY && entity.code() != null) {
                countryByCode.putIfAbsent(entity.code(), entity);
            }
            for (Span m : entity.mentions()) {
                for (Token t : doc.tokensIn(m)) {
                    if (entityAt[t.index()] < 0) {
                        entityAt[t.index()] = e;
                    }
                }
            }
        }
        findNeighbourCodes();
    }

    /**
     * The code an entity stands for in event data, or null: a state's code for the state and for its government,
     * forces, services, courts, parliament and officials; an international organisation's code for it and the
     * people serving it; any other body's own code (HAMAS, GAZPROM) for it and its people.
     */
    String code(Entity e) {
        if (e.type() == EntityType.COUNTRY) {
            return e.code();
        }
        if (e.code() != null) {
            return bodyCode(e.code());
        }
        String affiliation = e.affiliation();
        if (affiliation != null && kb.knows(affiliation)) {
            return bodyCode(affiliation);
        }
        if (affiliation != null && affiliation.matches("[A-Z][A-Z0-9]{1,7}")) {
            return affiliation;
        }
        return e.country() != null ? e.country() : neighbourCodes.get(e);
    }

    /** A state body's state, else the code itself. */
    private String bodyCode(String code) {
        return kb.institution(code).filter(i -> i.country() != null && i.sector().isState())
                .map(Institution::country).orElse(code);
    }

    EntityRef ref(Entity e) {
        String code = code(e);
        String country = e.country() != null ? e.country()
                : code != null && kb.country(code).isPresent() ? code : null;
        return new EntityRef(e.id(), e.name(), code, country, e.sector());
    }

    /**
     * For people the extraction gave no country: the country named right next to one of their mentions, before
     * the name ("British Defence Secretary Tom King", "Jordan's King Abdullah") or after it ("King Hassan of
     * Morocco").
     */
    private void findNeighbourCodes() {
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON || code(e) != null) {
                continue;
            }
            for (Span m : e.mentions()) {
                List<Token> mention = doc.tokensIn(m);
                if (mention.isEmpty()) {
                    continue;
                }
                String found = countryBefore(mention.get(0).index());
                if (found == null) {
                    found = countryAfter(mention.get(mention.size() - 1).index());
                }
                if (found != null) {
                    neighbourCodes.put(e, found);
                    break;
                }
            }
        }
    }

    private String countryBefore(int first) {
        for (int k = first - 1; k >= 0 && k >= first - 5; k--) {
            Token t = doc.token(k);
            Entity e = entityAt[k] >= 0 ? entities.get(entityAt[k]) : null;
            if (e != null && e.type() == EntityType.COUNTRY) {
                return e.code();
            }
            if (!(t.pos().startsWith("NNP") || t.pos().startsWith("JJ") || t.pos().equals("POS")
                    || t.pos().startsWith("NN") && !t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0)))) {
                return null;
            }
        }
        return null;
    }

    private String countryAfter(int last) {
        if (last + 2 < doc.tokens().size() && doc.token(last + 1).word().equals("of") && entityAt[last + 2] >= 0) {
            Entity e = entities.get(entityAt[last + 2]);
            return e.type() == EntityType.COUNTRY ? e.code() : null;
        }
        return null;
    }

    /** The entity token {@code i} refers to, or null. First person plural in a quote is the speaker's side. */
    Entity at(int i) {
        if (entityAt[i] >= 0) {
            return entities.get(entityAt[i]);
        }
        Token t = doc.token(i);
        if (WE.contains(t.word().toLowerCase(Locale.ROOT))) {
            Entity speaker = speakerAt(t.start());
            if (speaker != null) {
                return sideOf(speaker);
            }
        }
        return null;
    }

    /** The speaker of the quote that contains {@code offset}, or null. */
    Entity speakerAt(int offset) {
        for (Quote q : quotes) {
            if (q.span().contains(offset) && q.speakerId() != null) {
                return byId(q.speakerId());
            }
        }
        return null;
    }

    /** Whether {@code offset} lies inside any quote. */
    boolean quoted(int offset) {
        for (Quote q : quotes) {
            if (q.span().contains(offset)) {
                return true;
            }
        }
        return false;
    }

    /** The article's entity for the country {@code code}, or null when the article does not name it. */
    EntityRef country(String code) {
        if (code == null) {
            return null;
        }
        Entity e = countryByCode.get(code);
        if (e != null) {
            return ref(e);
        }
        // "Serbian students": the state is named only through its people or a body of it
        for (Entity x : entities) {
            if (code.equals(x.country()) && (x.type() == EntityType.GROUP || x.type() == EntityType.ORGANIZATION)) {
                String name = kb.country(code).map(dev.sitrep.kb.Country::name).orElse(code);
                return new EntityRef(x.id(), name, code, code, null);
            }
        }
        return null;
    }

    /** For a person: the country entity of their affiliation when the article names it, else the person. */
    Entity sideOf(Entity e) {
        if (e.type() == EntityType.PERSON || e.type() == EntityType.GROUP) {
            String code = code(e);
            if (code != null && countryByCode.containsKey(code)) {
                return countryByCode.get(code);
            }
        }
        return e;
    }

    /** The entity with id {@code id}, or null. */
    Entity entity(String id) {
        return byId(id);
    }

    private Entity byId(String id) {
        for (Entity e : entities) {
            if (e.id().equals(id)) {
                return e;
            }
        }
        return null;
    }

    /**
     * The actors named in tokens {@code [from, to)}: every one of a coordination ("Canada and the Czech
     * Republic"), else the head-most one, with a country's or city's code when the head has none ("Israeli army
     * bulldozers", "doctors from two American aid groups", "demonstrators in Baghdad").
     */
    List<EntityRef> in(int from, int to) {
        Map<Entity, Integer> found = new LinkedHashMap<>();
        for (int i = from; i < to; i++) {
            Entity e = at(i);
            if (e != null) {
                found.put(e, i);
            }
        }
        if (found.isEmpty()) {
            return List.of();
        }
        List<Entity> list = new ArrayList<>(found.keySet());
        if (list.size() > 1 && coordinated(from, to)) {
            List<EntityRef> all = new ArrayList<>();
            for (Entity e : list) {
                if (e.type() != EntityType.LOCATION) { // "between Romania and Ukraine in the Black Sea"
                    all.add(ref(stateOf(e, found.get(e), to)));
                }
            }
            if (!all.isEmpty()) {
                return all;
            }
        }
        Entity head = null;
        String modifierCode = null;
        for (Entity e : list) {
            if (e.type() == EntityType.COUNTRY || e.type() == EntityType.CITY) {
                modifierCode = modifierCode == null ? code(e) : modifierCode;
            } else if (e.type() != EntityType.CITY && e.type() != EntityType.LOCATION) {
                head = e;
            }
        }
        if (head == null) {
            Entity first = list.get(0);
            return List.of(ref(first));
        }
        head = stateOf(head, found.get(head), to);
        EntityRef r = ref(head);
        if (r.code() == null && modifierCode != null) {
            r = new EntityRef(r.entity(), r.name(), modifierCode, kb.country(modifierCode).isPresent() ? modifierCode
                    : r.country(), r.sector());
        }
        return List.of(r);
    }

    /** "her country" is the person's state: the entity at {@code i} followed by a state noun. */
    private Entity stateOf(Entity e, int i, int to) {
        if (i + 1 < to && STATE_NOUNS.contains(doc.token(i + 1).word().toLowerCase(Locale.ROOT))
                && doc.token(i).pos().equals("PRP$")) {
            return sideOf(e);
        }
        return e;
    }

    private boolean coordinated(int from, int to) {
        for (int i = from; i < to; i++) {
            String w = doc.token(i).word();
            if (w.equals("and") || w.equals("&") || w.equals("as well as") || w.equals("along with")) {
                return true;
            }
        }
        return false;
    }
}
