package dev.sitrep.extract;

import dev.sitrep.kb.Institution;
import dev.sitrep.kb.KnowledgeBase;
import dev.sitrep.model.Sector;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The sector of a named organisation the knowledge base does not hold, read from its name: an international
 * organisation it is part of ("NATO-Ukraine Commission", "CSTO Collective Security Council" are NATO's and the
 * CSTO's), else the head word of the name ({@code lexicon/organisation-heads.tsv}: "Arbitral Tribunal" JUD,
 * "Collective Rapid Reaction Force" MIL).
 */
final class OrganisationHeads {

    private static final String RESOURCE = "lexicon/organisation-heads.tsv";

    private final Map<String, Sector> heads = new HashMap<>();
    /** International organisations (IGO) by their names and acronyms as written, for whole-word look-up. */
    private final Map<String, Institution> international = new HashMap<>();

    OrganisationHeads(KnowledgeBase kb) {
        for (String[] row : WordList.read(RESOURCE, 2)) {
            try {
                heads.put(row[0], Sector.of(row[1]));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(RESOURCE + ": '" + row[0] + "': " + e.getMessage(), e);
            }
        }
        for (Institution i : kb.institutions()) {
            if (!i.isInternational() || i.sector() != Sector.IGO) {
                continue;
            }
            international.putIfAbsent(i.name(), i);
            for (String v : i.variants()) {
                international.putIfAbsent(v, i);
            }
        }
    }

    /**
     * The international organisation whose name or acronym, as written, is a run of whole words of {@code name}
     * that is not all of it ("NATO-Ukraine Commission" holds NATO), or null.
     */
    Institution partOf(String name) {
        String s = name.replaceAll("[-\u2010\u2011]", " ").replaceAll("[^\\p{L}\\p{N}.&'\u2019 ]", " ").strip();
        String[] words = s.isEmpty() ? new String[0] : s.split("\\s+");
        for (int n = words.length - 1; n >= 1; n--) {
            for (int i = 0; i + n <= words.length; i++) {
                Institution igo = international.get(String.join(" ", List.of(words).subList(i, i + n)));
                if (igo != null) {
                    return igo;
                }
            }
        }
        return null;
    }

    /** The sector the head word of {@code name} tells, or null. */
    Sector headSector(String name) {
        String[] words = words(name);
        int head = words.length - 1;
        for (int i = 1; i < words.length; i++) {
            if (words[i].equals("of")) {
                head = i - 1;
                break;
            }
        }
        return head < 0 ? null : heads.get(words[head]);
    }

    private static String[] words(String name) {
        String s = name.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[-\u2010\u2011]", " ")
                .replaceAll("[^\\p{L}\\p{N}.&' ]", " ").strip();
        return s.isEmpty() ? new String[0] : s.split("\\s+");
    }
}
