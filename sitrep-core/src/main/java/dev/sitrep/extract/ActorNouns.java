package dev.sitrep.extract;

import dev.sitrep.kb.Institution;
import dev.sitrep.kb.KnowledgeBase;
import dev.sitrep.model.Sector;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * The nouns that name a state's bodies ("defence ministry", "border guard") and groups of its people ("forces",
 * "farmers"), from the checked list {@code lexicon/actor-nouns.tsv}, each with its type and sector; and which
 * institution of the knowledge base is a state's body of a type ("the Ukrainian Defence Ministry" is UKR-MOD).
 * Immutable and thread-safe.
 */
final class ActorNouns {

    private static final String RESOURCE = "lexicon/actor-nouns.tsv";
    private static final Set<String> KINDS = Set.of("body", "group");

    /** What a phrase names. */
    record Noun(String phrase, boolean body, String type, Sector sector) {
    }

    /** A phrase found in words, and how many words it covers. */
    record Match(Noun noun, int length) {
    }

    private final Node root = new Node();
    private final Map<String, Institution> byStateAndType = new HashMap<>();

    ActorNouns(KnowledgeBase kb) {
        for (String[] row : WordList.read(RESOURCE, 4)) {
            WordList.check(RESOURCE, row[0], row[1], KINDS);
            Sector sector;
            try {
                sector = Sector.of(row[3]);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(RESOURCE + ": '" + row[0] + "': " + e.getMessage(), e);
            }
            Node n = root;
            for (String w : row[0].split(" ")) {
                n = n.children.computeIfAbsent(w, k -> new Node());
            }
            n.noun = new Noun(row[0], row[1].equals("body"), row[2], sector);
        }
        for (Institution i : kb.institutions()) {
            if (i.country() == null || !i.sector().isState() && i.sector() != Sector.OPP) {
                continue;
            }
            for (String form : concat(i.name(), i.variants())) {
                Match m = within(form);
                if (m != null && m.noun().body()) {
                    byStateAndType.putIfAbsent(i.country() + "|" + m.noun().type(), i);
                    break;
                }
            }
        }
    }

    /** The longest phrase that starts at {@code from} (words in any case), or null. */
    Match at(IntFunction<String> words, int from) {
        Node n = root;
        Match best = null;
        for (int i = from; ; i++) {
            String w = words.apply(i);
            if (w == null) {
                break;
            }
            n = n.children.get(w.toLowerCase(Locale.ROOT));
            if (n == null) {
                break;
            }
            if (n.noun != null) {
                best = new Match(n.noun, i - from + 1);
            }
        }
        return best;
    }

    /** The longest phrase anywhere in a name ("Ministry of Defence of Ukraine" holds "ministry of defence"), or null. */
    Match within(String name) {
        String[] words = name.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("\\s+");
        Match best = null;
        for (int i = 0; i < words.length; i++) {
            final int start = i;
            Match m = at(k -> k < words.length ? words[k] : null, start);
            if (m != null && (best == null || m.length() > best.length())) {
                best = m;
            }
        }
        return best;
    }

    /** The sector a name of a body or group tells ("Russian forces" military), or null. */
    Sector sectorOf(String name) {
        Match m = within(name);
        return m == null ? null : m.noun().sector();
    }

    /** The knowledge base's institution that is {@code country}'s body of this type, or null. */
    Institution institution(String country, String type) {
        return byStateAndType.get(country + "|" + type);
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> out = new java.util.ArrayList<>(rest.size() + 1);
        out.add(first);
        out.addAll(rest);
        return out;
    }

    private static final class Node {
        final Map<String, Node> children = new HashMap<>(4);
        Noun noun;
    }
}
