package dev.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Format and consistency checks for the gazetteer resource files. */
class GazetteerFilesTest {

    private static final String DIR = "/dev/sitrep/extract/gazetteer/";
    private static final int COUNTRY_COLUMNS = 6;
    private static final int ORG_COLUMNS = 5;
    private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{3}");
    private static final Pattern ORG_CODE = Pattern.compile("[A-Z][A-Z0-9]*");
    private static final Set<String> KINDS = Set.of(
            "INTERNATIONAL", "ALLIANCE", "FINANCIAL", "MEDIA", "ARMED_GROUP",
            "COMPANY", "NGO", "COURT", "GOVERNMENT_BODY");

    /** One data line: its 1-based line number and its columns. */
    private record Row(int line, String[] cols) {
        String col(int i) {
            return cols[i];
        }

        List<String> list(int i) {
            return cols[i].isEmpty() ? List.of() : Arrays.asList(cols[i].split("\\|", -1));
        }
    }

    private static List<Row> countries;
    private static List<Row> orgs;
    private static Map<String, Row> countryByCode;
    private static Map<String, Row> orgByCode;

    @BeforeAll
    static void load() throws IOException {
        countries = read("countries.tsv", COUNTRY_COLUMNS);
        orgs = read("organizations.tsv", ORG_COLUMNS);
        countryByCode = byCode(countries);
        orgByCode = byCode(orgs);
    }

    private static List<Row> read(String file, int columns) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = GazetteerFilesTest.class.getResourceAsStream(DIR + file)) {
            assertNotNull(in, "missing classpath resource " + DIR + file);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            boolean sawHeader = false;
            while ((line = reader.readLine()) != null) {
                n++;
                if (n == 1) {
                    assertTrue(line.startsWith("#"), file + ": first line must be a '#' header");
                }
                if (line.startsWith("#")) {
                    sawHeader = true;
                    continue;
                }
                assertFalse(line.isBlank(), file + ":" + n + ": blank line");
                String[] cols = line.split("\t", -1);
                assertEquals(columns, cols.length, file + ":" + n + ": expected " + columns + " columns: " + line);
                for (String c : cols) {
                    assertEquals(c.strip(), c, file + ":" + n + ": stray whitespace in column '" + c + "'");
                }
                rows.add(new Row(n, cols));
            }
            assertTrue(sawHeader, file + ": no header");
        }
        assertFalse(rows.isEmpty(), file + ": no data lines");
        return rows;
    }

    private static Map<String, Row> byCode(List<Row> rows) {
        Map<String, Row> map = new LinkedHashMap<>();
        for (Row r : rows) {
            Row prev = map.put(r.col(0), r);
            if (prev != null) {
                fail("duplicate code " + r.col(0) + " on lines " + prev.line() + " and " + r.line());
            }
        }
        return map;
    }

    private static String key(String surface) {
        return surface.toLowerCase(Locale.ROOT);
    }

    /** Every surface form of a country: name, aliases, demonyms, capitals, government metonyms. */
    private static List<String> countrySurfaces(Row r) {
        List<String> out = new ArrayList<>();
        out.add(r.col(1));
        for (int i = 2; i < COUNTRY_COLUMNS; i++) {
            out.addAll(r.list(i));
        }
        return out;
    }

    private static List<String> orgSurfaces(Row r) {
        List<String> out = new ArrayList<>();
        out.add(r.col(1));
        out.addAll(r.list(2));
        return out;
    }

    @Test
    void countryCodesAndNames() {
        for (Row r : countries) {
            assertTrue(COUNTRY_CODE.matcher(r.col(0)).matches(), "line " + r.line() + ": bad code " + r.col(0));
            assertFalse(r.col(1).isEmpty(), "line " + r.line() + ": empty name");
        }
        assertTrue(countries.size() >= 190, "only " + countries.size() + " countries");
    }

    @Test
    void noEmptyListItems() {
        for (Row r : countries) {
            for (String s : countrySurfaces(r)) {
                assertFalse(s.isBlank(), "countries.tsv:" + r.line() + ": empty '|' item");
            }
        }
        for (Row r : orgs) {
            for (String s : orgSurfaces(r)) {
                assertFalse(s.isBlank(), "organizations.tsv:" + r.line() + ": empty '|' item");
            }
        }
    }

    @Test
    void noSurfaceFormClaimedByTwoCountries() {
        Map<String, String> owner = new HashMap<>();
        for (Row r : countries) {
            for (String s : countrySurfaces(r)) {
                String prev = owner.putIfAbsent(key(s), r.col(0));
                if (prev != null && !prev.equals(r.col(0))) {
                    fail("'" + s + "' claimed by " + prev + " and " + r.col(0));
                }
            }
        }
    }

    @Test
    void organizationsAreWellFormed() {
        for (Row r : orgs) {
            String where = "organizations.tsv:" + r.line() + ": ";
            assertTrue(ORG_CODE.matcher(r.col(0)).matches(), where + "bad code " + r.col(0));
            assertFalse(r.col(1).isEmpty(), where + "empty name");
            assertTrue(KINDS.contains(r.col(3)), where + "bad kind " + r.col(3));
            String country = r.col(4);
            if (!country.isEmpty()) {
                assertTrue(COUNTRY_CODE.matcher(country).matches(), where + "bad country " + country);
                assertTrue(countryByCode.containsKey(country), where + "unknown country " + country);
            }
        }
    }

    @Test
    void orgSurfaceFormsDoNotCollide() {
        Map<String, String> countryOwner = new HashMap<>();
        for (Row r : countries) {
            for (String s : countrySurfaces(r)) {
                countryOwner.put(key(s), r.col(0));
            }
        }
        Map<String, String> orgOwner = new HashMap<>();
        for (Row r : orgs) {
            for (String s : orgSurfaces(r)) {
                String c = countryOwner.get(key(s));
                if (c != null) {
                    fail("org " + r.col(0) + " form '" + s + "' is a surface form of country " + c);
                }
                String prev = orgOwner.putIfAbsent(key(s), r.col(0));
                if (prev != null && !prev.equals(r.col(0))) {
                    fail("'" + s + "' claimed by orgs " + prev + " and " + r.col(0));
                }
            }
        }
    }

    @Test
    void knownCountryFacts() {
        Row can = countryByCode.get("CAN");
        assertNotNull(can);
        assertEquals("Canada", can.col(1));
        assertTrue(can.list(3).contains("Canadian"));

        Row cze = countryByCode.get("CZE");
        assertNotNull(cze);
        assertEquals("Czech Republic", cze.col(1));
        assertTrue(cze.list(3).contains("Czech"));

        Row ukr = countryByCode.get("UKR");
        assertNotNull(ukr);
        assertTrue(ukr.list(4).containsAll(List.of("Kyiv", "Kiev")));

        Row rus = countryByCode.get("RUS");
        assertNotNull(rus);
        assertEquals("Russia", rus.col(1));
        assertTrue(rus.list(5).contains("Kremlin"));

        assertEquals("United States", countryByCode.get("USA").col(1));
        assertEquals("United Kingdom", countryByCode.get("GBR").col(1));
        assertNotNull(countryByCode.get("XKX"), "Kosovo");
        assertNotNull(countryByCode.get("TWN"), "Taiwan");
        assertNotNull(countryByCode.get("PSE"), "Palestine");
    }

    @Test
    void knownOrganizationFacts() {
        for (String code : List.of("NATO", "EU", "UN", "OSCE")) {
            assertNotNull(orgByCode.get(code), code);
        }
        assertEquals("European Union", orgByCode.get("EU").col(1));
        assertEquals("United Nations", orgByCode.get("UN").col(1));

        Row ctv = orgByCode.get("CTV");
        assertNotNull(ctv);
        assertEquals("CTV News", ctv.col(1));
        assertEquals("MEDIA", ctv.col(3));
        assertEquals("CAN", ctv.col(4));
    }

    @Test
    void givenNamesAreLowerCaseUniqueAndOfOneGender() throws IOException {
        Map<String, String> seen = new HashMap<>();
        for (Row r : read("given-names.tsv", 2)) {
            String name = r.col(0);
            assertEquals(name.toLowerCase(Locale.ROOT).strip(), name, "line " + r.line());
            assertTrue(Set.of("F", "M").contains(r.col(1)), "line " + r.line() + ": gender " + r.col(1));
            assertTrue(seen.put(name, r.col(1)) == null, "line " + r.line() + ": " + name + " listed twice");
        }
        assertEquals("F", seen.get("melanie"));
        assertEquals("M", seen.get("volodymyr"));
        for (String both : List.of("jordan", "dana", "kelly", "lindsey", "jean", "jan", "alexis")) {
            assertFalse(seen.containsKey(both), both + " is given to both");
        }
    }
}
