package dev.sitrep.eval;

import dev.sitrep.model.EventType;
import dev.sitrep.model.SourceDocument;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One gold-standard event record: a sentence and the one event coded from it.
 *
 * @param id          the record's id ({@code PLOVER-GSR01-AGREE-0002})
 * @param text        the sentence
 * @param markup      the sentence with the annotators' {@code (SRC: ...)}, {@code (EVT: ...)} and {@code (TAR: ...)}
 *                    marks, or null when the record has none
 * @param type        the event type, old PLOVER names already mapped to current ones
 * @param sourceCodes the source actors' codes, each once, in alphabetical order; empty when there is no source
 * @param targetCodes the target actors' codes, likewise
 * @param sourceTexts the source actors' words as the annotators wrote them
 * @param targetTexts the target actors' words
 */
public record GoldEvent(String id, String text, String markup, EventType type, SortedSet<String> sourceCodes,
                        SortedSet<String> targetCodes, List<String> sourceTexts, List<String> targetTexts) {

    /** The publication date every record is analysed with; the gold dates them all 2000-01-01. */
    public static final String DATE = "2000-01-01";

    public GoldEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        sourceCodes = codes(sourceCodes);
        targetCodes = codes(targetCodes);
        sourceTexts = List.copyOf(sourceTexts);
        targetTexts = List.copyOf(targetTexts);
    }

    /** The sentence as an article of its own, to analyse; {@code origin} says where it was read. */
    public SourceDocument document(String origin) {
        return new SourceDocument(id, null, null, null, DATE, text, origin);
    }

    /** An unmodifiable, alphabetically ordered copy. */
    static SortedSet<String> codes(Collection<String> codes) {
        return Collections.unmodifiableSortedSet(new TreeSet<>(codes));
    }
}
