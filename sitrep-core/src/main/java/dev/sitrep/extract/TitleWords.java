package dev.sitrep.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The words of titles, from the checked list {@code lexicon/title-words.tsv}: heads, modifiers and body words. */
final class TitleWords {

    private static final String RESOURCE = "lexicon/title-words.tsv";
    private static final Set<String> KINDS = Set.of("head", "modifier", "body");
    static final TitleWords INSTANCE = new TitleWords();

    private final Map<String, Set<String>> byKind = new HashMap<>();

    private TitleWords() {
        for (String[] row : WordList.read(RESOURCE, 2)) {
            WordList.check(RESOURCE, row[0], row[1], KINDS);
            byKind.computeIfAbsent(row[1], k -> new HashSet<>()).add(row[0]);
        }
    }

    /** The words of one kind, immutable. */
    Set<String> words(String kind) {
        return Set.copyOf(byKind.getOrDefault(kind, Set.of()));
    }
}
