package dev.sitrep.eval;

import dev.sitrep.model.Span;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One scoring error, for debugging: a missed gold attribution, a system quote without gold, or a recalled
 * attribution whose speaker is wrong. Prints as
 * {@code FN direct [412,530] "The most important..." (gold speaker: Melanie Joly)}.
 *
 * @param articleId the article
 * @param kind      what went wrong
 * @param category  the category of the quote or attribution in question
 * @param spans     where: the gold content or the system quote
 * @param snippet   the start of the text there
 * @param note      speakers and near-misses, or empty
 */
public record Finding(String articleId, Kind kind, QuoteCategory category, List<Span> spans, String snippet,
                      String note) {

    /** The kinds of scoring error. */
    public enum Kind {
        /** A gold attribution no system quote of its category matches. */
        FN,
        /** A system quote that matches no gold attribution of its category. */
        FP,
        /** A recalled gold attribution with a named source whose best-matching quote has the wrong speaker. */
        SPEAKER
    }

    public Finding {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(category, "category");
        spans = List.copyOf(spans);
        Objects.requireNonNull(snippet, "snippet");
        Objects.requireNonNull(note, "note");
    }

    /** At most {@code max} characters of {@code text}, white space collapsed, cut after a word with "...". */
    static String snippet(String text, int max) {
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= max) {
            return flat;
        }
        int space = flat.lastIndexOf(' ', max);
        return flat.substring(0, space > max / 2 ? space : max).stripTrailing() + "...";
    }

    @Override
    public String toString() {
        String where = spans.stream().map(s -> s.start() + "," + s.end()).collect(Collectors.joining(";", "[", "]"));
        return kind + " " + category.label() + " " + where + " \"" + snippet + "\"" + (note.isEmpty() ? ""
                : " (" + note + ")");
    }
}
