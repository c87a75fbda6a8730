package dev.sitrep.model;

import java.util.List;
import java.util.Objects;

/**
 * A political event an article reports: who did what to whom, in which mode, when and where.
 *
 * @param type        the PLOVER event type
 * @param cameo       the closest CAMEO code
 * @param mode        asserted, future, negated or hypothetical
 * @param source      who acts; empty when the article does not say
 * @param target      who is acted on; empty when there is none or the article does not say
 * @param date        ISO-8601 date of the event (day, or month {@code 2022-01} or year when only those are known),
 *                    resolved against the article's date; null when the article has no date
 * @param location    where it happened, when the article says, else null
 * @param trigger     the words that express the event ("call on", "military buildup")
 * @param triggerSpan where the trigger is
 * @param span        the evidence: the clause the event is coded from
 * @param pattern     the name of the lexicon pattern that produced the event, for explanations
 */
public record Event(
        EventType type,
        String cameo,
        EventMode mode,
        List<EntityRef> source,
        List<EntityRef> target,
        String date,
        EntityRef location,
        String trigger,
        Span triggerSpan,
        Span span,
        String pattern) {

    public Event {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(mode, "mode");
        source = List.copyOf(source);
        target = List.copyOf(target);
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(triggerSpan, "triggerSpan");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(pattern, "pattern");
    }
}
