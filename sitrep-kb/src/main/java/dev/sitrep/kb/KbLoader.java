package dev.sitrep.kb;

import dev.sitrep.model.Sector;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads knowledge-base files (docs/kb.md gives the format) into a {@link KnowledgeBase}.
 *
 * <p>The built-in files are checked strictly: a malformed line, an unknown code, a name or surface form claimed by
 * two actors, or two holders of one office whose terms overlap is an error, and {@link #builtIn()} fails naming
 * every one (the build runs {@link #checkBuiltIn()}). A user's files (an import, a file of one's own) are read
 * leniently: each bad line or form is reported as a {@link KbProblem} with its file, line and reason, and skipped;
 * the rest is taken. Which kind of records a file holds is told by its name: {@code countries*.tsv},
 * {@code institutions*.tsv}, {@code offices*.tsv} or {@code family-name-first*.tsv}.
 */
public final class KbLoader {

    static final String RESOURCE_DIR = "/dev/sitrep/kb/";
    static final String INDEX = "builtin.txt";
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]*");
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");

    /** What one load gave: the knowledge base and every problem met. */
    public record Loaded(KnowledgeBase knowledgeBase, List<KbProblem> problems) {
        public Loaded {
            problems = List.copyOf(problems);
        }
    }

    private final boolean strict;
    private final List<KbProblem> problems = new ArrayList<>();
    private final Map<String, Country> countries = new LinkedHashMap<>();
    private final Map<String, String> countryForms = new HashMap<>();
    private final Map<String, Institution> institutions = new LinkedHashMap<>();
    private final Map<String, String> institutionForms = new HashMap<>();
    private final Map<String, PersonBuilder> people = new LinkedHashMap<>();
    private final Map<String, String> nameOwner = new HashMap<>();
    /** Ids of a user's file that name a person already known under another id. */
    private final Map<String, String> sameAs = new HashMap<>();
    private final Set<String> familyNameFirst = new HashSet<>();

    private KbLoader(boolean strict) {
        this.strict = strict;
    }

    /** The bundled files. Fails with every problem if one is wrong: they are checked in the build. */
    public static Loaded builtIn() {
        KbLoader l = new KbLoader(true);
        l.readBuiltIn();
        if (!l.problems.isEmpty()) {
            StringBuilder b = new StringBuilder("the built-in knowledge base has " + l.problems.size()
                    + " problem(s):");
            l.problems.stream().limit(20).forEach(p -> b.append("\n  ").append(p));
            throw new IllegalStateException(b.toString());
        }
        return new Loaded(l.build(), List.of());
    }

    /** Every problem of the bundled files; empty when they are sound. */
    public static List<KbProblem> checkBuiltIn() {
        KbLoader l = new KbLoader(true);
        l.readBuiltIn();
        l.build();
        return List.copyOf(l.problems);
    }

    /**
     * The built-in knowledge base and the user's files or directories on top of it, read leniently.
     *
     * @param paths knowledge-base files, or directories whose {@code *.tsv} files are read
     */
    public static Loaded withFiles(List<Path> paths) {
        KbLoader builtIn = new KbLoader(true);
        builtIn.readBuiltIn();
        if (!builtIn.problems.isEmpty()) {
            throw new IllegalStateException("the built-in knowledge base is malformed: " + builtIn.problems.get(0));
        }
        KbLoader l = builtIn.lenientCopy();
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> f.getFileName().toString().endsWith(".tsv")).sorted().forEach(files::add);
                } catch (IOException e) {
                    l.problems.add(new KbProblem(p.toString(), 0, "cannot list the directory: " + e.getMessage()));
                }
            } else {
                files.add(p);
            }
        }
        // codes before the offices that use them
        files.sort(Comparator.comparingInt(f -> kindOrder(f.getFileName().toString())));
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (kindOrder(name) == 9) {
                l.problems.add(new KbProblem(f.toString(), 0, "not a knowledge-base file: its name must start with "
                        + "countries, institutions, offices or family-name-first and end with .tsv"));
                continue;
            }
            try (Reader r = new InputStreamReader(Files.newInputStream(f), StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
                l.read(f.toString(), name, new BufferedReader(r));
            } catch (CharacterCodingException e) {
                l.problems.add(new KbProblem(f.toString(), 0, "not UTF-8 text; the lines before the bad bytes "
                        + "were taken"));
            } catch (IOException e) {
                l.problems.add(new KbProblem(f.toString(), 0, "cannot read: " + e.getMessage()));
            }
        }
        return new Loaded(l.build(), l.problems);
    }

    /**
     * The built-in knowledge base and files already read into memory on top of it, read leniently and in the same
     * order as {@link #withFiles}: what a Spark executor builds from the files its driver read.
     */
    public static Loaded withTexts(List<KbText> texts) {
        KbLoader builtIn = new KbLoader(true);
        builtIn.readBuiltIn();
        if (!builtIn.problems.isEmpty()) {
            throw new IllegalStateException("the built-in knowledge base is malformed: " + builtIn.problems.get(0));
        }
        KbLoader l = builtIn.lenientCopy();
        List<KbText> sorted = new ArrayList<>(texts);
        sorted.sort(Comparator.comparingInt(t -> kindOrder(t.name())));
        for (KbText t : sorted) {
            if (kindOrder(t.name()) == 9) {
                l.problems.add(new KbProblem(t.where(), 0, "not a knowledge-base file: its name must start with "
                        + "countries, institutions, offices or family-name-first and end with .tsv"));
                continue;
            }
            try {
                l.read(t.where(), t.name(), new BufferedReader(new java.io.StringReader(t.text())));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + t.where() + " from memory", e);
            }
        }
        return new Loaded(l.build(), l.problems);
    }

    private KbLoader lenientCopy() {
        KbLoader l = new KbLoader(false);
        l.countries.putAll(countries);
        l.countryForms.putAll(countryForms);
        l.institutions.putAll(institutions);
        l.institutionForms.putAll(institutionForms);
        people.forEach((k, v) -> l.people.put(k, v.copy()));
        l.nameOwner.putAll(nameOwner);
        l.familyNameFirst.addAll(familyNameFirst);
        return l;
    }

    private static int kindOrder(String fileName) {
        if (fileName.startsWith("countries")) {
            return 0;
        }
        if (fileName.startsWith("family-name-first")) {
            return 1;
        }
        if (fileName.startsWith("institutions")) {
            return 2;
        }
        if (fileName.startsWith("offices")) {
            return 3;
        }
        return 9;
    }

    private void readBuiltIn() {
        List<String> files = new ArrayList<>();
        try (BufferedReader index = resource(INDEX)) {
            String line;
            while ((line = index.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    files.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in knowledge base index", e);
        }
        files.sort(Comparator.comparingInt(KbLoader::kindOrder));
        for (String f : files) {
            if (kindOrder(f) == 9) {
                problems.add(new KbProblem(INDEX, 0, "lists '" + f + "', which is not a knowledge-base file name"));
                continue;
            }
            try (BufferedReader r = resource(f)) {
                read(f, f, r);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the built-in knowledge base file " + f, e);
            }
        }
    }

    private static BufferedReader resource(String name) {
        InputStream in = KbLoader.class.getResourceAsStream(RESOURCE_DIR + name);
        if (in == null) {
            throw new IllegalStateException("knowledge-base resource missing from the classpath: " + RESOURCE_DIR
                    + name);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    private void read(String where, String fileName, BufferedReader r) throws IOException {
        int kind = kindOrder(fileName);
        int columns = switch (kind) {
            case 0 -> 6;
            case 1 -> 1;
            case 2 -> 5;
            default -> 8;
        };
        String line;
        long number = 0;
        while ((line = r.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length != columns) {
                problem(where, number, "expected " + columns + " tab-separated columns, found " + cols.length);
                continue;
            }
            try {
                switch (kind) {
                    case 0 -> country(where, number, cols);
                    case 1 -> familyNameFirst(cols[0].strip());
                    case 2 -> institution(where, number, cols);
                    default -> office(where, number, cols);
                }
            } catch (IllegalArgumentException e) {
                problem(where, number, e.getMessage());
            }
        }
    }

    private void problem(String file, long line, String reason) {
        problems.add(new KbProblem(file, line, reason));
    }

    private void country(String where, long line, String[] c) {
        String code = c[0].strip();
        if (!ISO3.matcher(code).matches()) {
            throw new IllegalArgumentException("a country code is three capital letters, not '" + code + "'");
        }
        if (countries.containsKey(code)) {
            throw new IllegalArgumentException("country " + code + " is listed twice");
        }
        require(!c[1].isBlank(), "empty name");
        Country country = new Country(code, c[1].strip(), list(c[2]), list(c[3]), list(c[4]), list(c[5]));
        List<String> forms = new ArrayList<>(List.of(country.name()));
        forms.addAll(country.aliases());
        forms.addAll(country.demonyms());
        forms.addAll(country.capitals());
        forms.addAll(country.government());
        for (String f : forms) {
            String owner = countryForms.putIfAbsent(f, code);
            if (owner != null && !owner.equals(code)) {
                throw new IllegalArgumentException("'" + f + "' names both " + owner + " and " + code);
            }
        }
        countries.put(code, country);
    }

    private void familyNameFirst(String code) {
        if (!countries.containsKey(code)) {
            throw new IllegalArgumentException("unknown country code '" + code + "'");
        }
        familyNameFirst.add(code);
    }

    private void institution(String where, long line, String[] c) {
        String code = c[0].strip();
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("an institution code is capital letters, digits and '-', not '"
                    + code + "'");
        }
        if (countries.containsKey(code)) {
            throw new IllegalArgumentException("code " + code + " is a country's code");
        }
        if (institutions.containsKey(code)) {
            throw new IllegalArgumentException("code " + code + " is already defined at "
                    + institutions.get(code).source());
        }
        String name = c[1].strip();
        require(!name.isEmpty(), "empty name");
        String country = c[3].strip().isEmpty() ? null : c[3].strip();
        if (country != null && !countries.containsKey(country)) {
            throw new IllegalArgumentException("unknown country code '" + country + "'");
        }
        Sector sector = Sector.of(c[4]);
        List<String> variants = new ArrayList<>();
        for (String f : concat(name, list(c[2]))) {
            if (countryForms.containsKey(f)) {
                reject(where, line, "'" + f + "' is a form of the country " + countryForms.get(f));
                if (f.equals(name) && strict) {
                    return;
                }
                continue;
            }
            String owner = institutionForms.get(f);
            if (owner != null && !owner.equals(code)) {
                reject(where, line, "'" + f + "' also names " + owner);
                continue;
            }
            if (!f.equals(name) && !variants.contains(f)) {
                variants.add(f);
            }
        }
        institutionForms.putIfAbsent(name, code);
        variants.forEach(v -> institutionForms.putIfAbsent(v, code));
        institutions.put(code, new Institution(code, name, variants, country, sector, where + ":" + line));
    }

    /** A form that cannot be taken: an error in the built-in files, a skipped form with a report in a user's. */
    private void reject(String where, long line, String reason) {
        problem(where, line, strict ? reason : reason + "; that form is skipped");
    }

    private void office(String where, long line, String[] c) {
        String name = c[0].strip();
        require(!name.isEmpty(), "empty person");
        String office = c[2].strip();
        require(!office.isEmpty(), "empty office");
        String of = c[3].strip();
        if (!countries.containsKey(of) && !institutions.containsKey(of)) {
            throw new IllegalArgumentException("unknown state or organisation '" + of + "'");
        }
        Sector sector = Sector.of(c[4]);
        require(!c[5].isBlank(), "missing the start date");
        PartialDate from = PartialDate.parse(c[5]);
        PartialDate to = c[6].isBlank() ? null : PartialDate.parse(c[6]);
        Term term = new Term(office, of, sector, from, to, where + ":" + line);
        String id = c[7].strip().isEmpty() ? "kb:" + Names.fold(name) : c[7].strip();
        id = sameAs.getOrDefault(id, id);
        PersonBuilder p = people.get(id);
        if (p == null && !strict) {
            // an imported person the built-in files know already: same name, an office of the same state
            String owner = nameOwner.get(Names.loose(name));
            PersonBuilder known = owner == null ? null : people.get(owner);
            if (known != null && known.terms.stream().anyMatch(t -> t.of().equals(of))) {
                sameAs.put(id, owner);
                id = owner;
                p = known;
            }
        }
        if (p == null) {
            p = new PersonBuilder(id, name);
            people.put(id, p);
        } else if (!Names.loose(p.name).equals(Names.loose(name))) {
            throw new IllegalArgumentException("id " + id + " is '" + p.name + "' elsewhere, not '" + name + "'");
        }
        for (String v : concat(name, list(c[1]))) {
            String key = Names.loose(v);
            String owner = nameOwner.get(key);
            if (owner != null && !owner.equals(id)) {
                if (strict) {
                    problem(where, line, "the name '" + v + "' also belongs to '" + people.get(owner).name + "'");
                }
                // a user's file may hold two people of one name (Wikidata does): both stay, look-ups see both
                if (!v.equals(name)) {
                    p.sharedNames.add(v);
                }
                continue;
            }
            nameOwner.put(key, id);
            if (!v.equals(name) && !p.variants.contains(v)) {
                p.variants.add(v);
            }
        }
        p.terms.add(term);
    }

    private KnowledgeBase build() {
        if (strict) {
            checkOverlaps();
        }
        List<Person> built = new ArrayList<>();
        Map<String, List<Person>> byName = new HashMap<>();
        Map<String, List<Person>> bySurname = new HashMap<>();
        for (PersonBuilder b : people.values()) {
            Person p = new Person(b.id, b.name, b.variants, b.terms);
            built.add(p);
            boolean familyFirst = p.terms().stream().anyMatch(t -> familyNameFirst.contains(t.of()));
            Set<String> nameKeys = new HashSet<>();
            Set<String> surnameKeys = new HashSet<>();
            for (String n : concat(p.name(), concat2(p.variants(), b.sharedNames))) {
                nameKeys.add(Names.loose(n));
                surnameKeys.addAll(Names.surnameKeys(n, familyFirst));
            }
            nameKeys.forEach(k -> byName.computeIfAbsent(k, x -> new ArrayList<>()).add(p));
            surnameKeys.forEach(k -> bySurname.computeIfAbsent(k, x -> new ArrayList<>()).add(p));
        }
        byName.replaceAll((k, v) -> List.copyOf(v));
        bySurname.replaceAll((k, v) -> List.copyOf(v));
        return new KnowledgeBase(countries, institutions, built, byName, bySurname, familyNameFirst);
    }

    /** Two holders of one office (of one state or organisation) whose terms certainly overlap. */
    private void checkOverlaps() {
        Map<String, List<Term>> byOffice = new HashMap<>();
        Map<Term, String> holder = new HashMap<>();
        for (PersonBuilder p : people.values()) {
            for (Term t : p.terms) {
                String key = t.baseOffice().toLowerCase(Locale.ROOT).replace("defense", "defence") + "|" + t.of();
                byOffice.computeIfAbsent(key, k -> new ArrayList<>()).add(t);
                holder.put(t, p.name);
            }
        }
        for (List<Term> terms : byOffice.values()) {
            terms.sort(Comparator.comparing(Term::from));
            for (int i = 1; i < terms.size(); i++) {
                Term a = terms.get(i - 1);
                Term b = terms.get(i);
                if (holder.get(a).equals(holder.get(b))) {
                    continue;
                }
                LocalDate aEnd = a.to() == null ? LocalDate.MAX : a.to().earliest();
                if (b.from().latest().isBefore(aEnd)) {
                    problem(b.source(), 0, b.office() + " of " + b.of() + ": " + holder.get(b) + " from " + b.from()
                            + " overlaps " + holder.get(a) + " (" + a.source() + ", to "
                            + (a.to() == null ? "still in office" : a.to()) + ")");
                }
            }
        }
    }

    private static void require(boolean ok, String reason) {
        if (!ok) {
            throw new IllegalArgumentException(reason);
        }
    }

    private static List<String> list(String cell) {
        List<String> out = new ArrayList<>();
        for (String s : cell.split("\\|")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> out = new ArrayList<>(rest.size() + 1);
        out.add(first);
        out.addAll(rest);
        return out;
    }

    private static List<String> concat2(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static final class PersonBuilder {
        final String id;
        final String name;
        final List<String> variants = new ArrayList<>();
        final List<String> sharedNames = new ArrayList<>();
        final List<Term> terms = new ArrayList<>();

        PersonBuilder(String id, String name) {
            this.id = id;
            this.name = name;
        }

        PersonBuilder copy() {
            PersonBuilder c = new PersonBuilder(id, name);
            c.variants.addAll(variants);
            c.sharedNames.addAll(sharedNames);
            c.terms.addAll(terms);
            return c;
        }
    }
}
