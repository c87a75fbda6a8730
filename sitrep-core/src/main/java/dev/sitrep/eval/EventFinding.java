package dev.sitrep.eval;

import dev.sitrep.model.EventType;
import java.util.Objects;

/**
 * One event scoring error, for debugging, printed on one line that starts with the kind and the type so that
 * {@code grep '^FN ASSAULT'} finds every missed assault:
 * {@code FN ASSAULT PLOVER-GSR01-FIGHT-0002 gold: ASSAULT VNM -> KHM | system: none | Vietnamese-led forces...}.
 *
 * @param recordId the gold record
 * @param kind     what went wrong
 * @param type     the event type in question: the gold type for {@link Kind#FN} and {@link Kind#ACTORS}, the
 *                 predicted one for {@link Kind#FP}
 * @param gold     the gold event, as {@code TYPE SOURCES -> TARGETS}
 * @param system   every event predicted for the sentence, likewise, or {@code none}
 * @param note     more about the error, or empty
 * @param sentence the sentence
 */
public record EventFinding(String recordId, Kind kind, EventType type, String gold, String system, String note,
                           String sentence) {

    /** The kinds of event scoring error. */
    public enum Kind {
        /** The gold type is not among the types predicted for the sentence. */
        FN,
        /** A type predicted for the sentence that is not the gold type. */
        FP,
        /** The gold type is predicted, but no event of that type has exactly the gold source and target codes. */
        ACTORS
    }

    public EventFinding {
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(note, "note");
        sentence = sentence.strip().replaceAll("\\s+", " ");
    }

    @Override
    public String toString() {
        return kind + " " + type + " " + recordId + " gold: " + gold + " | system: " + system
                + (note.isEmpty() ? "" : " (" + note + ")") + " | " + sentence;
    }
}
