package dev.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Format checks for the gazetteer files the extractor still holds itself. States, institutions and people are the
 * knowledge base's (sitrep-kb, checked by its loader and BuiltInKnowledgeTest).
 */
class GazetteerFilesTest {

    private static final String FILE = "/dev/sitrep/extract/gazetteer/given-names.tsv";

    @Test
    void givenNamesAreLowerCaseUniqueAndOfOneGender() throws IOException {
        Map<String, String> seen = new HashMap<>();
        try (InputStream in = GazetteerFilesTest.class.getResourceAsStream(FILE)) {
            assertNotNull(in, "missing classpath resource " + FILE);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = reader.readLine()) != null) {
                n++;
                if (line.startsWith("#")) {
                    continue;
                }
                assertFalse(line.isBlank(), n + ": blank line");
                String[] cols = line.split("\t", -1);
                assertEquals(2, cols.length, n + ": expected 2 columns: " + line);
                String name = cols[0];
                assertEquals(name.toLowerCase(Locale.ROOT).strip(), name, "line " + n);
                assertTrue(Set.of("F", "M").contains(cols[1]), "line " + n + ": gender " + cols[1]);
                assertTrue(seen.put(name, cols[1]) == null, "line " + n + ": " + name + " listed twice");
            }
        }
        assertEquals("F", seen.get("melanie"));
        assertEquals("M", seen.get("volodymyr"));
        for (String both : List.of("jordan", "dana", "kelly", "lindsey", "jean", "jan", "alexis")) {
            assertFalse(seen.containsKey(both), both + " is given to both");
        }
    }
}
