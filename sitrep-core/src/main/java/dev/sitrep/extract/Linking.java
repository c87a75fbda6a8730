package dev.sitrep.extract;

import dev.sitrep.nlp.NlpDocument;
import java.util.List;
import java.util.Map;

/** Mentions and the entities they were linked to, for the stages after entity linking. */
final class Linking {

    final NlpDocument doc;
    final List<Mention> mentions;
    final List<EntityBuilder> entities;
    final Map<Mention, EntityBuilder> link;

    Linking(NlpDocument doc, List<Mention> mentions, List<EntityBuilder> entities, Map<Mention, EntityBuilder> link) {
        this.doc = doc;
        this.mentions = mentions;
        this.entities = entities;
        this.link = link;
    }

    /** The mention starting exactly at token {@code index}, or null. */
    Mention mentionStartingAt(int index) {
        for (Mention m : mentions) {
            if (m.from() == index) {
                return m;
            }
            if (m.from() > index) {
                break;
            }
        }
        return null;
    }

    /** The mention ending exactly at token {@code index} (inclusive), or null; prefers the longest. */
    Mention mentionEndingAt(int index) {
        Mention best = null;
        for (Mention m : mentions) {
            if (m.to() - 1 == index && (best == null || m.length() > best.length())) {
                best = m;
            }
        }
        return best;
    }
}
