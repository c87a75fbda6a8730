package dev.sitrep.kb;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitrep.model.Sector;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

/**
 * Turns Wikidata into knowledge-base files (docs/kb.md): people with the positions they held ("position held",
 * P39, with its start P580 and end P582) in a state (the position's "applies to jurisdiction" P1001 or "country"
 * P17, a state known by its ISO code P298), and institutions that are direct instances (P31) of the classes of
 * {@code wikidata-classes.tsv}, with their country.
 *
 * <p>It reads a JSON dump ({@code latest-all.json.gz} or {@code .bz2}, or uncompressed: an array with one entity a
 * line) in one streaming pass, keeping only what it needs (people with positions, positions, states,
 * institutions), or the JSON result of a SPARQL query (docs/kb.md gives the query). A line that is not an entity is
 * reported with its line number and skipped; a dump that ends early (truncated) keeps everything read before the
 * end. Writes {@code offices-wikidata.tsv} and {@code institutions-wikidata.tsv}.
 */
public final class WikidataImport {

    /**
     * What an import did.
     *
     * @param entities    entities (or SPARQL rows) read
     * @param people      people written, with at least one dated position in a state
     * @param terms       terms of office written
     * @param institutions institutions written
     * @param problems    lines skipped, and whether the input ended early
     * @param complete    whether the whole input was read
     */
    public record Result(long entities, long people, long terms, long institutions, long problems,
                         boolean complete) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String CLASSES = "wikidata-classes.tsv";

    private final KnowledgeBase kb;
    private final TitleSectors titles;
    private final Map<String, Sector> classes = new HashMap<>();
    private final List<String> classIds = new ArrayList<>();

    /** Reads with the bundled class list and, when given, one of the user's on top. */
    public WikidataImport(KnowledgeBase kb, Path extraClasses) throws IOException {
        this.kb = kb;
        this.titles = TitleSectors.load();
        readClasses(new BufferedReader(new InputStreamReader(
                WikidataImport.class.getResourceAsStream(KbLoader.RESOURCE_DIR + CLASSES), StandardCharsets.UTF_8)),
                CLASSES);
        if (extraClasses != null) {
            try (BufferedReader r = Files.newBufferedReader(extraClasses, StandardCharsets.UTF_8)) {
                readClasses(r, extraClasses.toString());
            }
        }
    }

    private void readClasses(BufferedReader r, String where) throws IOException {
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length < 2 || !c[0].matches("Q\\d+")) {
                throw new IllegalArgumentException(where + ":" + n + ": expected a class id (Q...) and a sector");
            }
            classes.put(c[0], Sector.of(c[1]));
            classIds.add("\"" + c[0] + "\"");
        }
    }

    /** What a person, a position or an institution of the input gave. */
    private record PersonData(String id, String name, List<String> aliases, List<String[]> positions) {
    }

    private record Position(String label, String place) {
    }

    private record Body(String id, String name, List<String> aliases, String country, Sector sector) {
    }

    private final Map<String, String> isoOf = new HashMap<>();
    private final Map<String, Position> positions = new HashMap<>();
    private final List<PersonData> people = new ArrayList<>();
    private final List<Body> bodies = new ArrayList<>();
    private final List<String[]> sparqlRows = new ArrayList<>();

    /**
     * Imports {@code input} into {@code outDir}.
     *
     * @param problems told of every line skipped and of an early end
     */
    public Result run(Path input, Path outDir, Consumer<KbProblem> problems) throws IOException {
        long[] counts = new long[2];
        boolean complete = true;
        String where = input.toString();
        if (!Files.isReadable(input)) {
            throw new java.nio.file.NoSuchFileException(input.toString(), null, "no such readable file");
        }
        InputStream raw = null;
        try {
            raw = open(input);
            PushbackInputStream in = new PushbackInputStream(raw, 64);
            int first = firstNonBlank(in);
            if (first == '{') {
                complete = readSparql(in, where, problems, counts);
            } else {
                complete = readDump(in, where, problems, counts);
            }
        } catch (IOException e) {
            counts[1]++;
            complete = false;
            problems.accept(new KbProblem(where, 0, "the input ends early or is damaged (" + firstLine(e)
                    + "); what was read before is kept"));
        } finally {
            try {
                if (raw != null) {
                    raw.close();
                }
            } catch (IOException ignored) {
                // a damaged compressed stream may fail to close as well; what was read is kept
            }
        }
        Files.createDirectories(outDir);
        long[] written = write(outDir);
        return new Result(counts[0], written[0], written[1], written[2], counts[1], complete);
    }

    private static InputStream open(Path input) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(input), 1 << 16);
        String name = input.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            return new GZIPInputStream(in, 1 << 16);
        }
        if (name.endsWith(".bz2")) {
            return new BZip2CompressorInputStream(in, true);
        }
        return in;
    }

    private static int firstNonBlank(PushbackInputStream in) throws IOException {
        int c;
        do {
            c = in.read();
        } while (c == ' ' || c == '\n' || c == '\r' || c == '\t');
        if (c >= 0) {
            in.unread(c);
        }
        return c;
    }

    // ---- the dump -------------------------------------------------------------------------------------------------

    private boolean readDump(InputStream in, String where, Consumer<KbProblem> problems, long[] counts) {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        long n = 0;
        try {
            String line;
            while ((line = r.readLine()) != null) {
                n++;
                String t = line.strip();
                if (t.isEmpty() || t.equals("[") || t.equals("]")) {
                    continue;
                }
                if (t.endsWith(",")) {
                    t = t.substring(0, t.length() - 1);
                }
                if (!t.startsWith("{") || !t.endsWith("}")) {
                    counts[1]++;
                    problems.accept(new KbProblem(where, n, "not a Wikidata entity (a line of the dump is one JSON "
                            + "object); skipped"));
                    continue;
                }
                if (!relevant(t)) {
                    counts[0]++;
                    continue; // most of a dump: no position, no state code, no class of institution
                }
                JsonNode e;
                try {
                    e = MAPPER.readTree(t);
                } catch (IOException ex) {
                    counts[1]++;
                    problems.accept(new KbProblem(where, n, "not a Wikidata entity (" + firstLine(ex) + "); skipped"));
                    continue;
                }
                if (e == null || !e.isObject() || !e.path("id").isTextual()) {
                    counts[1]++;
                    problems.accept(new KbProblem(where, n, "not a Wikidata entity (no id); skipped"));
                    continue;
                }
                counts[0]++;
                entity(e);
            }
            return true;
        } catch (IOException ex) {
            counts[1]++;
            problems.accept(new KbProblem(where, n, "the input ends early (" + firstLine(ex) + "); what was read "
                    + "before is kept"));
            return false;
        }
    }

    /**
     * Whether a dump line may hold what the import keeps, by a look at its text before it is parsed: a position held,
     * an ISO code, a jurisdiction, or a class of institution. Most lines hold none, and parsing is the cost.
     */
    private boolean relevant(String line) {
        if (line.contains("\"P39\"") || line.contains("\"P298\"") || line.contains("\"P1001\"")) {
            return true;
        }
        for (String q : classIds) {
            if (line.contains(q)) {
                return true;
            }
        }
        return false;
    }

    private void entity(JsonNode e) {
        String id = e.get("id").asText();
        JsonNode claims = e.path("claims");
        String iso = stringClaim(claims, "P298");
        if (iso != null && kb.country(iso).isPresent()) {
            isoOf.put(id, iso);
        }
        String label = e.path("labels").path("en").path("value").asText(null);
        if (label == null) {
            return;
        }
        List<String> p31 = itemClaims(claims, "P31");
        String place = first(itemClaims(claims, "P1001"));
        if (place == null) {
            place = first(itemClaims(claims, "P17"));
        }
        if (!claims.path("P39").isMissingNode() && p31.contains("Q5")) {
            List<String[]> held = new ArrayList<>();
            for (JsonNode s : claims.path("P39")) {
                if ("deprecated".equals(s.path("rank").asText())) {
                    continue;
                }
                String position = s.path("mainsnak").path("datavalue").path("value").path("id").asText(null);
                String from = time(s.path("qualifiers").path("P580"));
                String to = time(s.path("qualifiers").path("P582"));
                if (position != null && from != null) {
                    held.add(new String[] {position, from, to});
                }
            }
            if (!held.isEmpty()) {
                people.add(new PersonData(id, label, aliases(e), held));
            }
            return;
        }
        if (place != null && !claims.path("P1001").isMissingNode()) {
            positions.put(id, new Position(label, place));
        }
        for (String c : p31) {
            Sector sector = classes.get(c);
            if (sector != null && place != null) {
                bodies.add(new Body(id, label, aliases(e), place, sector));
                break;
            }
        }
    }

    private static List<String> aliases(JsonNode e) {
        List<String> out = new ArrayList<>();
        for (JsonNode a : e.path("aliases").path("en")) {
            String v = a.path("value").asText("");
            if (!v.isBlank()) {
                out.add(v);
            }
        }
        return out;
    }

    private static String stringClaim(JsonNode claims, String property) {
        for (JsonNode s : claims.path(property)) {
            JsonNode v = s.path("mainsnak").path("datavalue").path("value");
            if (v.isTextual()) {
                return v.asText();
            }
        }
        return null;
    }

    private static List<String> itemClaims(JsonNode claims, String property) {
        List<String> out = new ArrayList<>();
        for (JsonNode s : claims.path(property)) {
            if ("deprecated".equals(s.path("rank").asText())) {
                continue;
            }
            String id = s.path("mainsnak").path("datavalue").path("value").path("id").asText(null);
            if (id != null) {
                out.add(id);
            }
        }
        return out;
    }

    /** A qualifier's time as YYYY-MM-DD, YYYY-MM or YYYY by its precision (11, 10, 9); null when none or coarser. */
    private static String time(JsonNode qualifier) {
        for (JsonNode q : qualifier) {
            JsonNode v = q.path("datavalue").path("value");
            String t = v.path("time").asText(null);
            int precision = v.path("precision").asInt(0);
            if (t != null && precision >= 9) {
                return partial(t, precision);
            }
        }
        return null;
    }

    /** "+2012-05-07T00:00:00Z" at precision 11 is 2012-05-07; 10 gives 2012-05, 9 gives 2012. */
    static String partial(String time, int precision) {
        String t = time.startsWith("+") ? time.substring(1) : time;
        if (t.length() < 10 || t.startsWith("-")) {
            return null;
        }
        String date = t.substring(0, 10);
        String s = precision >= 11 ? date : precision == 10 ? date.substring(0, 7) : date.substring(0, 4);
        try {
            PartialDate.parse(s);
            return s;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String first(List<String> l) {
        return l.isEmpty() ? null : l.get(0);
    }

    // ---- a SPARQL result ------------------------------------------------------------------------------------------

    /**
     * A SPARQL JSON result with the variables {@code person}, {@code personLabel}, {@code positionLabel},
     * {@code country} (an ISO code), {@code start} and optionally {@code end} and {@code personAltLabel}.
     */
    private boolean readSparql(InputStream in, String where, Consumer<KbProblem> problems, long[] counts)
            throws IOException {
        JsonParser p = new JsonFactory(MAPPER).createParser(in);
        long row = 0;
        try {
            while (p.nextToken() != null) {
                if (p.currentToken() == JsonToken.FIELD_NAME && p.currentName().equals("bindings")) {
                    p.nextToken();
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        row++;
                        JsonNode b = p.readValueAsTree();
                        String person = value(b, "person");
                        String name = value(b, "personLabel");
                        String position = value(b, "positionLabel");
                        String country = value(b, "country");
                        String start = value(b, "start");
                        if (person == null || name == null || position == null || country == null || start == null
                                || kb.country(country).isEmpty()) {
                            counts[1]++;
                            problems.accept(new KbProblem(where, row, "result row " + row + " lacks a person, a "
                                    + "position, a known country code or a start; skipped"));
                            continue;
                        }
                        counts[0]++;
                        String id = person.substring(person.lastIndexOf('/') + 1);
                        String end = value(b, "end");
                        String alt = value(b, "personAltLabel");
                        sparqlRows.add(new String[] {id, name, alt == null ? "" : alt, position, country,
                            partial(start, 11), end == null ? null : partial(end, 11)});
                    }
                }
            }
            return true;
        } catch (IOException ex) {
            counts[1]++;
            problems.accept(new KbProblem(where, row, "the result ends early (" + firstLine(ex) + "); the rows "
                    + "before are kept"));
            return false;
        }
    }

    private static String value(JsonNode b, String var) {
        JsonNode v = b.path(var).path("value");
        return v.isTextual() && !v.asText().isBlank() ? v.asText() : null;
    }

    // ---- writing --------------------------------------------------------------------------------------------------

    private long[] write(Path outDir) throws IOException {
        long written = 0;
        long terms = 0;
        Map<String, List<String[]>> lines = new LinkedHashMap<>();
        for (PersonData p : people) {
            for (String[] held : p.positions()) {
                Position pos = positions.get(held[0]);
                String iso = pos == null ? null : isoOf.get(pos.place());
                if (iso == null) {
                    continue;
                }
                lines.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(new String[] {clean(p.name()),
                    String.join("|", fullNames(p.aliases())), clean(office(pos.label(), iso)), iso, sector(pos.label()),
                    held[1], held[2] == null ? "" : held[2], p.id()});
            }
        }
        for (String[] r : sparqlRows) {
            lines.computeIfAbsent(r[0], k -> new ArrayList<>()).add(new String[] {clean(r[1]),
                String.join("|", fullNames(List.of(r[2].split(", ")))), clean(office(r[3], r[4])), r[4], sector(r[3]), r[5],
                r[6] == null ? "" : r[6], r[0]});
        }
        try (BufferedWriter w = Files.newBufferedWriter(outDir.resolve("offices-wikidata.tsv"),
                StandardCharsets.UTF_8)) {
            w.write("# person\tvariants\toffice\tof\tsector\tfrom\tto\tid\n");
            w.write("# Imported from Wikidata by sitrep kb import. Format: docs/kb.md.\n");
            for (List<String[]> person : lines.values()) {
                written++;
                boolean firstLine = true;
                for (String[] c : person) {
                    if (!firstLine) {
                        c[1] = "";
                    }
                    firstLine = false;
                    w.write(tsv(c));
                    terms++;
                }
            }
        }
        long institutions = 0;
        try (BufferedWriter w = Files.newBufferedWriter(outDir.resolve("institutions-wikidata.tsv"),
                StandardCharsets.UTF_8)) {
            w.write("# code\tname\tvariants\tcountry\tsector\n");
            w.write("# Imported from Wikidata by sitrep kb import. Format: docs/kb.md.\n");
            for (Body b : bodies) {
                String iso = isoOf.get(b.country());
                if (iso == null) {
                    continue;
                }
                String code = b.sector().isState() ? iso + "-" + b.id() : b.id();
                w.write(tsv(new String[] {code, clean(b.name()), String.join("|", b.aliases().stream()
                        .map(WikidataImport::clean).filter(a -> !a.isEmpty()).distinct().toList()), iso,
                        b.sector().name()}));
                institutions++;
            }
        }
        return new long[] {written, terms, institutions};
    }

    /** The office without the state's name: "President of Russia" in Russia is "President". */
    private String office(String label, String iso) {
        Country c = kb.country(iso).orElseThrow();
        List<String> names = new ArrayList<>(c.aliases());
        names.add(0, c.name());
        for (String n : names) {
            for (String suffix : List.of(" of " + n, " of the " + n)) {
                if (label.endsWith(suffix) && label.length() > suffix.length()) {
                    return label.substring(0, label.length() - suffix.length());
                }
            }
        }
        return label;
    }

    private String sector(String office) {
        Sector s = titles.of(office);
        return (s == null ? Sector.GOV : s).name();
    }

    /** Aliases that are full names (two words or more): a bare surname is derived by the loader. */
    private static List<String> fullNames(List<String> aliases) {
        List<String> out = new ArrayList<>();
        for (String a : aliases) {
            String s = clean(a);
            if (s.split(" ").length >= 2 && Character.isUpperCase(s.charAt(0)) && !out.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    /** One line of cells; a cell never holds a tab or a line break (list cells keep their '|'). */
    private static String tsv(String[] cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            b.append(i > 0 ? "\t" : "").append(cells[i] == null ? "" : cells[i].replaceAll("[\t\r\n]", " "));
        }
        return b.append('\n').toString();
    }

    /** A cell without tabs, line breaks or list bars. */
    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\t\r\n|]", " ").replaceAll("\\s+", " ").strip();
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl > 0 ? m.substring(0, nl) : m;
    }
}
