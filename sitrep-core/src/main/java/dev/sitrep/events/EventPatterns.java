package dev.sitrep.events;

import dev.sitrep.model.EventType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The event lexicon ({@code patterns.tsv}), indexed by trigger word. Immutable and safe to share. */
final class EventPatterns {

    static final String RESOURCE = "/dev/sitrep/events/patterns.tsv";

    private final List<EventPattern> all;
    private final Map<String, List<EventPattern>> verbs;
    private final Map<String, List<EventPattern>> nouns;

    private EventPatterns(List<EventPattern> all) {
        this.all = List.copyOf(all);
        Map<String, List<EventPattern>> v = new HashMap<>();
        Map<String, List<EventPattern>> n = new HashMap<>();
        for (EventPattern p : all) {
            (p.nominal() ? n : v).computeIfAbsent(p.key(), k -> new ArrayList<>()).add(p);
        }
        // Longer triggers first, then patterns that ask for an object: the most specific reading wins.
        Comparator<EventPattern> specific = Comparator.<EventPattern>comparingInt(p -> -p.words().size())
                .thenComparing(p -> !p.needsObject());
        v.replaceAll((k, list) -> list.stream().sorted(specific).toList());
        n.replaceAll((k, list) -> list.stream().sorted(specific).toList());
        this.verbs = Map.copyOf(v);
        this.nouns = Map.copyOf(n);
    }

    /** Loads the lexicon bundled with Sitrep. */
    static EventPatterns load() {
        try (InputStream in = EventPatterns.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static EventPatterns parse(BufferedReader reader, String origin) throws IOException {
        List<EventPattern> patterns = new ArrayList<>();
        Set<String> names = new HashSet<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            String where = origin + ":" + number;
            if (f.length != 7) {
                throw new IllegalStateException(where + ": expected 7 tab-separated columns, found " + f.length);
            }
            if (!names.add(f[0])) {
                throw new IllegalStateException(where + ": pattern name '" + f[0] + "' used twice");
            }
            EventType type;
            try {
                type = EventType.valueOf(f[1]);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(where + ": unknown event type '" + f[1] + "'", e);
            }
            if (!f[2].matches("[0-9]{2,4}")) {
                throw new IllegalStateException(where + ": CAMEO code '" + f[2] + "' is not 2 to 4 digits");
            }
            if (!f[3].equals("V") && !f[3].equals("N")) {
                throw new IllegalStateException(where + ": kind must be V or N, not '" + f[3] + "'");
            }
            Set<String> objects = f[5].equals("-") ? Set.of() : Set.of(f[5].split("\\|"));
            boolean required = f[6].startsWith("!");
            String targetList = required ? f[6].substring(1) : f[6];
            List<String> targets = targetList.equals("-") ? List.of() : List.of(targetList.split(","));
            for (String alternative : f[4].split("\\|")) {
                List<String> words = Arrays.asList(alternative.trim().split(" +"));
                patterns.add(new EventPattern(f[0], type, f[2], f[3].equals("N"), words, objects, targets,
                        required));
            }
        }
        return new EventPatterns(patterns);
    }

    /** Verb patterns whose first word is {@code lemma}, most specific first. */
    List<EventPattern> forVerb(String lemma) {
        return verbs.getOrDefault(lemma, List.of());
    }

    /** Noun patterns whose noun is {@code lemmaOrWord}, most specific first. */
    List<EventPattern> forNoun(String lemmaOrWord) {
        return nouns.getOrDefault(lemmaOrWord, List.of());
    }

    List<EventPattern> all() {
        return all;
    }
}
