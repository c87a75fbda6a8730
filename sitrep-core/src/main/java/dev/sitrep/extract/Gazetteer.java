package dev.sitrep.extract;

import dev.sitrep.model.EntityType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Countries (names, aliases, demonyms, capitals, seats of government) and well-known organisations, matched on
 * token sequences, longest match first and case-sensitively (news is properly cased; "US" is not "us").
 *
 * <p>Loaded once from the bundled {@code gazetteer/*.tsv} files; immutable and thread-safe afterwards.
 */
public final class Gazetteer {

    private static final String COUNTRIES = "gazetteer/countries.tsv";
    private static final String ORGANIZATIONS = "gazetteer/organizations.tsv";
    private static final String GIVEN_NAMES = "gazetteer/given-names.tsv";

    private final Node root = new Node();
    private final Map<String, String> countryNames = new HashMap<>();
    private final Map<String, Organization> organizations = new HashMap<>();
    private final Map<String, EntityBuilder.Gender> givenNames = new HashMap<>();

    /** What kind of body an organisation is: the {@code kind} column of {@code organizations.tsv}. */
    public enum OrganizationKind {
        INTERNATIONAL, ALLIANCE, FINANCIAL, MEDIA, ARMED_GROUP, COMPANY, NGO, COURT, GOVERNMENT_BODY
    }

    /**
     * What the gazetteer knows about an organisation beyond its names.
     *
     * @param kind    what kind of body it is
     * @param country ISO alpha-3 home country of a national body, null for an international one
     */
    public record Organization(OrganizationKind kind, String country) {
    }

    private Gazetteer() {
    }

    /** The bundled gazetteer. Fails at start-up, with the file and line, if a bundled file is malformed. */
    public static Gazetteer load() {
        Gazetteer g = new Gazetteer();
        g.read(COUNTRIES, 6, (cols) -> {
            String code = cols[0];
            String name = cols[1];
            g.countryNames.put(code, name);
            EntityType c = EntityType.COUNTRY;
            g.add(name, new GazetteerEntry(GazetteerEntry.Form.NAME, c, code, name, code));
            for (String alias : split(cols[2])) {
                g.add(alias, new GazetteerEntry(GazetteerEntry.Form.NAME, c, code, name, code));
            }
            for (String demonym : split(cols[3])) {
                g.add(demonym, new GazetteerEntry(GazetteerEntry.Form.DEMONYM, c, code, name, code));
            }
            for (String capital : split(cols[4])) {
                g.add(capital, new GazetteerEntry(GazetteerEntry.Form.CAPITAL, c, code, firstOf(cols[4]), code));
            }
            for (String seat : split(cols[5])) {
                g.add(seat, new GazetteerEntry(GazetteerEntry.Form.GOVERNMENT, c, code, name, code));
            }
        });
        g.read(ORGANIZATIONS, 5, (cols) -> {
            String code = cols[0];
            String name = cols[1];
            String country = cols[4].isEmpty() ? null : cols[4];
            g.organizations.put(code, new Organization(kind(cols[3]), country));
            EntityType o = EntityType.ORGANIZATION;
            g.add(name, new GazetteerEntry(GazetteerEntry.Form.NAME, o, code, name, country));
            for (String alias : split(cols[2])) {
                g.add(alias, new GazetteerEntry(GazetteerEntry.Form.NAME, o, code, name, country));
            }
        });
        g.read(GIVEN_NAMES, 2, (cols) -> g.givenNames.put(cols[0], switch (cols[1]) {
            case "F" -> EntityBuilder.Gender.FEMALE;
            case "M" -> EntityBuilder.Gender.MALE;
            default -> throw new IllegalArgumentException("gender must be F or M, not '" + cols[1] + "'");
        }));
        return g;
    }

    /** The gender a given name tells ("Maria", "Tom"), or UNKNOWN for a name not listed or given to both. */
    EntityBuilder.Gender genderOf(String givenName) {
        return givenNames.getOrDefault(givenName.toLowerCase(java.util.Locale.ROOT), EntityBuilder.Gender.UNKNOWN);
    }

    /** Canonical name of a country code, or null. */
    public String countryName(String code) {
        return countryNames.get(code);
    }

    /** The kind and home country of the organisation with this code; empty for countries and unknown codes. */
    public Optional<Organization> organization(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(organizations.get(code));
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
        Node node = root;
        for (String word : words(form)) {
            node = node.children.computeIfAbsent(word, k -> new Node());
        }
        // a surface form claimed twice keeps its first owner: countries load before organisations
        if (node.entry == null) {
            node.entry = entry;
        }
    }

    /** Splits a surface form into the words CoreNLP's tokenizer makes of it (close enough for names). */
    static List<String> words(String form) {
        List<String> out = new ArrayList<>();
        for (String part : form.trim().split("\\s+")) {
            if (part.endsWith("'s") && part.length() > 2) {
                out.add(part.substring(0, part.length() - 2));
                out.add("'s");
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

    private static List<String> split(String cell) {
        List<String> out = new ArrayList<>();
        for (String s : cell.split("\\|")) {
            if (!s.isBlank()) {
                out.add(s.trim());
            }
        }
        return out;
    }

    private static OrganizationKind kind(String cell) {
        try {
            return OrganizationKind.valueOf(cell);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown organisation kind '" + cell + "', expected one of "
                    + Arrays.toString(OrganizationKind.values()), e);
        }
    }

    private static String firstOf(String cell) {
        List<String> all = split(cell);
        return all.isEmpty() ? null : all.get(0);
    }

    private void read(String resource, int columns, java.util.function.Consumer<String[]> row) {
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
                if (cols.length != columns) {
                    throw new IllegalStateException(resource + ":" + number + ": expected " + columns
                            + " tab-separated columns, found " + cols.length);
                }
                try {
                    row.accept(cols);
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(resource + ":" + number + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static final class Node {
        final Map<String, Node> children = new HashMap<>(4);
        GazetteerEntry entry;
    }
}
