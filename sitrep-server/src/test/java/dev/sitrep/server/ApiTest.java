package dev.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSON API of a real server on a free port, asked over HTTP as a client would. */
class ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Fixture fixture;

    @BeforeAll
    static void start() {
        fixture = Fixture.get();
    }

    static HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(fixture.url() + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode ok(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> r = get(pathAndQuery);
        assertEquals(200, r.statusCode(), pathAndQuery + " -> " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return JSON.readTree(r.body());
    }

    /** The 400 answer to a request: it names the parameter and says why. */
    private static void badParameter(String pathAndQuery, String parameter, String why)
            throws IOException, InterruptedException {
        HttpResponse<String> r = get(pathAndQuery);
        assertEquals(400, r.statusCode(), pathAndQuery + " -> " + r.body());
        JsonNode body = JSON.readTree(r.body());
        assertEquals("bad_parameter", body.path("error").asText(), r.body());
        assertEquals(parameter, body.path("parameter").asText(), r.body());
        assertTrue(body.path("message").asText().contains(why), pathAndQuery + " -> " + r.body());
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void searchFindsTheGrainTalksWithAMarkedSnippetAndFacets() throws Exception {
        JsonNode hits = ok("/api/search?q=grain");
        assertTrue(hits.path("items").size() >= 1, hits.toString());
        JsonNode first = hits.path("items").get(0);
        assertTrue(first.path("snippet").asText().contains("<b>grain</b>"), first.toString());
        JsonNode facets = ok("/api/facets?q=grain").path("facets");
        List<String> actors = new ArrayList<>();
        facets.path("actor").forEach(a -> actors.add(a.path("value").asText()));
        assertTrue(actors.contains("country:UKR") && actors.contains("country:POL"), facets.toString());
        JsonNode narrowed = ok("/api/search?q=grain&actor=country:POL&type=AGREE");
        assertEquals(first.path("article_id"), narrowed.path("items").get(0).path("article_id"));
        assertEquals(0, ok("/api/search?q=grain&actor=country:EST").path("items").size());
    }

    @Test
    void pagesAreBoundedAndSayWhereTheNextStarts() throws Exception {
        JsonNode page = ok("/api/events?limit=2");
        assertEquals(2, page.path("items").size());
        assertEquals(2, page.path("next").asInt());
        JsonNode second = ok("/api/events?limit=2&offset=2");
        assertFalse(page.path("items").get(0).equals(second.path("items").get(0)));
        JsonNode all = ok("/api/events?limit=500");
        assertTrue(all.path("next").isNull(), "a page that is not full is the last");
        badParameter("/api/events?limit=501", "limit", "between 1 and 500");
        badParameter("/api/events?limit=0", "limit", "between 1 and 500");
        badParameter("/api/events?offset=-1", "offset", "between 0 and 10000");
        badParameter("/api/events?offset=10001", "offset", "between 0 and 10000");
        badParameter("/api/events?limit=ten", "limit", "not a whole number");
        badParameter("/api/search?q=grain&limit=100000", "limit", "between 1 and 500");
    }

    @Test
    void badParametersGet400NamingTheParameterAndWhy() throws Exception {
        badParameter("/api/events?from=2024-13-01", "from", "not a day as YYYY-MM-DD");
        badParameter("/api/events?from=2024-05-02&to=2024-05-01", "from", "is after to");
        badParameter("/api/events?type=WAR", "type", "'WAR' is not one of agree, consult");
        badParameter("/api/events?mode=maybe", "mode", "not one of asserted, future");
        badParameter("/api/events?colour=red", "colour", "unknown parameter; this endpoint takes actor,");
        badParameter("/api/events?actor=UKR&actor=RUS", "actor", "given 2 times");
        badParameter("/api/events?actor=", "actor", "must not be empty");
        badParameter("/api/search", "q", "is required");
        badParameter("/api/search?q=" + q("AND ("), "q", "cannot read the query");
        badParameter("/api/timeline?interval=fortnight", "interval", "not one of day, week, month, year");
        badParameter("/api/support?type=guns", "type", "not one of military, financial, humanitarian");
        badParameter("/api/actors?kind=ALIEN", "kind", "not one of person, organization");
        badParameter("/api/search?q=" + "x".repeat(501), "q", "longer than 500 characters");
        HttpResponse<String> missing = get("/api/articles/no-such-article");
        assertEquals(404, missing.statusCode());
        assertEquals("not_found", JSON.readTree(missing.body()).path("error").asText());
        HttpResponse<String> noRoute = get("/api/nothing-here");
        assertEquals(404, noRoute.statusCode());
        assertEquals("not_found", JSON.readTree(noRoute.body()).path("error").asText());
    }

    @Test
    void anArticleComesWithEveryFactAndOffsetsIntoItsText() throws Exception {
        String id = ok("/api/search?q=" + q("Savchuk")).path("items").get(0).path("article_id").asText();
        JsonNode doc = ok("/api/articles/" + id);
        JsonNode a = doc.path("article");
        String text = a.path("text").asText();
        assertTrue(a.path("quotes").size() > 0 && a.path("entities").size() > 0 && a.path("events").size() > 0);
        for (JsonNode quote : a.path("quotes")) {
            assertEquals(quote.path("text").asText(), text.substring(quote.path("start").asInt(),
                    quote.path("end").asInt()), quote.toString());
        }
        for (JsonNode e : a.path("entities")) {
            assertNotNull(doc.path("actor_ids").get(e.path("id").asText()), e.toString());
        }
        assertEquals(a.path("events").size(), doc.path("event_ids").size());
        String eventId = doc.path("event_ids").get(0).asText();
        JsonNode reports = ok("/api/events/" + eventId + "/reports");
        assertEquals(id, reports.path("items").get(0).path("article_id").asText());
    }

    @Test
    void anActorComesWithRolesQuotesAndEventsAsSourceAndTarget() throws Exception {
        JsonNode people = ok("/api/actors?kind=PERSON&name=Savchuk");
        String person = people.path("items").get(0).path("actor_id").asText();
        JsonNode savchuk = ok("/api/actors/" + q(person).replace("+", "%20"));
        assertEquals("PERSON", savchuk.path("actor").path("kind").asText());
        assertTrue(savchuk.path("roles").size() > 0 && savchuk.path("quotes").size() > 0, savchuk.toString());
        JsonNode ukraine = ok("/api/actors/country:UKR");
        assertTrue(ukraine.path("as_source").size() + ukraine.path("as_target").size() > 0, ukraine.toString());
        for (JsonNode e : ukraine.path("as_target")) {
            assertTrue(e.path("target_codes").asText().contains("UKR"), e.toString());
        }
        assertEquals(404, get("/api/actors/country:XXX").statusCode());
    }

    @Test
    void timelineNetworkSupportAndStatsAnswer() throws Exception {
        JsonNode timeline = ok("/api/timeline?actor=UKR&interval=week");
        assertEquals("week", timeline.path("interval").asText());
        assertTrue(timeline.path("items").size() > 0);
        JsonNode network = ok("/api/network");
        assertTrue(network.path("links").size() > 0);
        Set<String> nodes = new TreeSet<>();
        network.path("nodes").forEach(n -> nodes.add(n.path("id").asText()));
        for (JsonNode l : network.path("links")) {
            assertTrue(nodes.contains(l.path("source").asText()) && nodes.contains(l.path("target").asText()));
            assertTrue(l.path("conflict").asInt() <= l.path("events").asInt());
        }
        JsonNode support = ok("/api/support?type=military");
        assertEquals("POL", support.path("items").get(0).path("donor").asText(), support.toString());
        assertEquals(0, ok("/api/support?type=humanitarian").path("items").size());
        JsonNode totals = ok("/api/support/totals?recipient=UKR");
        assertEquals("25000000", totals.path("items").get(0).path("total").asText(), totals.toString());
        HttpResponse<String> csv = get("/api/support.csv?donor=POL");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().startsWith("day,donor,recipient,aid_type,"), csv.body());
        assertEquals(2, csv.body().split("\r\n").length, csv.body());
        assertTrue(ok("/api/stats").path("items").size() >= 10);
        assertEquals(16, ok("/api/types").path("items").size());
    }

    @Test
    void theOpenApiDescriptionListsEveryRouteOfTheServer() throws Exception {
        JsonNode doc = ok("/openapi.json");
        assertEquals("3.0.3", doc.path("openapi").asText());
        Set<String> described = new TreeSet<>();
        doc.path("paths").fieldNames().forEachRemaining(described::add);
        String source = Files.readString(java.nio.file.Path.of("src/main/java/dev/sitrep/server/SitrepServer.java"));
        Set<String> routes = new TreeSet<>();
        Matcher m = Pattern.compile("r\\.(?:get|post)\\(\"(/api/[^\"]+)\"").matcher(source);
        while (m.find()) {
            routes.add(m.group(1));
        }
        assertEquals(routes, described);
    }

    @Test
    void ingestNeedsTheTokenAndShowsNewArticlesAtOnce() throws Exception {
        String line = JSON.createObjectNode().put("id", "posted").put("title", "Norway sends ferries")
                .put("published", "2024-07-02")
                .put("text", "Norway sent two ferries to Lithuania on Tuesday to help with the evacuation drills, "
                        + "the Norwegian Foreign Minister Ingrid Halvorsen said.\n") + "\n";
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(fixture.url() + "/api/ingest"))
                .POST(HttpRequest.BodyPublishers.ofString(line));
        assertEquals(401, HTTP.send(post.build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(401, HTTP.send(post.header("Authorization", "Bearer wrong").build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(0, ok("/api/search?q=ferries").path("items").size());

        var file = ServerFile.read(fixture.store.dir()).orElseThrow();
        assertEquals(fixture.url(), file.url());
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                Files.getPosixFilePermissions(fixture.store.dir().resolve(ServerFile.NAME)));
        HttpRequest.Builder authorised = HttpRequest.newBuilder(URI.create(fixture.url() + "/api/ingest"))
                .header("Authorization", "Bearer " + file.token());
        HttpResponse<String> r = HTTP.send(authorised.POST(HttpRequest.BodyPublishers.ofString(line)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(1, JSON.readTree(r.body()).path("stored").asInt(), r.body());
        assertEquals("Norway sends ferries", ok("/api/search?q=ferries").path("items").get(0).path("title").asText());
        r = HTTP.send(authorised.POST(HttpRequest.BodyPublishers.ofString(line + "{\"title\": 3}\n")).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode again = JSON.readTree(r.body());
        assertEquals(List.of(0, 1, 1), List.of(again.path("stored").asInt(), again.path("duplicates").asInt(),
                again.path("skipped").asInt()), r.body());

        byte[] tooLarge = new byte[(int) SitrepServer.MAX_BODY_BYTES + 1];
        java.util.Arrays.fill(tooLarge, (byte) ' ');
        r = HTTP.send(authorised.POST(HttpRequest.BodyPublishers.ofByteArray(tooLarge)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, r.statusCode(), r.body());
    }

    /** Sends a request line as written, without a client normalising the path first. */
    private static String raw(String path, String host) throws IOException {
        try (Socket s = new Socket("127.0.0.1", fixture.server.port())) {
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void staticFilesCannotBeReadOutsideTheUiFolder() throws Exception {
        String host = "127.0.0.1:" + fixture.server.port();
        assertTrue(raw("/css/sitrep.css", host).startsWith("HTTP/1.1 200"));
        for (String path : List.of("/../pom.xml", "/%2e%2e/%2e%2e/pom.xml", "/js/../../SitrepServer.class",
                "/js/%2e%2e/%2e%2e/Api.class", "/..%2fApi.class", "/js/..%2f..%2fApi.class",
                "/%2e%2e%2f%2e%2e%2fopenapi.json", "/webjars/../dev/sitrep/server/Api.class",
                "/..\\..\\Api.class", "/%5c..%5c..%5cApi.class", "/js/%252e%252e/%252e%252e/Api.class",
                "/webjars/chart.js/4.5.1/../../../dev/sitrep/server/Api.class",
                "/META-INF/MANIFEST.MF", "/dev/sitrep/server/Api.class")) {
            String answer = raw(path, host);
            String status = answer.substring(0, answer.indexOf("\r\n"));
            assertTrue(status.matches("HTTP/1.1 (400|404).*"), path + " -> " + status);
            assertFalse(answer.contains("\u00ca\u00fe\u00ba\u00be") || answer.contains("<project")
                    || answer.contains("Manifest-Version"), path + " leaked a file");
        }
    }

    @Test
    void requestsNamingAnotherHostAreRefusedOnLoopback() throws Exception {
        assertTrue(raw("/api/stats", "evil.example").startsWith("HTTP/1.1 400"));
        assertTrue(raw("/api/stats", "localhost:" + fixture.server.port()).startsWith("HTTP/1.1 200"));
    }

    @Test
    void articleTextWithScriptIsDataInTheApiAndNeverSniffedAsHtml() throws Exception {
        JsonNode hit = ok("/api/search?q=" + q("Rantanen")).path("items").get(0);
        assertEquals(Fixture.EVIL_TITLE, hit.path("title").asText());
        HttpResponse<String> r = get("/api/articles/" + hit.path("article_id").asText());
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
        JsonNode a = JSON.readTree(r.body()).path("article");
        assertTrue(a.path("text").asText().contains(Fixture.SCRIPT));
        assertTrue(a.path("text").asText().contains("href=\"javascript:alert(2)\""));
    }
}
