package dev.sitrep.extract;

import dev.sitrep.kb.ActorMemory;
import dev.sitrep.kb.Institution;
import dev.sitrep.kb.KnowledgeBase;
import dev.sitrep.kb.PersonMatcher;
import dev.sitrep.kb.Term;
import dev.sitrep.kb.TitleSectors;
import dev.sitrep.model.Entity.Field;
import dev.sitrep.model.EntityType;
import dev.sitrep.model.Origin;
import dev.sitrep.model.Sector;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What the knowledge base and the store's memory add to what an article says of its actors: who a named person is
 * (the office held on the article's date, the state or organisation served), which state an institution belongs to,
 * and every actor's sector. Whatever the text says wins; a field filled from elsewhere records its origin.
 * Holds only immutable or thread-safe parts: one instance serves every thread.
 */
final class KnownActors {

    private final KnowledgeBase kb;
    private final PersonMatcher matcher;
    private final TitleSectors titles;
    private final ActorMemory memory;
    private final ActorNouns nouns;
    private final OrganisationHeads heads;

    KnownActors(KnowledgeBase kb, TitleSectors titles, ActorNouns nouns, ActorMemory memory) {
        this.kb = kb;
        this.matcher = new PersonMatcher(kb);
        this.titles = titles;
        this.nouns = nouns;
        this.heads = new OrganisationHeads(kb);
        this.memory = memory;
    }

    ActorNouns nouns() {
        return nouns;
    }

    KnowledgeBase kb() {
        return kb;
    }

    /**
     * How an affiliation is written: a state's code; an international organisation's code when news write it so
     * (NATO, IAEA), else its name (Arab League); a state body's state (the SBU's is UKR); any other body's code when
     * news write it so (HAMAS, RT), else its name; anything unknown as it is.
     */
    String affiliationOf(String code) {
        if (code == null || kb.country(code).isPresent()) {
            return code;
        }
        Optional<Institution> i = kb.institution(code);
        if (i.isEmpty()) {
            return code;
        }
        Institution in = i.get();
        if (in.country() != null && in.sector().isState()) {
            return in.country();
        }
        boolean written = in.name().equalsIgnoreCase(code)
                || in.variants().stream().anyMatch(v -> v.equalsIgnoreCase(code));
        return written ? code : in.name();
    }

    /** The state a code belongs to: a state's own code, an institution's state; null for others. */
    String countryOf(String code) {
        if (code == null) {
            return null;
        }
        if (kb.country(code).isPresent()) {
            return code;
        }
        return kb.institution(code).map(Institution::country).orElse(null);
    }

    /**
     * Identifies the article's people with the knowledge base (else the store's memory) and fills what the text
     * left out: a title, the affiliation, the state, the sector.
     */
    void people(List<EntityBuilder> entities, LocalDate day) {
        Set<String> named = new HashSet<>();
        for (EntityBuilder e : entities) {
            if ((e.type == EntityType.COUNTRY || e.type == EntityType.ORGANIZATION) && e.code != null) {
                named.add(e.code);
                String c = countryOf(e.code);
                if (c != null) {
                    named.add(c);
                }
            }
        }
        for (EntityBuilder e : entities) {
            if (e.type != EntityType.PERSON) {
                continue;
            }
            String title = e.titles.isEmpty() ? null : e.titles.values().iterator().next();
            String affiliationCode = e.institution != null ? e.institution : codeOf(e.affiliation);
            Optional<PersonMatcher.Match> m = matcher.match(new PersonMatcher.Context(e.name, day, named, title,
                    affiliationCode));
            if (m.isPresent()) {
                apply(e, m.get());
            } else {
                recall(e, day);
            }
        }
    }

    private void apply(EntityBuilder e, PersonMatcher.Match m) {
        e.kb = m.person().name();
        if (m.office().isEmpty()) {
            // every office came after this article: only the state, if there is one
            String only = m.person().terms().get(0).of();
            if (m.person().servesOnly(only) && e.country == null && countryOf(only) != null) {
                e.country = countryOf(only);
                e.fill(Field.COUNTRY, Origin.KB);
            }
            return;
        }
        KnowledgeBase.Held held = m.office().get();
        Term t = held.term();
        if (e.titles.isEmpty()) {
            e.addTitle(held.title());
            e.fill(Field.TITLES, Origin.KB);
            if (e.sector == null) {
                e.sector = held.former() ? Sector.CVL : t.sector();
                e.fill(Field.SECTOR, Origin.KB);
            }
        }
        if (e.affiliation == null) {
            e.affiliation = affiliationOf(t.of());
            e.fill(Field.AFFILIATION, Origin.KB);
        }
        if (e.country == null && countryOf(t.of()) != null) {
            e.country = countryOf(t.of());
            e.fill(Field.COUNTRY, Origin.KB);
        }
    }

    private void recall(EntityBuilder e, LocalDate day) {
        if (e.name.indexOf(' ') < 0) {
            return;
        }
        Optional<ActorMemory.Recalled> r = memory.recall(e.name, day);
        if (r.isEmpty()) {
            return;
        }
        ActorMemory.Recalled was = r.get();
        Origin from = Origin.store(was.article());
        if (e.titles.isEmpty() && was.title() != null) {
            e.addTitle(was.title());
            e.fill(Field.TITLES, from);
        }
        if (e.affiliation == null && was.affiliation() != null) {
            e.affiliation = was.affiliation();
            e.fill(Field.AFFILIATION, from);
        }
        if (e.country == null && was.country() != null) {
            e.country = was.country();
            e.fill(Field.COUNTRY, from);
        }
        if (e.sector == null && was.sector() != null && e.origins.get(Field.TITLES) == from) {
            e.sector = was.sector();
            e.fill(Field.SECTOR, from);
        }
    }

    /** A written affiliation back to a code: a code as it is, a known name to its code, else null. */
    private String codeOf(String affiliation) {
        if (affiliation == null) {
            return null;
        }
        if (kb.knows(affiliation)) {
            return affiliation;
        }
        for (Institution i : kb.institutions()) {
            if (i.name().equals(affiliation)) {
                return i.code();
            }
        }
        return null;
    }

    /**
     * Every entity's sector, where none was set: an institution's from the knowledge base; a person's from the
     * body their title ties them to, else their title, else an international organisation they serve (IGO).
     */
    void sectors(List<EntityBuilder> entities) {
        for (EntityBuilder e : entities) {
            if (e.sector != null) {
                continue;
            }
            switch (e.type) {
                case ORGANIZATION -> {
                    Optional<Institution> i = kb.institution(e.code);
                    if (i.isPresent()) {
                        e.sector = i.get().sector();
                        e.kb = i.get().code();
                        e.fill(Field.SECTOR, Origin.KB);
                        if (e.country == null && i.get().country() != null) {
                            e.country = i.get().country();
                            e.fill(Field.COUNTRY, Origin.KB);
                        }
                    } else if (heads.partOf(e.name) != null) {
                        // "the NATO-Ukraine Commission" is NATO's
                        e.sector = Sector.IGO;
                        if (e.affiliation == null) {
                            e.affiliation = heads.partOf(e.name).code();
                        }
                    } else {
                        // "the Polish border guard", "the Arbitral Tribunal": the noun tells the sector
                        e.sector = nouns.sectorOf(e.name);
                        if (e.sector == null) {
                            e.sector = heads.headSector(e.name);
                        }
                    }
                    if (e.affiliation == null && e.country != null && e.sector != null && e.sector.isState()) {
                        e.affiliation = e.country; // a state's body serves its state
                    }
                }
                case GROUP -> e.sector = nouns.sectorOf(e.name);
                case PERSON -> {
                    Institution body = e.institution == null ? null : kb.institution(e.institution).orElse(null);
                    Sector fromTitle = null;
                    for (String t : e.titles.values()) {
                        fromTitle = titles.of(t);
                        if (fromTitle != null) {
                            break;
                        }
                    }
                    Institution served = body != null ? body : kb.institution(codeOf(e.affiliation)).orElse(null);
                    if (served != null && (served.isInternational() || !served.sector().isState())
                            && fromTitle != Sector.CVL) {
                        // NATO's Secretary General acts for NATO; Naftogaz's head for a company
                        e.sector = served.sector();
                    } else if (body != null && fromTitle != Sector.MIL && fromTitle != Sector.CVL) {
                        e.sector = body.sector(); // the SBU's spokesman is of the security service
                    } else {
                        e.sector = fromTitle;
                    }
                    Origin o = e.origins.getOrDefault(Field.TITLES, Origin.TEXT);
                    if (e.sector != null) {
                        e.fill(Field.SECTOR, o);
                    }
                }
                default -> {
                }
            }
        }
    }

    static String lc(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
