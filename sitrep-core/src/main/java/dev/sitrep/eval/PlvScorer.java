package dev.sitrep.eval;

import dev.sitrep.events.Cameo;
import dev.sitrep.model.Article;
import dev.sitrep.model.Entity;
import dev.sitrep.model.EntityRef;
import dev.sitrep.model.Event;
import dev.sitrep.model.EventMode;
import dev.sitrep.model.EventType;
import dev.sitrep.model.Span;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Scores the events Sitrep codes from one PLV sentence against the record's marked source, target and type.
 *
 * <p><b>Type.</b> As {@link EventScorer} counts it: the set of the sentence's event types (read as
 * {@link Cameo#withoutModes} reads them) against the gold type; micro and per-type precision, recall and F1.
 * PLV's YIELD is CAMEO's root 08, which PLOVER splits into CONCEDE and RETREAT: a predicted RETREAT is read as
 * CONCEDE.
 *
 * <p><b>Triple.</b> A record is a triple match when some event of the gold type has a source actor with a
 * mention that overlaps a marked source phrase and a target actor with a mention that overlaps a marked target
 * phrase; a role the record does not mark (no target, or a passive's source) asks nothing. It is a
 * <em>source</em> match when an event of the gold type has the source alone; {@link EventScores#exactTriples()} holds the triple matches and
 * {@link EventScores#lenientTriples()} the source matches. Actors are compared by where the text names them,
 * not by code, so the figure does not depend on the knowledge base's codes agreeing with an annotator's.
 */
public final class PlvScorer {

    /**
     * Scores {@code system}, the analysis of {@code gold}'s sentence, against {@code gold}.
     *
     * @throws IllegalArgumentException when the article's text is not the record's sentence
     */
    public EventScores score(Article system, PlvRecord gold) {
        if (!system.text().equals(gold.text())) {
            throw new IllegalArgumentException("article " + system.id() + " is not the sentence of record "
                    + gold.id());
        }
        Map<String, Entity> entities = new HashMap<>();
        system.entities().forEach(e -> entities.put(e.id(), e));
        Set<EventType> predicted = EnumSet.noneOf(EventType.class);
        Map<EventMode, Integer> modes = new EnumMap<>(EventMode.class);
        boolean triple = false;
        boolean source = false;
        for (Event e : system.events()) {
            EventType t = asPlv(e);
            predicted.add(t);
            modes.merge(e.mode(), 1, Integer::sum);
            if (t == gold.type() && names(e.source(), gold.sources(), entities)) {
                source = true;
                triple |= names(e.target(), gold.targets(), entities);
            }
        }
        Map<EventType, MatchCounts> types = new EnumMap<>(EventType.class);
        for (EventType t : predicted) {
            int hit = t == gold.type() ? 1 : 0;
            types.put(t, new MatchCounts(hit, 1, hit, hit));
        }
        types.putIfAbsent(gold.type(), new MatchCounts(1, 0, 0, 0));
        return new EventScores(1, types, triple ? 1 : 0, source ? 1 : 0, modes,
                findings(gold, system, predicted, triple, source));
    }

    /** The event's type as PLV labels it: without modes, RETREAT as CONCEDE (PLV's YIELD). */
    static EventType asPlv(Event e) {
        EventType t = Cameo.withoutModes(e);
        return t == EventType.RETREAT ? EventType.CONCEDE : t;
    }

    /** Whether one of {@code actors} has a mention that overlaps one of {@code phrases}, or none is marked. */
    private static boolean names(List<EntityRef> actors, List<Span> phrases, Map<String, Entity> entities) {
        if (phrases.isEmpty()) {
            return true;
        }
        for (EntityRef r : actors) {
            Entity e = entities.get(r.entity());
            if (e != null && e.mentions().stream().anyMatch(m -> phrases.stream()
                    .anyMatch(p -> m.start() < p.end() && p.start() < m.end()))) {
                return true;
            }
        }
        return false;
    }

    private static List<EventFinding> findings(PlvRecord gold, Article system, Set<EventType> predicted,
                                               boolean triple, boolean source) {
        String goldEvent = gold.type() + " [" + gold.sourceText() + "] -> [" + gold.targetText() + "]";
        String systemEvents = system.events().isEmpty() ? "none" : system.events().stream()
                .map(PlvScorer::render).collect(Collectors.joining("; "));
        List<EventFinding> findings = new ArrayList<>();
        if (!predicted.contains(gold.type())) {
            findings.add(new EventFinding(gold.id(), EventFinding.Kind.FN, gold.type(), goldEvent, systemEvents, "",
                    gold.text()));
        } else if (!triple) {
            findings.add(new EventFinding(gold.id(), EventFinding.Kind.ACTORS, gold.type(), goldEvent,
                    systemEvents, source ? "source right" : "", gold.text()));
        }
        for (EventType t : predicted) {
            if (t != gold.type()) {
                findings.add(new EventFinding(gold.id(), EventFinding.Kind.FP, t, goldEvent, systemEvents, "",
                        gold.text()));
            }
        }
        return findings;
    }

    private static String render(Event e) {
        return asPlv(e) + " [" + actors(e.source()) + "] -> [" + actors(e.target()) + "]"
                + (e.mode() == EventMode.ASSERTED ? "" : " (" + e.mode().name().toLowerCase(Locale.ROOT) + ")");
    }

    private static String actors(List<EntityRef> refs) {
        return refs.isEmpty() ? "-" : refs.stream().map(EntityRef::name).collect(Collectors.joining(", "));
    }
}
