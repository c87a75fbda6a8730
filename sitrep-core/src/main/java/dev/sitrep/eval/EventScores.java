package dev.sitrep.eval;

import dev.sitrep.model.EventMode;
import dev.sitrep.model.EventType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Event scores over one or more gold records; {@link #merge} adds up records. See {@link EventScorer} for what is
 * counted. The components are plain numbers and records, ready for a JSON writer.
 *
 * @param records        gold records scored
 * @param types          per event type: gold records of the type, sentences the type was predicted for, and
 *                       sentences where it was both (matched and recalled are the same number); every type has
 *                       an entry
 * @param exactTriples   gold records with a predicted event of the gold type whose source and target code sets
 *                       equal the gold's
 * @param lenientTriples gold records with a predicted event of the gold type whose source code set and target
 *                       code set each overlap the gold's or are empty like it
 * @param modes          predicted events by mode, for information (every mode has an entry)
 * @param findings       every error, record by record, for debugging
 */
public record EventScores(int records, Map<EventType, MatchCounts> types, int exactTriples, int lenientTriples,
                          Map<EventMode, Integer> modes, List<EventFinding> findings) {

    public EventScores {
        if (exactTriples < 0 || exactTriples > lenientTriples || lenientTriples > records) {
            throw new IllegalArgumentException("inconsistent triple counts " + exactTriples + "/" + lenientTriples
                    + "/" + records);
        }
        Map<EventType, MatchCounts> t = new EnumMap<>(EventType.class);
        for (EventType type : EventType.values()) {
            t.put(type, types.getOrDefault(type, MatchCounts.ZERO));
        }
        types = Collections.unmodifiableMap(t);
        Map<EventMode, Integer> m = new EnumMap<>(EventMode.class);
        for (EventMode mode : EventMode.values()) {
            m.put(mode, modes.getOrDefault(mode, 0));
        }
        modes = Collections.unmodifiableMap(m);
        findings = List.copyOf(findings);
    }

    /** Scores over no record, to merge into. */
    public static EventScores empty() {
        return new EventScores(0, Map.of(), 0, 0, Map.of(), List.of());
    }

    /**
     * The type scores over all sentences together (micro-averaged): gold is the number of records, system the
     * number of distinct types predicted per sentence summed over sentences, matched the sentences whose gold
     * type was predicted.
     */
    public MatchCounts micro() {
        return types.values().stream().reduce(MatchCounts.ZERO, MatchCounts::plus);
    }

    /** exactTriples / records, or 0 when there is no record. */
    public double exactTripleShare() {
        return records == 0 ? 0 : (double) exactTriples / records;
    }

    /** lenientTriples / records, or 0 when there is no record. */
    public double lenientTripleShare() {
        return records == 0 ? 0 : (double) lenientTriples / records;
    }

    /** The scores of these records and {@code other}'s together. */
    public EventScores merge(EventScores other) {
        Map<EventType, MatchCounts> t = new EnumMap<>(EventType.class);
        types.forEach((type, c) -> t.put(type, c.plus(other.types.get(type))));
        Map<EventMode, Integer> m = new EnumMap<>(EventMode.class);
        modes.forEach((mode, n) -> m.put(mode, n + other.modes.get(mode)));
        List<EventFinding> all = new ArrayList<>(findings);
        all.addAll(other.findings);
        return new EventScores(records + other.records, t, exactTriples + other.exactTriples,
                lenientTriples + other.lenientTriples, m, all);
    }

    /**
     * A plain-text table, one row per event type and one for all types, then the full-triple agreement and the
     * predicted events by mode. A ratio with nothing to divide by prints as {@code -}.
     */
    public String toTable() {
        StringBuilder out = new StringBuilder(typeTable());
        out.append(String.format(Locale.ROOT, "%nfull triple (gold type, source codes, target codes):%n"));
        out.append(String.format(Locale.ROOT, "  exact   (code sets equal):                %d / %d = %s%n",
                exactTriples, records, ratio(exactTripleShare(), records > 0)));
        out.append(String.format(Locale.ROOT, "  lenient (code sets overlap or both empty): %d / %d = %s%n",
                lenientTriples, records, ratio(lenientTripleShare(), records > 0)));
        out.append(String.format(Locale.ROOT, "%npredicted events by mode (not scored): %s%n",
                modes.entrySet().stream().map(e -> e.getKey().name().toLowerCase(Locale.ROOT) + " " + e.getValue())
                        .collect(Collectors.joining(", "))));
        return out.toString();
    }

    /** A plain-text table of the type scores: one row per event type and one for all types. */
    public String typeTable() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-11s %6s %6s %6s %6s %6s %6s%n",
                "type", "gold", "system", "tp", "P", "R", "F1"));
        types.forEach((type, c) -> out.append(row(type.name(), c)));
        out.append(row("all (micro)", micro()));
        return out.toString();
    }

    /** The findings, one per line, in record order. */
    public String toReport() {
        StringBuilder out = new StringBuilder();
        findings.forEach(f -> out.append(f).append('\n'));
        return out.toString();
    }

    private static String row(String label, MatchCounts c) {
        return String.format(Locale.ROOT, "%-11s %6d %6d %6d %6s %6s %6s%n", label, c.gold(), c.system(),
                c.matched(), ratio(c.precision(), c.system() > 0), ratio(c.recall(), c.gold() > 0),
                ratio(c.f1(), c.system() > 0 || c.gold() > 0));
    }

    private static String ratio(double value, boolean defined) {
        return defined ? String.format(Locale.ROOT, "%.3f", value) : "-";
    }
}
