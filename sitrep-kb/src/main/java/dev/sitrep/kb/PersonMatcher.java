package dev.sitrep.kb;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which person of the knowledge base a name in an article means, if any, from what the article offers: the
 * name (full, or the family name alone), the article's date, the states and organisations it names, and the title
 * and affiliation its text gives the person. Pure and thread-safe.
 *
 * <p>A full name is taken when one person of that name fits best. A family name alone is riskier ("Johnson"), so it
 * is taken only for someone in office on the article's date (any date when the article has none), and only when
 * nobody else of that family name fits as well.
 */
public final class PersonMatcher {

    private final KnowledgeBase kb;

    public PersonMatcher(KnowledgeBase kb) {
        this.kb = kb;
    }

    /**
     * What the article says around a name.
     *
     * @param name        the name as the article gives it at its fullest ("Jens Stoltenberg", "Stoltenberg")
     * @param day         the article's date, or null
     * @param named       codes of the states and organisations the article names
     * @param title       a title the text gives the person, or null
     * @param affiliation the state or organisation the text says the person serves, or null
     */
    public record Context(String name, LocalDate day, Set<String> named, String title, String affiliation) {
        public Context {
            named = Set.copyOf(named);
        }
    }

    /**
     * A person found, and the office to give them as of the article's date.
     *
     * @param person the person
     * @param office the office held that day, or the last one held before it ({@code former}); empty when every
     *               office came later
     */
    public record Match(Person person, Optional<KnowledgeBase.Held> office) {
    }

    /** The person the name means, or empty when none or several fit. */
    public Optional<Match> match(Context c) {
        String name = c.name().strip();
        boolean fullName = name.split("\\s+").length >= 2 && !startsWithParticle(name);
        List<Person> candidates = new ArrayList<>(fullName ? kb.personsNamed(name) : kb.personsWithSurname(name));
        if (candidates.isEmpty() && fullName) {
            String[] words = name.split("\\s+");
            if (words.length >= 3) {
                // "Recep Tayyip Erdogan" known as "Tayyip Erdogan", or the other way round
                candidates.addAll(kb.personsNamed(words[0] + " " + words[words.length - 1]));
                candidates.addAll(kb.personsNamed(words[words.length - 2] + " " + words[words.length - 1]));
            }
        }
        boolean byFamilyName = !fullName;
        if (candidates.isEmpty() && fullName) {
            // "Kassym-Zhomart Tokayev" for "Kassym-Jomart Tokayev": the family name, and a given name that starts alike;
            // as unsure as a family name alone
            String[] words = name.split("\\s+");
            String given = Names.loose(words[0]);
            for (Person p : kb.personsWithSurname(words[words.length - 1])) {
                if (alike(given, Names.loose(p.name().split("\\s+")[0]))) {
                    candidates.add(p);
                }
            }
            byFamilyName = true;
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        candidates = new ArrayList<>(new LinkedHashSet<>(candidates));
        if (c.affiliation() != null) {
            List<Person> serving = candidates.stream()
                    .filter(p -> p.terms().stream().anyMatch(t -> serves(t, c.affiliation()))).toList();
            if (!serving.isEmpty()) {
                candidates = new ArrayList<>(serving);
            } else if (byFamilyName) {
                // "Ukraine's Kuleba" cannot be a Kuleba who never served Ukraine
                return Optional.empty();
            }
        }
        Person best = null;
        int bestScore = Integer.MIN_VALUE;
        boolean tie = false;
        for (Person p : candidates) {
            int s = score(p, c, !byFamilyName);
            if (s > bestScore) {
                best = p;
                bestScore = s;
                tie = false;
            } else if (s == bestScore) {
                tie = true;
            }
        }
        if (best == null || tie || bestScore < 0) {
            return Optional.empty();
        }
        return Optional.of(new Match(best, office(best, c)));
    }

    /** Points for fitting the article: in office on its date, serving a state it names, holding the title it says. */
    private int score(Person p, Context c, boolean fullName) {
        boolean active = c.day() == null || !p.termsOn(c.day()).isEmpty();
        if (!fullName && !active) {
            return -1;
        }
        int s = active ? 4 : p.lastEndedBefore(c.day()) != null ? 1 : 0;
        for (Term t : p.terms()) {
            if (c.named().contains(t.of()) || kb.institution(t.of())
                    .map(i -> i.country() != null && c.named().contains(i.country())).orElse(false)) {
                s += 2;
                break;
            }
        }
        if (c.title() != null && p.terms().stream().anyMatch(t -> sameTitle(t.office(), c.title()))) {
            s += 2;
        }
        return s;
    }

    /** The office to show: the one the text's title or affiliation points at, else the one of the date. */
    private Optional<KnowledgeBase.Held> office(Person p, Context c) {
        Optional<KnowledgeBase.Held> held = kb.officeOn(p, c.day());
        if (c.day() != null) {
            List<Term> on = p.termsOn(c.day());
            for (Term t : on) {
                if (c.title() != null && sameTitle(t.office(), c.title())
                        || c.affiliation() != null && serves(t, c.affiliation())) {
                    return Optional.of(new KnowledgeBase.Held(t, false));
                }
            }
        }
        return held;
    }

    private boolean serves(Term t, String affiliation) {
        return t.of().equals(affiliation)
                || kb.institution(t.of()).map(i -> affiliation.equals(i.country())).orElse(false);
    }

    /**
     * Whether two given names are one name spelled otherwise ("Kassym-Zhomart" and "Kassym-Jomart", "Volodymyr" and
     * "Vladimir"), not two names with one initial ("Sartaj" and "Shaukat"): the same first letter, and an edit
     * distance of at most half the longer name.
     */
    static boolean alike(String a, String b) {
        if (a.isEmpty() || b.isEmpty() || a.charAt(0) != b.charAt(0)) {
            return false;
        }
        return 2 * distance(a, b) <= Math.max(a.length(), b.length());
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** Whether an office and a title share their head word: "Foreign Minister" and "minister of foreign affairs". */
    static boolean sameTitle(String office, String title) {
        String o = head(office);
        String t = Names.fold(title);
        return !o.isEmpty() && (" " + t + " ").contains(" " + o + " ");
    }

    private static String head(String office) {
        String f = Names.fold(office).replaceAll("^acting ", "");
        int of = f.indexOf(" of ");
        if (of > 0) {
            f = f.substring(0, of);
        }
        String[] w = f.split(" ");
        return w[w.length - 1].toLowerCase(Locale.ROOT);
    }

    private static boolean startsWithParticle(String name) {
        return !name.isEmpty() && Character.isLowerCase(name.charAt(0));
    }
}
