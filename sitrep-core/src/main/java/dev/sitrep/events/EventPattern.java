package dev.sitrep.events;

import dev.sitrep.model.EventType;
import java.util.List;
import java.util.Set;

/**
 * One line of the event lexicon: a trigger and what it means.
 *
 * @param name           unique name, reported with every event the pattern produces
 * @param type           the PLOVER event type
 * @param cameo          the closest CAMEO code
 * @param nominal        true for an event noun ("buildup"), false for a verb
 * @param words          the trigger, lower case: for a verb its lemma then words that must follow it; for a noun
 *                       words that must precede it, then its lemma
 * @param objects        lemmas of which one must head or modify the object; empty when any object will do
 * @param targets        where to look for the target, in order: {@code obj} or a preposition
 * @param targetRequired whether the pattern applies only when a target is found
 */
record EventPattern(
        String name,
        EventType type,
        String cameo,
        boolean nominal,
        List<String> words,
        Set<String> objects,
        List<String> targets,
        boolean targetRequired) {

    /** The word a lookup starts from: a verb's lemma, or a noun's lemma (the last word). */
    String key() {
        return nominal ? words.get(words.size() - 1) : words.get(0);
    }

    boolean needsObject() {
        return !objects.isEmpty();
    }
}
