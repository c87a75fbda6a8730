package dev.sitrep.model;

import java.util.Objects;

/**
 * A statement the article attributes to someone, quoted directly or reported indirectly.
 *
 * @param span        the quoted content without its quote marks
 * @param text        the content's characters
 * @param direct      true for words in quote marks, false for reported speech
 * @param speakerId   the speaking entity's id, or null when the article does not say who
 * @param speakerName the speaker's canonical name, or null
 * @param cue         the cue verb or phrase ("said", "according to"), or null
 * @param cueSpan     where the cue is, or null
 * @param speakerSpan the mention that names the speaker at this quote ("him", "the foreign minister"), or null
 */
public record Quote(
        Span span,
        String text,
        boolean direct,
        String speakerId,
        String speakerName,
        String cue,
        Span cueSpan,
        Span speakerSpan) {

    public Quote {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
    }
}
