package dev.sitrep.kb;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A person the knowledge base knows, with every spelling of the name and every term of office, oldest first.
 *
 * @param id       a stable id: a Wikidata id ({@code Q7747}) when known, else {@code kb:} and the folded name
 * @param name     the canonical full name
 * @param variants other spellings of the full name
 * @param terms    the offices held, ordered by start
 */
public record Person(String id, String name, List<String> variants, List<Term> terms) {

    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        variants = List.copyOf(variants);
        List<Term> sorted = new ArrayList<>(terms);
        sorted.sort(Comparator.comparing(Term::from));
        terms = List.copyOf(sorted);
    }

    /** The terms held on {@code day}. */
    public List<Term> termsOn(LocalDate day) {
        return terms.stream().filter(t -> t.heldOn(day)).toList();
    }

    /** The most recent term that had ended before {@code day}, or null. */
    public Term lastEndedBefore(LocalDate day) {
        Term last = null;
        for (Term t : terms) {
            if (t.endedBefore(day) && (last == null || t.to().compareTo(last.to()) > 0)) {
                last = t;
            }
        }
        return last;
    }

    /** The term that started last, or null for a person without terms. */
    public Term latest() {
        return terms.isEmpty() ? null : terms.get(terms.size() - 1);
    }

    /** Whether every term is an office of {@code of}. */
    public boolean servesOnly(String of) {
        return !terms.isEmpty() && terms.stream().allMatch(t -> t.of().equals(of));
    }
}
