package dev.sitrep.extract;

import dev.sitrep.kb.Country;
import dev.sitrep.kb.Institution;
import dev.sitrep.kb.KnowledgeBase;
import dev.sitrep.kb.Person;
import dev.sitrep.model.EntityType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The names the knowledge base knows, matched on token sequences, longest match first and case-sensitively (news is
 * properly cased; "US" is not "us"): states (names, aliases, demonyms, capitals, seats of government),
 * institutions, and the full names of the people it knows. Also the given names that tell a person's gender.
 *
 * <p>Built once from a {@link KnowledgeBase} and the bundled {@code gazetteer/given-names.tsv}; immutable and
 * thread-safe afterwards.
 */
public final class Gazetteer {

    private static final String GIVEN_NAMES = "gazetteer/given-names.tsv";

    private final KnowledgeBase kb;
    private final Node root = new Node();
    private final Map<String, EntityBuilder.Gender> givenNames = new HashMap<>();

    private Gazetteer(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** The gazetteer of the built-in knowledge base. Fails at start-up, with the file and line, if a file is bad. */
    public static Gazetteer load() {
        return of(KnowledgeBase.builtIn());
    }

    /** The gazetteer of a knowledge base: its states first, then its institutions, then its people. */
    public static Gazetteer of(KnowledgeBase kb) {
        Gazetteer g = new Gazetteer(kb);
        for (Country c : kb.countries()) {
            EntityType t = EntityType.COUNTRY;
            String code = c.code();
            g.add(c.name(), new GazetteerEntry(GazetteerEntry.Form.NAME, t, code, c.name(), code));
            for (String alias : c.aliases()) {
                g.add(alias, new GazetteerEntry(GazetteerEntry.Form.NAME, t, code, c.name(), code));
            }
            for (String demonym : c.demonyms()) {
                g.add(demonym, new GazetteerEntry(GazetteerEntry.Form.DEMONYM, t, code, c.name(), code));
            }
            String capital = c.capitals().isEmpty() ? null : c.capitals().get(0);
            for (String city : c.capitals()) {
                g.add(city, new GazetteerEntry(GazetteerEntry.Form.CAPITAL, t, code, capital, code));
            }
            for (String seat : c.government()) {
                g.add(seat, new GazetteerEntry(GazetteerEntry.Form.GOVERNMENT, t, code, c.name(), code));
            }
        }
        for (Institution i : kb.institutions()) {
            GazetteerEntry e = new GazetteerEntry(GazetteerEntry.Form.NAME, EntityType.ORGANIZATION, i.code(),
                    i.name(), i.country());
            g.add(i.name(), e);
            i.variants().forEach(v -> g.add(v, e));
        }
        for (Person p : kb.people()) {
            // full names only: a family name alone is matched by the linker, with the article's date
            g.addPerson(p.name());
            p.variants().forEach(g::addPerson);
        }
        g.readGivenNames();
        return g;
    }

    /** The knowledge base it was built from. */
    public KnowledgeBase kb() {
        return kb;
    }

    private void addPerson(String name) {
        if (name.strip().split("\\s+").length >= 2 && Character.isUpperCase(name.charAt(0))) {
            add(name, new GazetteerEntry(GazetteerEntry.Form.NAME, EntityType.PERSON, null, name, null));
        }
    }

    private void readGivenNames() {
        String resource = GIVEN_NAMES;
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("gazetteer resource missing from the classpath: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length != 2) {
                    throw new IllegalStateException(resource + ":" + number + ": expected 2 tab-separated columns, "
                            + "found " + cols.length);
                }
                EntityBuilder.Gender g = switch (cols[1]) {
                    case "F" -> EntityBuilder.Gender.FEMALE;
                    case "M" -> EntityBuilder.Gender.MALE;
                    default -> throw new IllegalStateException(resource + ":" + number + ": gender must be F or M, "
                            + "not '" + cols[1] + "'");
                };
                if (givenNames.put(cols[0], g) != null) {
                    throw new IllegalStateException(resource + ":" + number + ": '" + cols[0] + "' is listed twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The gender a given name tells ("Maria", "Tom"), or UNKNOWN for a name not listed or given to both. */
    EntityBuilder.Gender genderOf(String givenName) {
        return givenNames.getOrDefault(givenName.toLowerCase(java.util.Locale.ROOT), EntityBuilder.Gender.UNKNOWN);
    }

    /** Canonical name of a country code, or null. */
    public String countryName(String code) {
        return kb.country(code).map(Country::name).orElse(null);
    }

    /** The institution with this code; empty for countries and unknown codes. */
    public Optional<Institution> institution(String code) {
        return kb.institution(code);
    }

    /**
     * The longest entry whose surface form equals the words starting at {@code from}.
     *
     * @param words the word at each index, or null past the end
     * @return the match, with the number of words it covers
     */
    public Optional<Match> longestMatch(IntFunction<String> words, int from) {
        Node node = root;
        Match best = null;
        for (int i = from; ; i++) {
            String w = words.apply(i);
            if (w == null) {
                break;
            }
            node = node.children.get(w);
            if (node == null) {
                break;
            }
            if (node.entry != null) {
                best = new Match(node.entry, i - from + 1);
            }
        }
        return Optional.ofNullable(best);
    }

    /** A gazetteer hit covering {@code length} words. */
    public record Match(GazetteerEntry entry, int length) {
    }

    private void add(String form, GazetteerEntry entry) {
        if (form.contains("'s")) {
            add(form.replace("'s", "\u2019s"), entry);
        }
        addWords(words(form), entry);
        List<String> split = splitHyphens(words(form));
        if (split.size() != words(form).size()) {
            // CoreNLP splits "Guinea-Bissau" into "Guinea", "-", "Bissau"; older text may keep it whole
            addWords(split, entry);
        }
    }

    private void addWords(List<String> words, GazetteerEntry entry) {
        Node node = root;
        for (String word : words) {
            node = node.children.computeIfAbsent(word, k -> new Node());
        }
        // a surface form claimed twice keeps its first owner: states before institutions before people
        if (node.entry == null) {
            node.entry = entry;
        }
    }

    private static List<String> splitHyphens(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            int h = w.indexOf('-');
            if (h > 0 && h < w.length() - 1) {
                String[] parts = w.split("-");
                for (int i = 0; i < parts.length; i++) {
                    if (i > 0) {
                        out.add("-");
                    }
                    out.add(parts[i]);
                }
            } else {
                out.add(w);
            }
        }
        return out;
    }

    /** Splits a surface form into the words CoreNLP's tokenizer makes of it (close enough for names). */
    static List<String> words(String form) {
        List<String> out = new ArrayList<>();
        for (String part : form.trim().split("\\s+")) {
            if ((part.endsWith("'s") || part.endsWith("\u2019s")) && part.length() > 2) {
                out.add(part.substring(0, part.length() - 2));
                out.add(part.substring(part.length() - 2));
            } else if (part.length() > 1 && (part.endsWith(",") || part.endsWith(")"))) {
                out.add(part.substring(0, part.length() - 1));
                out.add(part.substring(part.length() - 1));
            } else if (part.length() > 1 && part.startsWith("(")) {
                out.add("(");
                out.add(part.substring(1));
            } else if (part.contains("-") && part.length() > 1 && !part.startsWith("-")) {
                out.add(part);
            } else {
                out.add(part);
            }
        }
        return out;
    }

    private static final class Node {
        final Map<String, Node> children = new HashMap<>(4);
        GazetteerEntry entry;
    }
}
