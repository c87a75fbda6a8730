package dev.sitrep.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A cheap guess whether a text is English: the share of its words that are common English function words. English
 * news has 35-50%; German, Spanish or French text a few percent. Texts shorter than {@link #MIN_WORDS} words are
 * not judged and pass. Words that are also common in other European languages ({@code a}, {@code in}, {@code an},
 * {@code die}, {@code no}, {@code also}, ...) are left out of the list. Ingest does not reject by language; the pipeline decides.
 */
public final class LanguageCheck {

    /** Below this many words a text passes unjudged. */
    public static final int MIN_WORDS = 40;

    /** The least share of function words a judged text needs to look English. */
    public static final double MIN_SHARE = 0.08;

    private static final Set<String> FUNCTION_WORDS = Set.of(
            "the", "of", "and", "to", "is", "it", "that", "for", "with", "on", "as", "by", "at", "be", "this",
            "from", "have", "has", "had", "are", "was", "were", "not", "but", "or", "they", "which", "his", "her",
            "she", "he", "their", "we", "you", "will", "would", "can", "could", "should", "been", "its", "who",
            "after", "about", "into", "than", "there", "them", "these", "those", "what", "when", "where", "while",
            "if", "our", "your", "my", "him", "us", "any", "all", "some", "more", "most", "other", "such", "only",
            "over", "under", "between", "against", "during", "before", "because", "since", "until", "through",
            "both", "each", "very", "just", "then", "up", "out", "off", "do", "does", "did", "may", "might",
            "must", "being", "how", "why", "whom", "whose", "here", "now", "however", "although", "though",
            "without", "within", "upon", "across", "among", "many", "whether");

    private LanguageCheck() {
    }

    /** Whether {@code text} looks English, or is too short to tell. */
    public static boolean looksEnglish(String text) {
        return reason(text).isEmpty();
    }

    /** Why {@code text} does not look English, or empty when it does or is too short to tell. */
    public static Optional<String> reason(String text) {
        int words = 0;
        int functionWords = 0;
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && Character.isLetter(text.charAt(i))) {
                i++;
            }
            words++;
            if (FUNCTION_WORDS.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
                functionWords++;
            }
        }
        if (words < MIN_WORDS || functionWords >= MIN_SHARE * words) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT,
                "only %d of %d words (%.1f%%) are common English function words; English text has at least %.0f%%",
                functionWords, words, 100.0 * functionWords / words, 100 * MIN_SHARE));
    }
}
