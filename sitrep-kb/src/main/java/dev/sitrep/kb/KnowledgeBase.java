package dev.sitrep.kb;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What Sitrep knows of the world: states, institutions and people with the offices they held, looked up by code,
 * name and date. Immutable and thread-safe; build one with {@link KbLoader}.
 */
public final class KnowledgeBase {

    private final Map<String, Country> countries;
    private final Map<String, Institution> institutions;
    private final List<Person> people;
    private final Map<String, List<Person>> byName;
    private final Map<String, List<Person>> bySurname;
    private final Set<String> familyNameFirst;

    KnowledgeBase(Map<String, Country> countries, Map<String, Institution> institutions, List<Person> people,
                  Map<String, List<Person>> byName, Map<String, List<Person>> bySurname,
                  Set<String> familyNameFirst) {
        this.countries = Map.copyOf(countries);
        this.institutions = Map.copyOf(institutions);
        this.people = List.copyOf(people);
        this.byName = Map.copyOf(byName);
        this.bySurname = Map.copyOf(bySurname);
        this.familyNameFirst = Set.copyOf(familyNameFirst);
    }

    /** The built-in knowledge base, loaded once. Fails, naming the file and line, if a bundled file is wrong. */
    public static KnowledgeBase builtIn() {
        return BuiltIn.INSTANCE;
    }

    private static final class BuiltIn {
        static final KnowledgeBase INSTANCE = KbLoader.builtIn().knowledgeBase();
    }

    /** The state with this ISO code. */
    public Optional<Country> country(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(countries.get(code));
    }

    /** Every state, in no particular order. */
    public Collection<Country> countries() {
        return countries.values();
    }

    /** The institution with this code. */
    public Optional<Institution> institution(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(institutions.get(code));
    }

    /** Every institution, in no particular order. */
    public Collection<Institution> institutions() {
        return institutions.values();
    }

    /** Every person, in the order read. */
    public List<Person> people() {
        return people;
    }

    /** Whether {@code code} is a state's or an institution's code. */
    public boolean knows(String code) {
        return countries.containsKey(code) || institutions.containsKey(code);
    }

    /** The people whose full name or a spelling of it is {@code name}, compared by {@link Names#loose}. */
    public List<Person> personsNamed(String name) {
        return byName.getOrDefault(Names.loose(name), List.of());
    }

    /** The people whose family name is {@code surname} ("Stoltenberg", "von der Leyen", "Xi"). */
    public List<Person> personsWithSurname(String surname) {
        return bySurname.getOrDefault(Names.loose(surname), List.of());
    }

    /** Whether names of this state's people put the family name first in English news ("Xi Jinping"). */
    public boolean familyNameFirst(String country) {
        return familyNameFirst.contains(country);
    }

    /**
     * The office a person held on {@code day}, as the article of that day should present it.
     *
     * <ul>
     *   <li>the term held that day (the most recently begun, when several were);</li>
     *   <li>else the last term that had ended, as a former office;</li>
     *   <li>with no day: the term begun last, as if held.</li>
     * </ul>
     * Empty when the person took every office after {@code day}.
     */
    public Optional<Held> officeOn(Person p, LocalDate day) {
        if (p.terms().isEmpty()) {
            return Optional.empty();
        }
        if (day == null) {
            return Optional.of(new Held(p.latest(), false));
        }
        List<Term> on = p.termsOn(day);
        if (!on.isEmpty()) {
            return Optional.of(new Held(on.get(on.size() - 1), false));
        }
        Term last = p.lastEndedBefore(day);
        return last == null ? Optional.empty() : Optional.of(new Held(last, true));
    }

    /**
     * An office as of a day.
     *
     * @param term   the term
     * @param former whether it had ended by that day
     */
    public record Held(Term term, boolean former) {

        /** The title to give: the office, with "former" in front for an ended term. */
        public String title() {
            return former ? "former " + term.office() : term.office();
        }
    }
}
