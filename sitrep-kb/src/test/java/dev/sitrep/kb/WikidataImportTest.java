package dev.sitrep.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The importer on a small file in Wikidata's dump format that the project wrote (wikidata-sample.json: two states,
 * two positions in them and one outside any state, a person with two terms, one with a month-dated term, a
 * deprecated one and one outside a state, a company and a police force, and one broken line), compressed as the
 * dumps are, cut short, and as a SPARQL result.
 */
class WikidataImportTest {

    @TempDir
    Path dir;

    private Path sample(String name) throws IOException {
        Path p = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream(name)) {
            Files.copy(in, p);
        }
        return p;
    }

    private WikidataImport.Result run(Path input, Path out, List<KbProblem> problems) throws IOException {
        return new WikidataImport(KnowledgeBase.builtIn(), null).run(input, out, problems::add);
    }

    private static List<String> data(Path file) throws IOException {
        return Files.readAllLines(file).stream().filter(l -> !l.startsWith("#")).toList();
    }

    @Test
    void peopleWithDatedPositionsInStatesAndInstitutionsOfTheClassesListed() throws IOException {
        List<KbProblem> problems = new ArrayList<>();
        WikidataImport.Result r = run(sample("wikidata-sample.json"), dir.resolve("out"), problems);
        assertTrue(r.complete());
        assertEquals(1, r.problems(), "the broken line");
        assertEquals(7, problems.get(0).line());
        assertEquals(List.of(
                "Vladimir Putin\tVladimir Vladimirovich Putin\tPresident\tRUS\tGOV\t2000-05-07\t2008-05-07\tQ7747",
                "Vladimir Putin\t\tPresident\tRUS\tGOV\t2012-05-07\t\tQ7747",
                "Olena Testenko\t\tMinister of Fisheries\tUKR\tGOV\t2021-03\t\tQ900000001"),
                data(dir.resolve("out/offices-wikidata.tsv")));
        assertEquals(List.of("Q900000002\tTestgrad Shipyards\tTGS\tUKR\tBUS",
                "UKR-Q900000003\tTestgrad Border Police\t\tUKR\tCOP"), data(dir.resolve("out/institutions-wikidata.tsv")));
    }

    @Test
    void theImportReadsAsAKnowledgeBaseOnTopOfTheBuiltInOne() throws IOException {
        run(sample("wikidata-sample.json"), dir.resolve("out"), new ArrayList<>());
        KbLoader.Loaded loaded = KbLoader.withFiles(List.of(dir.resolve("out")));
        assertEquals(List.of(), loaded.problems());
        KnowledgeBase kb = loaded.knowledgeBase();
        // Putin is one person: the import's terms joined the built-in ones
        assertEquals(1, kb.personsNamed("Vladimir Putin").size());
        Person testenko = kb.personsNamed("Olena Testenko").get(0);
        assertEquals("Q900000001", testenko.id());
        assertEquals("UKR", kb.officeOn(testenko, LocalDate.of(2022, 1, 1)).orElseThrow().term().of());
        assertEquals("UKR", kb.institution("Q900000002").orElseThrow().country());
    }

    @Test
    void compressedDumpsGiveTheSameFiles() throws IOException {
        Path plain = sample("wikidata-sample.json");
        run(plain, dir.resolve("plain"), new ArrayList<>());
        Path gz = dir.resolve("sample.json.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(plain, out);
        }
        Path bz2 = dir.resolve("sample.json.bz2");
        try (OutputStream out = new BZip2CompressorOutputStream(Files.newOutputStream(bz2))) {
            Files.copy(plain, out);
        }
        for (Path p : List.of(gz, bz2)) {
            Path out = dir.resolve(p.getFileName() + ".out");
            assertTrue(run(p, out, new ArrayList<>()).complete());
            assertEquals(Files.readAllLines(dir.resolve("plain/offices-wikidata.tsv")),
                    Files.readAllLines(out.resolve("offices-wikidata.tsv")), p.toString());
        }
    }

    @Test
    void aTruncatedDumpKeepsWhatWasReadAndSaysItEndedEarly() throws IOException {
        byte[] whole = Files.readAllBytes(sample("wikidata-sample.json"));
        Path bz2 = dir.resolve("whole.json.bz2");
        try (OutputStream out = new BZip2CompressorOutputStream(Files.newOutputStream(bz2))) {
            out.write(whole);
        }
        byte[] compressed = Files.readAllBytes(bz2);
        Path cut = dir.resolve("cut.json.bz2");
        Files.write(cut, Arrays.copyOf(compressed, compressed.length * 2 / 3));
        List<KbProblem> problems = new ArrayList<>();
        WikidataImport.Result r = run(cut, dir.resolve("cut"), problems);
        assertFalse(r.complete());
        assertTrue(problems.get(problems.size() - 1).reason().contains("ends early"), problems.toString());
        assertTrue(Files.exists(dir.resolve("cut/offices-wikidata.tsv")));
    }

    @Test
    void aSparqlResultGivesTheSameFormat() throws IOException {
        List<KbProblem> problems = new ArrayList<>();
        WikidataImport.Result r = run(sample("wikidata-sparql.json"), dir.resolve("sparql"), problems);
        assertEquals(1, r.entities());
        assertEquals(1, problems.size(), "the row with an unknown country code");
        assertEquals(List.of("Ivan Testov\tIvan Petrovich Testov\tMinister of Fisheries\tUKR\tGOV\t2019-08-29\t"
                + "2021-03-01\tQ900000005"), data(dir.resolve("sparql/offices-wikidata.tsv")));
        assertEquals(new String(Files.readAllBytes(dir.resolve("sparql/institutions-wikidata.tsv")),
                StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#")).count(), 0);
    }
}
