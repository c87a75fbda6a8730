package dev.sitrep.eval;

import dev.sitrep.events.Cameo;
import dev.sitrep.model.Article;
import dev.sitrep.model.Event;
import dev.sitrep.model.EventMode;
import dev.sitrep.model.EventType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Scores the events Sitrep codes from one gold sentence against the one gold event of its record. Events of
 * every mode (asserted, future, negated, hypothetical) count alike; modes are only tallied.
 *
 * <p><b>Type.</b> Each event is read as CAMEO-derived data without modes reads it ({@link Cameo#withoutModes}):
 * an announced visit is AGREE, a planned sanction THREATEN, a refused meeting REJECT, as the gold records code
 * them. The types of the sentence's events form a set, the gold type a set of one. Each predicted type
 * is a true positive when it is the gold type, else a false positive; a gold type not predicted is a false
 * negative. Two events of one type count once. Summed over sentences this gives micro precision, recall and F1,
 * and per type the same counts restricted to that type.
 *
 * <p><b>Full triple.</b> A gold record agrees <em>exactly</em> when some predicted event has the gold type, and
 * its source code set equals the gold source code set, and its target code set equals the gold target code set.
 * Predicted codes are mapped by {@link ActorCodes}; an actor without a code is left out of its set; a gold
 * {@code ""} or null is the empty set. It agrees <em>leniently</em> when some event of the gold type has, for
 * source and target each, a code set that shares a code with the gold's or is empty like it.
 */
public final class EventScorer {

    private final ActorCodes codes;

    public EventScorer(ActorCodes codes) {
        this.codes = Objects.requireNonNull(codes, "codes");
    }

    /**
     * Scores {@code system}, the analysis of {@code gold}'s sentence, against {@code gold}.
     *
     * @throws IllegalArgumentException when the article's text is not the record's sentence
     */
    public EventScores score(Article system, GoldEvent gold) {
        if (!system.text().equals(gold.text())) {
            throw new IllegalArgumentException("article " + system.id() + " is not the sentence of gold record "
                    + gold.id());
        }
        List<Event> events = system.events();
        Set<EventType> predicted = EnumSet.noneOf(EventType.class);
        Map<EventMode, Integer> modes = new EnumMap<>(EventMode.class);
        for (Event e : events) {
            predicted.add(Cameo.withoutModes(e));
            modes.merge(e.mode(), 1, Integer::sum);
        }
        Map<EventType, MatchCounts> types = new EnumMap<>(EventType.class);
        for (EventType t : predicted) {
            int hit = t == gold.type() ? 1 : 0;
            types.put(t, new MatchCounts(hit, 1, hit, hit));
        }
        types.putIfAbsent(gold.type(), new MatchCounts(1, 0, 0, 0));
        boolean exact = events.stream().anyMatch(e -> Cameo.withoutModes(e) == gold.type()
                && codes.toGold(e.source()).equals(gold.sourceCodes())
                && codes.toGold(e.target()).equals(gold.targetCodes()));
        boolean lenient = events.stream().anyMatch(e -> Cameo.withoutModes(e) == gold.type()
                && agree(codes.toGold(e.source()), gold.sourceCodes())
                && agree(codes.toGold(e.target()), gold.targetCodes()));
        return new EventScores(1, types, exact ? 1 : 0, lenient ? 1 : 0, modes,
                findings(gold, events, predicted, exact, lenient));
    }

    private List<EventFinding> findings(GoldEvent gold, List<Event> events, Set<EventType> predicted,
                                        boolean exact, boolean lenient) {
        String goldEvent = render(gold.type(), gold.sourceCodes(), gold.targetCodes(), EventMode.ASSERTED);
        String systemEvents = events.isEmpty() ? "none" : events.stream()
                .map(e -> render(Cameo.withoutModes(e), codes.toGold(e.source()), codes.toGold(e.target()),
                        e.mode()))
                .collect(Collectors.joining("; "));
        List<EventFinding> findings = new ArrayList<>();
        if (!predicted.contains(gold.type())) {
            findings.add(new EventFinding(gold.id(), EventFinding.Kind.FN, gold.type(), goldEvent, systemEvents, "",
                    gold.text()));
        } else if (!exact) {
            findings.add(new EventFinding(gold.id(), EventFinding.Kind.ACTORS, gold.type(), goldEvent,
                    systemEvents, lenient ? "lenient match" : "", gold.text()));
        }
        for (EventType t : predicted) {
            if (t != gold.type()) {
                findings.add(new EventFinding(gold.id(), EventFinding.Kind.FP, t, goldEvent, systemEvents, "",
                        gold.text()));
            }
        }
        return findings;
    }

    /** The lenient rule for one role: the sets share a code, or both are empty. */
    private static boolean agree(Set<String> system, Set<String> gold) {
        return system.isEmpty() && gold.isEmpty() || !Collections.disjoint(system, gold);
    }

    /** {@code ASSAULT ISR -> LBN+PSE}, {@code -} for an empty set, the mode in brackets unless asserted. */
    private static String render(EventType type, Set<String> source, Set<String> target, EventMode mode) {
        return type + " " + codes(source) + " -> " + codes(target)
                + (mode == EventMode.ASSERTED ? "" : " (" + mode.name().toLowerCase(Locale.ROOT) + ")");
    }

    private static String codes(Set<String> codes) {
        return codes.isEmpty() ? "-" : String.join("+", codes);
    }
}
