package dev.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitrep.store.Store;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The query commands on a store built once, by {@code sitrep ingest}, from five short articles written for this
 * test: a pledge of military aid with a named minister's quotes, two copies of one shelling report under different
 * headlines (one with an extra last sentence), and two JSON Lines briefs a month later.
 */
class QueryCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String PLEDGE = """
             date 2024-03-08 Poland pledges $25 million in military aid to Ukraine Friday, March 8, 2024 10:00:00 AM

            Poland pledged $25 million in military aid to Ukraine on Friday, including artillery ammunition and \
            spare parts for armoured vehicles.

            Polish Defence Minister Marta Kowalczyk said that the first deliveries would reach Ukraine within weeks.

            "We will stand with Ukraine for as long as it takes," Kowalczyk told reporters in Warsaw. "This is not \
            charity. It is our own security."
            """;

    private static final String SHELLING = """
            Russia shelled Kharkiv on Friday, killing two people and damaging a power station in the north of the \
            city, the regional governor said.

            The governor said that rescue teams were still searching the rubble of a block of flats on Saturday \
            morning.

            In Warsaw, Polish Defence Minister Marta Kowalczyk condemned the attack. "Russia is shelling homes, not \
            soldiers," she said.
            """;

    private static final String WIRE = " date 2024-04-12 Russian shelling kills two in Kharkiv Friday, April 12, 2024 "
            + "6:30:00 PM\n\n" + SHELLING;

    private static final String COPY = " date 2024-04-12 Two dead as Russia shells Kharkiv power station Friday, "
            + "April 12, 2024 7:05:00 PM\n\n" + SHELLING + "\nThe city has been shelled almost daily this month.\n";

    private static final String BRIEFS = """
            {"id": "ammunition-plant", "title": "Baltic states to build a joint ammunition plant", \
            "url": "https://example.org/news/ammunition-plant", "published": "2024-05-20T08:00:00Z", \
            "text": "Lithuania and Latvia agreed on Monday to build a joint ammunition plant near the border between \
            the two countries.\\n\\nLithuanian Economy Minister Jonas Petraitis said that the ammunition plant \
            would employ about 500 people and produce artillery ammunition for both armies from next year.\\n\\n\
            \\"Ammunition is what every army in Europe is short of,\\" Petraitis said.\\n"}
            {"id": "ferry-strike", "title": "Ferry workers strike in Tallinn", \
            "url": "https://example.org/news/ferry-strike", "published": "2024-05-22T12:00:00Z", \
            "text": "Ferry workers in Tallinn went on strike on Wednesday over pay, stopping most crossings to \
            Helsinki for the day.\\n\\nThe union said that talks with the ferry companies would resume next week.\\n"}
            """;

    private static final String PLEDGE_TITLE = "Poland pledges $25 million in military aid to Ukraine";
    private static final String PLANT_TITLE = "Baltic states to build a joint ammunition plant";

    @TempDir
    static Path tmp;

    private static Path data;

    @BeforeAll
    static void ingest() throws IOException {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(articles.resolve("pledge.txt"), PLEDGE, StandardCharsets.UTF_8);
        Files.writeString(articles.resolve("kharkiv-wire.txt"), WIRE, StandardCharsets.UTF_8);
        Files.writeString(articles.resolve("kharkiv-copy.txt"), COPY, StandardCharsets.UTF_8);
        Files.writeString(articles.resolve("briefs.jsonl"), BRIEFS, StandardCharsets.UTF_8);
        data = tmp.resolve("data");
        Cli.Result r = Cli.run(null, "ingest", "--data", data.toString(), "--threads", "2", articles.toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertTrue(r.err().contains("stored 5 articles"), r.err());
    }

    // ---- search ---------------------------------------------------------------------------------------------

    @Test
    void searchRanksTheArticleAboutThePlantFirstAndItsSnippetHasTheWord() throws IOException {
        List<JsonNode> hits = json("search", "ammunition");
        assertEquals(List.of(PLANT_TITLE, PLEDGE_TITLE), texts(hits, "title"));
        assertTrue(hits.get(0).get("score").asDouble() > hits.get(1).get("score").asDouble());
        assertTrue(hits.get(0).get("snippet").asText().contains("<b>ammunition</b>"), hits.get(0).toString());
        assertTrue(hits.get(1).get("snippet").asText().contains("artillery <b>ammunition</b>"), hits.toString());

        Cli.Result table = query("search", "ammunition");
        assertEquals(ExitCodes.OK, table.exitCode(), table.err());
        List<String> lines = table.out().lines().toList();
        assertEquals(4, lines.size(), table.out());
        assertTrue(lines.get(0).matches("score +published +site +title +snippet"), lines.get(0));
        assertTrue(lines.get(2).contains(PLANT_TITLE) && lines.get(2).contains("ammunition plant"), lines.get(2));
        assertFalse(table.out().contains("<b>") || table.out().contains("\033["), table.out());
        assertEquals("2 rows", table.err().strip());
    }

    @Test
    void searchByDayQuotesAndPages() throws IOException {
        assertEquals(List.of(PLEDGE_TITLE), texts(json("search", "ammunition", "--to", "2024-04-30"), "title"));
        assertEquals(List.of(PLEDGE_TITLE), texts(json("search", "ammunition", "--offset", "1"), "title"));
        assertEquals(List.of(), json("search", "ammunition", "--from", "2024-05-21"));

        List<JsonNode> quotes = json("search", "--quotes", "charity");
        assertEquals(1, quotes.size(), quotes.toString());
        assertEquals("This is not <b>charity</b>.", quotes.get(0).get("snippet").asText(), "the sentence matched");
        assertEquals(PLEDGE_TITLE, quotes.get(0).get("title").asText());
    }

    // ---- events ---------------------------------------------------------------------------------------------

    @Test
    void eventsByActorTypeModeAndDayAndTheTwoReportsOfTheShelling() throws IOException {
        List<JsonNode> assaults = json("events", "--actor", "Russia", "--type", "assault", "--mode", "asserted",
                "--from", "2024-04-01", "--to", "2024-04-30");
        assertFalse(assaults.isEmpty());
        for (JsonNode e : assaults) {
            assertEquals("ASSAULT", e.get("type").asText(), e.toString());
            assertEquals("Russia", e.get("source").asText(), e.toString());
            assertEquals("2024-04-12", e.get("day").asText(), e.toString());
            assertEquals(2, e.get("reports").asInt(), "reported by both copies: " + e);
        }
        JsonNode shelling = only(assaults, e -> e.get("target").asText().equals("Kharkiv"));
        assertEquals("RUS", shelling.get("source_codes").asText());

        List<JsonNode> reports = json("events", "--reports", shelling.get("event_id").asText());
        assertEquals(Set.of("Russian shelling kills two in Kharkiv", "Two dead as Russia shells Kharkiv power station"),
                new HashSet<>(texts(reports, "title")));
        for (JsonNode r : reports) {
            assertEquals("shelled", r.get("trigger").asText());
            assertTrue(r.get("evidence").asText().startsWith("Russia shelled Kharkiv"), r.toString());
        }

        assertEquals(List.of(), json("events", "--actor", "Russia", "--to", "2024-03-31"));
        assertEquals(List.of(), json("events", "--actor", "Russia", "--mode", "future"));
        JsonNode promise = only(json("events", "--source", "POL", "--target", "Ukraine", "--mode", "future"),
                e -> true);
        assertEquals("SUPPORT", promise.get("type").asText());
        assertEquals("2024-03-08", promise.get("day").asText());
        List<JsonNode> inShellingReports = json("events", "--text", "governor");
        assertEquals(Set.of("2024-04-12"), new HashSet<>(texts(inShellingReports, "day")), "only the two copies");
        assertTrue(texts(inShellingReports, "event_id").contains(shelling.get("event_id").asText()));
        assertEquals(Set.of("2024-05-22"), new HashSet<>(texts(json("events", "--text", "ferry"), "day")));
    }

    // ---- quotes and actors ----------------------------------------------------------------------------------

    @Test
    void quotesBySpeakerFromEveryArticleSheSpokeIn() throws IOException {
        List<JsonNode> quotes = json("quotes", "--speaker", "Kowalczyk");
        assertEquals(5, quotes.size(), quotes.toString());
        assertEquals(Set.of("Marta Kowalczyk"), new HashSet<>(texts(quotes, "speaker")));
        assertEquals(3, new HashSet<>(texts(quotes, "article_id")).size());
        assertTrue(texts(quotes, "text").contains("This is not charity. It is our own security."), quotes.toString());
        assertEquals(List.of("2024-04-12", "2024-04-12", "2024-03-08", "2024-03-08", "2024-03-08"),
                texts(quotes, "day"), "newest first");

        assertEquals(2, json("quotes", "--speaker", "Kowalczyk", "--from", "2024-04-01").size());
        assertEquals(List.of("Ammunition is what every army in Europe is short of,"),
                texts(json("quotes", "--speaker", "Petraitis", "--text", "Europe"), "text"));
        assertEquals(2, json("quotes", "--speaker", "Petraitis", "--text", "army").size(), "'armies' too");

        Cli.Result page = query("quotes", "--speaker", "Kowalczyk", "--limit", "2");
        assertEquals(4, page.out().lines().count(), page.out());
        assertTrue(page.err().contains("2 rows (there may be more: --offset 2)"), page.err());
        assertEquals(1, json("quotes", "--speaker", "Kowalczyk", "--limit", "2", "--offset", "4").size());
    }

    @Test
    void actorsListTheMinisterWithHerTitleAndAffiliationAndHerRolesOverTime() throws IOException {
        List<JsonNode> people = json("actors", "--kind", "person");
        assertEquals(List.of("Marta Kowalczyk", "Jonas Petraitis"), texts(people, "name"));
        JsonNode marta = people.get(0);
        assertEquals("person:marta kowalczyk", marta.get("actor_id").asText());
        assertEquals("[\"Defence Minister\"]", marta.get("titles").toString());
        assertEquals("[\"POL\"]", marta.get("affiliations").toString());
        assertEquals(3, marta.get("articles").asInt());
        assertEquals(5, marta.get("quotes").asInt());

        Cli.Result table = query("actors", "--kind", "PERSON");
        String row = table.out().lines().filter(l -> l.startsWith("person:marta kowalczyk")).findFirst().orElseThrow();
        assertTrue(row.matches("person:marta kowalczyk +PERSON +Marta Kowalczyk +POL +MIL +6 +3 +5 +Defence Minister +POL"), row);

        assertEquals("POL", json("actors", "--name", "Poland").get(0).get("code").asText());
        List<JsonNode> roles = json("actors", "--roles", "person:marta kowalczyk");
        assertEquals(List.of("2024-03-08", "2024-04-12", "2024-04-12"), texts(roles, "day"));
        assertEquals(Set.of("POL"), new HashSet<>(texts(roles, "affiliation")));
        Cli.Result byName = query("actors", "--roles", "Kowalczyk");
        assertTrue(byName.err().contains("roles of person:marta kowalczyk"), byName.err());
        assertEquals(3 + 2, byName.out().lines().count(), byName.out());
    }

    // ---- timeline and support -------------------------------------------------------------------------------

    @Test
    void timelineCountsEventsPerMonthAndWeekForAnActorOrAPairEitherWayRound() throws IOException {
        List<JsonNode> all = json("timeline");
        assertEquals(new TreeSet<>(List.of("2024-03-01", "2024-04-01", "2024-05-01")),
                new TreeSet<>(texts(all, "period")));
        JsonNode aprilAssaults = only(all, r -> r.get("period").asText().equals("2024-04-01")
                && r.get("type").asText().equals("ASSAULT"));
        assertEquals(2 * aprilAssaults.get("events").asInt(), aprilAssaults.get("reports").asInt(),
                "every assault in April is in both copies");

        for (List<String> pair : List.of(List.of("Russia", "Kharkiv"), List.of("Kharkiv", "RUS"))) {
            JsonNode row = only(json("timeline", "--pair", pair.get(0), pair.get(1)), r -> true);
            assertEquals("2024-04-01 ASSAULT 1 2", row.get("period").asText() + " " + row.get("type").asText() + " "
                    + row.get("events").asInt() + " " + row.get("reports").asInt(), pair.toString());
        }
        JsonNode week = only(json("timeline", "--pair", "Russia", "Kharkiv", "--interval", "week"), r -> true);
        assertEquals("2024-04-08", week.get("period").asText(), "the Monday of the week of Friday 12 April");

        List<JsonNode> russia = json("timeline", "--actor", "Russia", "--interval", "year");
        assertEquals(Set.of("2024-01-01 ASSAULT"), new HashSet<>(russia.stream()
                .map(r -> r.get("period").asText() + " " + r.get("type").asText()).toList()));
        assertEquals(List.of(), json("timeline", "--actor", "Russia", "--type", "AGREE"));
    }

    @Test
    void supportListsThePledgeThenTheTotalsPerCurrency() throws IOException {
        JsonNode pledge = only(json("support"), r -> true);
        assertEquals("POL UKR military pledged 25000000 USD", pledge.get("donor").asText() + " "
                + pledge.get("recipient").asText() + " " + pledge.get("aid_type").asText() + " "
                + pledge.get("status").asText() + " " + pledge.get("amount").toString() + " "
                + pledge.get("currency").asText());
        assertEquals("2024-03-08", pledge.get("day").asText());
        assertEquals(PLEDGE_TITLE, pledge.get("title").asText());

        Cli.Result table = query("support", "--recipient", "Ukraine", "--type", "MILITARY");
        assertEquals(ExitCodes.OK, table.exitCode(), table.err());
        List<String> lines = table.out().lines().toList();
        assertTrue(lines.get(2).matches("2024-03-08 +POL +UKR +military +military aid +25000000 +USD +pledged +"
                + "Poland pledges \\$25 million in military aid to Ukraine"), lines.get(2));
        int totals = lines.indexOf("Totals per currency:");
        assertTrue(totals > 0, table.out());
        assertTrue(lines.get(totals + 3).matches("POL +UKR +military +pledged +USD +1 +25000000"), table.out());
        assertEquals(List.of("1 row", "1 row"), table.err().lines().toList());

        Cli.Result csv = query("support", "--totals", "--format", "csv");
        assertEquals("donor,recipient,aid_type,status,currency,commitments,total\r\n"
                + "POL,UKR,military,pledged,USD,1,25000000\r\n", csv.out());
        assertEquals(List.of(), json("support", "--type", "humanitarian"));
        assertEquals(List.of(), json("support", "--donor", "Ukraine"));
        assertEquals(List.of(), json("support", "--status", "delivered"));
        assertEquals(List.of(), json("support", "--to", "2024-03-07"));
    }

    // ---- export and stats -----------------------------------------------------------------------------------

    @Test
    void exportWritesParquetCsvAndJsonlFilesAndPrintsThem() throws IOException {
        Path parquet = tmp.resolve("export-parquet");
        Cli.Result p = query("export", "--format", "parquet", "--out", parquet.toString());
        assertEquals(ExitCodes.OK, p.exitCode(), p.err());
        assertEquals(10, p.out().lines().count(), p.out());
        Path articles = parquet.resolve("articles.parquet");
        assertTrue(p.out().lines().toList().contains(articles.toString()), p.out());
        assertTrue(Files.size(articles) > 0);
        byte[] head = new byte[4];
        System.arraycopy(Files.readAllBytes(articles), 0, head, 0, 4);
        assertEquals("PAR1", new String(head, StandardCharsets.US_ASCII), "the Parquet magic number");
        assertTrue(Files.size(parquet.resolve("commitments.parquet")) > 0);

        Path csv = tmp.resolve("export-csv");
        assertEquals(ExitCodes.OK, query("export", "--format", "csv", "--out", csv.toString()).exitCode());
        List<String> commitments = Files.readAllLines(csv.resolve("commitments.csv"));
        assertTrue(commitments.get(0).startsWith("article_id,commitment_no,donor,"), commitments.get(0));
        assertEquals(2, commitments.size(), commitments.toString());

        Path jsonl = tmp.resolve("export-jsonl");
        Cli.Result j = query("export", "--format", "jsonl", "--out", jsonl.toString());
        assertEquals(jsonl.resolve("articles.jsonl").toString(), j.out().strip());
        List<String> lines = Files.readAllLines(jsonl.resolve("articles.jsonl"));
        assertEquals(5, lines.size());
        Set<String> titles = new HashSet<>();
        for (String line : lines) {
            JsonNode article = JSON.readTree(line);
            assertFalse(article.get("text").asText().isBlank());
            titles.add(article.get("title").asText());
        }
        assertTrue(titles.contains(PLEDGE_TITLE) && titles.contains(PLANT_TITLE), titles.toString());
    }

    @Test
    void statsCountWhatTheStoreHolds() throws IOException {
        List<JsonNode> stats = json("stats");
        assertEquals(5, only(stats, r -> r.get("table_name").asText().equals("articles")).get("rows").asInt());
        assertEquals(1, only(stats, r -> r.get("table_name").asText().equals("commitments")).get("rows").asInt());
        assertEquals(12, only(stats, r -> r.get("table_name").asText().equals("quotes")).get("rows").asInt());
        assertEquals(4, only(stats, r -> r.get("table_name").asText().equals("stories")).get("rows").asInt(),
                "the two copies of the Kharkiv report are one story");
    }

    // ---- formats --------------------------------------------------------------------------------------------

    @Test
    void jsonIsOneArrayJsonlOneObjectALineAndCsvHasTheHeader() throws IOException {
        Cli.Result json = query("events", "--format", "json");
        JsonNode array = JSON.readTree(json.out());
        assertTrue(array.isArray() && array.size() > 3, json.out());
        assertEquals("", json.err());

        Cli.Result jsonl = query("events", "--format", "jsonl");
        List<String> lines = jsonl.out().lines().toList();
        assertEquals(array.size(), lines.size());
        for (int i = 0; i < lines.size(); i++) {
            assertEquals(array.get(i), JSON.readTree(lines.get(i)));
        }

        Cli.Result csv = query("events", "--format", "CSV");
        List<String> rows = csv.out().lines().toList();
        assertEquals("event_id,day,type,mode,cameo,source,source_codes,target,target_codes,location,reports,"
                + "sources,first_reported,last_reported", rows.get(0));
        assertEquals(array.size() + 1, rows.size());
        assertTrue(csv.out().endsWith("\r\n"));
    }

    // ---- errors ---------------------------------------------------------------------------------------------

    @Test
    void badParametersAreUsageErrorsThatNameTheOptionAndSayWhy() {
        // the arguments, then what the first line of the message must hold: the option, and why
        List<List<String>> cases = List.of(
                List.of("events", "--from", "2024-13-01", "|", "--from", "is not a day as YYYY-MM-DD"),
                List.of("quotes", "--to", "yesterday", "|", "--to", "is not a day as YYYY-MM-DD"),
                List.of("events", "--from", "2024-05-01", "--to", "2024-04-01", "|",
                        "--from 2024-05-01 is after --to 2024-04-01", "empty"),
                List.of("events", "--type", "EXPLODE", "|", "--type", "expected one of [AGREE"),
                List.of("events", "--mode", "maybe", "|", "--mode", "ASSERTED, FUTURE, NEGATED, HYPOTHETICAL"),
                List.of("support", "--type", "guns", "|", "--type", "MILITARY, FINANCIAL, HUMANITARIAN"),
                List.of("support", "--status", "promised", "|", "--status", "PLEDGED"),
                List.of("actors", "--kind", "PLANET", "|", "--kind", "PERSON"),
                List.of("timeline", "--interval", "fortnight", "|", "--interval", "DAY, WEEK, MONTH, YEAR"),
                List.of("events", "--format", "xml", "|", "--format", "TABLE, JSON, JSONL, CSV"),
                List.of("export", "--format", "xls", "--out", "x", "|", "--format", "PARQUET, CSV, JSONL"),
                List.of("search", " ", "|", "QUERY", "must not be empty"),
                List.of("search", "AND", "|", "QUERY", "cannot read the query 'AND'"),
                List.of("events", "--text", "(", "|", "--text", "cannot read the query"),
                List.of("quotes", "--speaker", "", "|", "--speaker", "must not be empty"),
                List.of("events", "--limit", "0", "|", "--limit", "at least 1"),
                List.of("quotes", "--offset", "-1", "|", "--offset", "must not be negative"),
                List.of("timeline", "--actor", "Russia", "--pair", "POL", "UKR", "|", "--actor and --pair",
                        "together"),
                List.of("events", "--reports", "ev1", "--actor", "Russia", "|", "--reports", "takes no filters"));
        for (List<String> c : cases) {
            int bar = c.indexOf("|");
            List<String> args = c.subList(0, bar);
            Cli.Result r = query(args.toArray(String[]::new));
            assertEquals(ExitCodes.USAGE, r.exitCode(), args + ": " + r.err());
            String first = r.err().lines().findFirst().orElse("");
            assertTrue(first.startsWith("sitrep: ") && first.contains(c.get(bar + 1)) && first.contains(c.get(bar + 2)),
                    args + ": " + r.err());
            assertTrue(r.err().contains("--help"), r.err());
            assertEquals("", r.out(), args.toString());
        }
    }

    @Test
    void aMissingStoreIsFatalAndNoStoreIsCreated() throws IOException {
        Path missing = tmp.resolve("no-such-store");
        for (String command : List.of("stats", "events", "search", "export")) {
            List<String> args = new ArrayList<>(List.of(command, "--data", missing.toString()));
            if (command.equals("search")) {
                args.add("grain");
            } else if (command.equals("export")) {
                args.addAll(List.of("--out", tmp.resolve("no-export").toString()));
            }
            Cli.Result r = Cli.run(null, args.toArray(String[]::new));
            assertEquals(ExitCodes.FATAL, r.exitCode(), r.err());
            assertEquals("sitrep: no store in " + missing + " (no such directory); build one with: sitrep ingest "
                    + "--data " + missing + " FILES", r.err().strip());
            assertFalse(Files.exists(missing), command + " created " + missing);
        }
        assertFalse(Files.exists(tmp.resolve("no-export")));

        Path empty = Files.createDirectories(tmp.resolve("empty-dir"));
        Cli.Result r = Cli.run(null, "quotes", "--data", empty.toString());
        assertEquals(ExitCodes.FATAL, r.exitCode());
        assertTrue(r.err().contains("no store in " + empty + " (it has no sitrep.duckdb)"), r.err());
        try (Stream<Path> files = Files.list(empty)) {
            assertEquals(0, files.count(), "the empty directory stays empty");
        }
    }

    @Test
    void aStoreInUseIsFatalWithTheStoresMessage() {
        try (Store held = Store.open(data)) {
            Cli.Result r = query("stats");
            assertEquals(ExitCodes.FATAL, r.exitCode(), r.err());
            assertEquals("sitrep: data directory " + data + " is in use by another sitrep process; wait for it to "
                    + "finish or use another --data directory", r.err().strip());
            assertEquals(held.articles(), 5);
        }
        assertEquals(ExitCodes.OK, query("stats").exitCode(), "free again once closed");
    }

    @Test
    void everyQueryCommandHasHelpWithExamplesAndTheLockNote() {
        for (String command : List.of("search", "events", "quotes", "actors", "timeline", "support", "export",
                "stats")) {
            Cli.Result r = Cli.run(null, command, "--help");
            assertEquals(ExitCodes.OK, r.exitCode(), command);
            assertTrue(r.out().contains("Examples:\n  sitrep " + command), command + ":\n" + r.out());
            assertTrue(r.out().replace('\n', ' ').contains("queries cannot run while an ingest runs"), r.out());
        }
        Cli.Result main = Cli.run(null, "--help");
        for (String command : List.of("search", "events", "quotes", "actors", "timeline", "support", "export",
                "stats")) {
            assertTrue(main.out().contains("\n  " + command + " "), command + " missing from:\n" + main.out());
        }
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    /** Runs a command on the test store. */
    private static Cli.Result query(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data";
        all[args.length + 1] = data.toString();
        return Cli.run(null, all);
    }

    /** Runs a command on the test store with {@code --format json} and returns its rows. */
    private static List<JsonNode> json(String... args) throws IOException {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--format";
        all[args.length + 1] = "json";
        Cli.Result r = query(all);
        assertEquals(ExitCodes.OK, r.exitCode(), String.join(" ", args) + ": " + r.err());
        List<JsonNode> rows = new ArrayList<>();
        JSON.readTree(r.out()).forEach(rows::add);
        return rows;
    }

    private static List<String> texts(List<JsonNode> rows, String field) {
        return rows.stream().map(r -> r.get(field).asText()).toList();
    }

    private static JsonNode only(List<JsonNode> rows, java.util.function.Predicate<JsonNode> which) {
        List<JsonNode> found = rows.stream().filter(which).toList();
        assertEquals(1, found.size(), () -> "expected one row in " + rows);
        return found.get(0);
    }
}
