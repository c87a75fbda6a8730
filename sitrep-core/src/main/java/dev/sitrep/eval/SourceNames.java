package dev.sitrep.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Words of a speaker's name or of a gold source, and whether a gold source names someone. A source is
 * <em>named</em> when one of its words starts with an upper-case letter and is not an article, a pronoun or a
 * function word that starts a sentence ("The", "He", "Officials", ...): "Retired Lt. Gen. Michael Flynn" and
 * "the Clinton campaign" are named, "he" and "Officials familiar with the talks" are not.
 */
final class SourceNames {

    private static final Set<String> NOT_NAMES = Set.of(
            "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "me",
            "his", "its", "their", "our", "my", "your", "who", "whom", "whose", "which", "what",
            "this", "that", "these", "those", "some", "many", "most", "several", "few", "both", "all", "each",
            "other", "others", "another", "someone", "somebody", "everyone", "nobody",
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds",
            "officials", "official", "sources", "source", "aides", "advisers", "experts", "analysts", "critics",
            "supporters", "people", "and", "but", "or", "so", "yet", "as", "if", "when", "while", "after",
            "before", "in", "on", "at", "for", "according", "also", "still", "then", "there");

    private static final Set<String> NAME_SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

    private SourceNames() {}

    /** Whether {@code sourceText} names someone: see the class comment. */
    static boolean isNamed(String sourceText) {
        return words(sourceText).stream()
                .anyMatch(w -> Character.isUpperCase(w.codePointAt(0)) && !NOT_NAMES.contains(lower(w)));
    }

    /** The last word of a canonical name, lower-cased, skipping suffixes like "Jr."; null when there is none. */
    static String lastName(String name) {
        List<String> words = words(name);
        for (int i = words.size() - 1; i >= 0; i--) {
            if (!NAME_SUFFIXES.contains(lower(words.get(i)))) {
                return lower(words.get(i));
            }
        }
        return null;
    }

    /** Whether {@code word} (any case) is one of the words of {@code text}. */
    static boolean containsWord(String text, String word) {
        return words(text).stream().anyMatch(w -> lower(w).equals(word.toLowerCase(Locale.ROOT)));
    }

    /**
     * Words: runs of letters, digits, hyphens and apostrophes, without leading or trailing apostrophes and
     * hyphens and without a possessive {@code 's}.
     */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c) || isApostrophe(c) || c == '-') {
                word.append(c);
            } else if (!word.isEmpty()) {
                String w = trim(word.toString());
                if (!w.isEmpty()) {
                    words.add(w);
                }
                word.setLength(0);
            }
        }
        return words;
    }

    private static String trim(String w) {
        int len = w.length();
        if (len > 2 && isApostrophe(w.charAt(len - 2)) && (w.charAt(len - 1) == 's' || w.charAt(len - 1) == 'S')) {
            w = w.substring(0, len - 2);
        }
        int start = 0;
        int end = w.length();
        while (start < end && !Character.isLetterOrDigit(w.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(w.charAt(end - 1))) {
            end--;
        }
        return w.substring(start, end);
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }

    private static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }
}
