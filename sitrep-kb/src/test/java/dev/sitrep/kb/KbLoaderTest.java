package dev.sitrep.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's knowledge-base files: every bad line is reported with file, line and reason and skipped. */
class KbLoaderTest {

    @TempDir
    Path dir;

    @Test
    void badLinesAreReportedAndTheRestIsTaken() throws IOException {
        Path offices = dir.resolve("offices-mine.tsv");
        Files.writeString(offices, String.join("\n",
                "# person\tvariants\toffice\tof\tsector\tfrom\tto\tid",
                "Ana Testova\t\tFisheries Minister\tNOR\tGOV\t2023-01-02\t\t",
                "Bad Columns\tFisheries Minister\tNOR",
                "Cy Unknown\t\tMinister\tZZZ\tGOV\t2020\t\t",
                "Di Sector\t\tMinister\tNOR\tARMY\t2020\t\t",
                "Ed Dates\t\tMinister\tNOR\tGOV\t2020-02-30\t\t",
                "Fi Backwards\t\tMinister\tNOR\tGOV\t2021\t2019\t") + "\n", StandardCharsets.UTF_8);
        Path bodies = dir.resolve("institutions-mine.tsv");
        Files.writeString(bodies, "NOR-FISH\tNorwegian Fisheries Directorate\tNorway\tNOR\tGOV\n", StandardCharsets.UTF_8);
        KbLoader.Loaded l = KbLoader.withFiles(List.of(dir));
        List<String> lines = l.problems().stream().map(p -> p.file().replace(dir + "/", "") + ":" + p.line()).toList();
        assertEquals(List.of("institutions-mine.tsv:1", "offices-mine.tsv:3", "offices-mine.tsv:4",
                "offices-mine.tsv:5", "offices-mine.tsv:6", "offices-mine.tsv:7"), lines, l.problems().toString());
        assertTrue(l.problems().get(0).reason().contains("'Norway' is a form of the country NOR"));
        assertTrue(l.problems().get(2).reason().contains("unknown state or organisation 'ZZZ'"));
        assertTrue(l.problems().get(3).reason().contains("unknown sector 'ARMY'"));
        KnowledgeBase kb = l.knowledgeBase();
        Person ana = kb.personsNamed("Ana Testova").get(0);
        assertEquals("Fisheries Minister", kb.officeOn(ana, LocalDate.of(2024, 1, 1)).orElseThrow().term().office());
        assertEquals("NOR", kb.institution("NOR-FISH").orElseThrow().country(), "the line is taken without its bad form");
    }

    @Test
    void aFileOfAnotherNameOrNotUtf8IsRefusedWholeWithItsReason() throws IOException {
        Path other = dir.resolve("people.tsv");
        Files.writeString(other, "x\n");
        Path binary = dir.resolve("offices-binary.tsv");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0x41, 0x0a});
        KbLoader.Loaded l = KbLoader.withFiles(List.of(other, binary));
        assertEquals(2, l.problems().size(), l.problems().toString());
        assertTrue(l.problems().stream().anyMatch(p -> p.reason().contains("not a knowledge-base file")));
        assertTrue(l.problems().stream().anyMatch(p -> p.reason().contains("not UTF-8")));
    }
}
