package dev.sitrep.eval;

import dev.sitrep.model.EventType;
import dev.sitrep.model.SourceDocument;
import dev.sitrep.model.Span;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One PLV record: a news sentence with a marked source and target phrase and the PLOVER type of what the source
 * did to the target.
 *
 * @param id         the record's id: {@code PLV-} and the sentence id, with {@code -2}, {@code -3} ... for the
 *                   second and later pairs of one sentence
 * @param sentenceId the sentence's id in the file; the split into tuning and checking parts is by this id, so
 *                   the pairs of one sentence stay in one part
 * @param text       the sentence
 * @param type       the gold type
 * @param sources    where the source phrase is in {@code text}: one span, or two when the sentence names the
 *                   source twice, or none when it leaves the source out (a passive)
 * @param targets    where the target phrase is, likewise; none when the sentence marks no target (the file then
 *                   gives the target as "a recipient")
 */
public record PlvRecord(String id, String sentenceId, String text, EventType type, List<Span> sources,
                        List<Span> targets) {

    public PlvRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sentenceId, "sentenceId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
        if (sources.isEmpty() && targets.isEmpty()) {
            throw new IllegalArgumentException(id + ": no phrase is marked");
        }
        if (Stream.concat(sources.stream(), targets.stream()).anyMatch(s -> s.end() > text.length())) {
            throw new IllegalArgumentException(id + ": a marked phrase ends after the sentence");
        }
    }

    /**
     * The sentence as an article of its own, to analyse; {@code origin} says where it was read. The file dates no
     * sentence, so the article is undated: the knowledge base gives a person's latest office.
     */
    public SourceDocument document(String origin) {
        return new SourceDocument(id, null, null, null, null, text, origin);
    }

    /** The words of the source phrases, {@code " | "} between two, {@code -} for none. */
    public String sourceText() {
        return words(sources);
    }

    /** The words of the target phrases, likewise. */
    public String targetText() {
        return words(targets);
    }

    private String words(List<Span> spans) {
        return spans.isEmpty() ? "-" : spans.stream().map(s -> text.substring(s.start(), s.end()))
                .collect(Collectors.joining(" | "));
    }
}
