package dev.sitrep.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.sitrep.ingest.ArticleReader;
import dev.sitrep.ingest.IngestLimits;
import dev.sitrep.model.AidType;
import dev.sitrep.model.Article;
import dev.sitrep.model.Commitment;
import dev.sitrep.model.CommitmentStatus;
import dev.sitrep.model.Entity;
import dev.sitrep.model.EntityRef;
import dev.sitrep.model.EntityType;
import dev.sitrep.model.Event;
import dev.sitrep.model.EventMode;
import dev.sitrep.model.EventType;
import dev.sitrep.model.InputProblem;
import dev.sitrep.model.Quote;
import dev.sitrep.model.SourceDocument;
import dev.sitrep.model.Span;
import dev.sitrep.nlp.NlpSettings;
import dev.sitrep.pipeline.Analyzer;
import dev.sitrep.pipeline.ArticleRejected;
import dev.sitrep.pipeline.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled JSON Schema describes what {@link ArticleJson} really writes: real output validates with no message,
 * and output with a wrong field, type or label does not. Runs CoreNLP (loaded once for the class).
 */
class ArticleSchemaTest {

    private static final String SCHEMA = "/dev/sitrep/json/article.schema.json";
    private static final Path SEED = Path.of(System.getProperty("sitrep.shared", "../../shared"), "seed");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Written for this test: a title before a name, an appositive title, direct and indirect quotes. */
    private static final String OWN_TEXT = "Portuguese Defence Minister Marta Vilar said on Monday that Lisbon would"
            + " send two frigates to the Baltic Sea. \"Our crews are ready,\" Vilar told reporters in Porto.\n\n"
            + "\"We do not expect trouble, but we will be there,\" she said. Tomas Brandt, the German ambassador,"
            + " welcomed the move, according to a NATO statement.";

    private static Analyzer analyzer;
    private static JsonSchema schema;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws IOException {
        analyzer = new Analyzer(NlpSettings.defaults(), Limits.defaults());
        try (InputStream in = ArticleSchemaTest.class.getResourceAsStream(SCHEMA)) {
            assertNotNull(in, "schema not on the classpath: " + SCHEMA);
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    @Test
    void schemaIsItselfAValidDraft202012Schema() throws IOException {
        JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        JsonNode ours;
        try (InputStream in = ArticleSchemaTest.class.getResourceAsStream(SCHEMA)) {
            ours = MAPPER.readTree(in);
        }
        assertEquals(Set.of(), meta.validate(ours));
        assertEquals("https://sitrep.dev/schema/article.schema.json", ours.get("$id").textValue());
    }

    @Test
    void seedArticleOutputMatchesTheSchema() {
        Assumptions.assumeTrue(Files.isDirectory(SEED), "seed article folder not found at " + SEED);
        List<SourceDocument> docs = read(SEED);
        assertEquals(1, docs.size());

        ObjectNode json = ArticleJson.toJson(analyze(docs.get(0)));

        assertValid(json);
        assertOffsetsAndReferencesHold(json);
        // the seed has a wire header: its date-time and headline must come through
        assertEquals("2022-01-10T11:00:06", json.get("published").textValue());
        assertTrue(json.get("title").isTextual());
        assertTrue(json.get("entities").size() >= 5, () -> "entities: " + json.get("entities"));
        assertTrue(json.get("quotes").size() >= 3, () -> "quotes: " + json.get("quotes"));
        // so that the event and commitment item schemas are exercised on real output, not only on empty arrays
        assertTrue(json.get("events").size() >= 3, () -> "events: " + json.get("events"));
        assertTrue(json.get("commitments").size() >= 1, () -> "commitments: " + json.get("commitments"));
    }

    @Test
    void ownArticleWithQuotesAndTitlesMatchesTheSchema() throws IOException {
        ObjectNode line = MAPPER.createObjectNode()
                .put("id", "frigates")
                .put("url", "https://example.org/news/frigates")
                .put("title", "Portugal sends frigates north")
                .put("published", "2024-03-05T09:15:00+01:00")
                .put("text", OWN_TEXT);
        Path file = dir.resolve("own.jsonl");
        Files.writeString(file, MAPPER.writeValueAsString(line) + "\n", StandardCharsets.UTF_8);
        List<SourceDocument> docs = read(file);
        assertEquals(1, docs.size());

        ObjectNode json = ArticleJson.toJson(analyze(docs.get(0)));
        String rendered = ArticleJson.toString(json);

        assertValid(json);
        assertOffsetsAndReferencesHold(json);
        assertEquals("frigates", json.get("id").textValue());
        assertEquals("2024-03-05T09:15:00+01:00", json.get("published").textValue());
        assertEquals(OWN_TEXT, json.get("text").textValue());
        JsonNode vilar = entityNamed(json, "Marta Vilar");
        assertEquals("PERSON", vilar.get("type").textValue());
        assertEquals("Defence Minister", vilar.get("titles").get(0).textValue());
        assertEquals("PRT", vilar.get("affiliation").textValue());
        assertEquals("PRT", vilar.get("country").textValue());
        assertTrue(vilar.get("code").isNull());
        assertEquals("PRT", entityNamed(json, "Portugal").get("code").textValue());
        assertEquals("NATO", entityNamed(json, "NATO").get("code").textValue());
        JsonNode ready = quoteStarting(json, "Our crews are ready");
        assertTrue(ready.get("direct").booleanValue(), rendered);
        assertEquals(vilar.get("id"), ready.get("speaker"));
        assertEquals("told", ready.get("cue").textValue());
        JsonNode trouble = quoteStarting(json, "We do not expect trouble");
        assertEquals("she", slice(json, trouble.get("speakerMention")));
        assertEquals(vilar.get("id"), trouble.get("speaker"));
    }

    @Test
    void schemaRejectsWhatTheWriterMustNeverWrite() {
        ObjectNode good = handMade();
        assertValid(good);
        assertOffsetsAndReferencesHold(good);

        ObjectNode extraField = good.deepCopy();
        extraField.put("sentiment", 0.5);
        assertRejected(extraField, "property 'sentiment'");

        ObjectNode stringStart = good.deepCopy();
        ((ObjectNode) stringStart.get("quotes").get(0)).put("start", "12");
        assertRejected(stringStart, "$.quotes[0].start");

        ObjectNode animal = good.deepCopy();
        ((ObjectNode) animal.get("entities").get(0)).put("type", "ANIMAL");
        assertRejected(animal, "$.entities[0].type");

        ObjectNode unknownSector = good.deepCopy();
        ((ObjectNode) unknownSector.get("entities").get(0)).put("sector", "ARMY");
        assertRejected(unknownSector, "$.entities[0].sector");

        ObjectNode badOrigin = good.deepCopy();
        ((ObjectNode) badOrigin.get("entities").get(0).get("origins")).put("titles", "wikipedia");
        assertRejected(badOrigin, "$.entities[0].origins.titles");

        ObjectNode lowerCaseCountry = good.deepCopy();
        ((ObjectNode) lowerCaseCountry.get("entities").get(1)).put("code", "nor");
        assertRejected(lowerCaseCountry, "$.entities[1].code");

        ObjectNode negativeMention = good.deepCopy();
        ((ObjectNode) negativeMention.get("entities").get(0).get("mentions").get(0)).put("start", -1);
        assertRejected(negativeMention, "$.entities[0].mentions[0].start");

        ObjectNode extraSpanField = good.deepCopy();
        ((ObjectNode) extraSpanField.get("quotes").get(0).get("cueSpan")).put("length", 4);
        assertRejected(extraSpanField, "$.quotes[0].cueSpan: property 'length'");

        ObjectNode nameWithoutSpeaker = good.deepCopy();
        ((ObjectNode) nameWithoutSpeaker.get("quotes").get(0)).putNull("speaker");
        assertRejected(nameWithoutSpeaker, "$.quotes[0].speakerName");

        ObjectNode missingCoder = good.deepCopy();
        missingCoder.remove("coder");
        assertRejected(missingCoder, "property 'coder'");

        ObjectNode missingEvents = good.deepCopy();
        missingEvents.remove("events");
        assertRejected(missingEvents, "property 'events'");

        ObjectNode unknownMode = good.deepCopy();
        ((ObjectNode) unknownMode.get("events").get(0)).put("mode", "rumoured");
        assertRejected(unknownMode, "$.events[0].mode");

        ObjectNode upperCaseMode = good.deepCopy();
        ((ObjectNode) upperCaseMode.get("events").get(0)).put("mode", "FUTURE");
        assertRejected(upperCaseMode, "$.events[0].mode");

        ObjectNode dayOutOfRange = good.deepCopy();
        ((ObjectNode) dayOutOfRange.get("events").get(0)).put("date", "2024-01-32");
        assertRejected(dayOutOfRange, "$.events[0].date");

        ObjectNode refWithoutName = good.deepCopy();
        ((ObjectNode) refWithoutName.get("events").get(0).get("source").get(0)).remove("name");
        assertRejected(refWithoutName, "$.events[0].source[0]");

        ObjectNode missingStatus = good.deepCopy();
        ((ObjectNode) missingStatus.get("commitments").get(0)).remove("status");
        assertRejected(missingStatus, "$.commitments[0]: required property 'status'");

        ObjectNode amountAsText = good.deepCopy();
        ((ObjectNode) amountAsText.get("commitments").get(0)).put("amount", "2 million");
        assertRejected(amountAsText, "$.commitments[0].amount");

        ObjectNode currencyWithoutAmount = good.deepCopy();
        ((ObjectNode) currencyWithoutAmount.get("commitments").get(0)).putNull("amount");
        assertRejected(currencyWithoutAmount, "$.commitments[0].currency");

        ObjectNode unknownAidType = good.deepCopy();
        ((ObjectNode) unknownAidType.get("commitments").get(0)).put("aidType", "cyber");
        assertRejected(unknownAidType, "$.commitments[0].aidType");
    }

    /** An article built from records, without CoreNLP: every field filled, valid by construction. */
    private static ObjectNode handMade() {
        String text = "Foreign Minister Ingrid Holm of Norway said: \"We stay.\" Norway will send $2 million in aid to"
                + " Ukraine in March.";
        Entity holm = new Entity("e1", EntityType.PERSON, "Ingrid Holm", null, "NOR", List.of("Foreign Minister"),
                "NOR", List.of(new Span(17, 28)));
        Entity norway = new Entity("e2", EntityType.COUNTRY, "Norway", "NOR", "NOR", List.of(), null,
                List.of(new Span(32, 38), new Span(56, 62)));
        Entity ukraine = new Entity("e3", EntityType.COUNTRY, "Ukraine", "UKR", "UKR", List.of(), null,
                List.of(new Span(94, 101)));
        Quote quote = new Quote(new Span(46, 54), "We stay.", true, "e1", "Ingrid Holm", "said", new Span(39, 43),
                new Span(17, 28));
        EntityRef donor = new EntityRef("e2", "Norway", "NOR");
        EntityRef recipient = new EntityRef("e3", "Ukraine", "UKR");
        Span evidence = new Span(56, 110);
        Event send = new Event(EventType.AID, "033", EventMode.FUTURE, List.of(donor), List.of(recipient),
                "2024-03", null, "send", new Span(68, 72), evidence, "give");
        // a value with a scale word comes out of Amounts as 2E+6, which Jackson writes in exponent notation
        Commitment aid = new Commitment(donor, recipient, AidType.FINANCIAL, "2 million", new BigDecimal("2E+6"), "USD",
                CommitmentStatus.PLEDGED, "2024-03", evidence);
        SourceDocument source = new SourceDocument("holm", "https://example.org/holm", "Norway stays", null,
                "2024-01-02", text, "holm.txt");
        return ArticleJson.toJson(new Article(source, List.of(holm, norway, ukraine), List.of(quote), List.of(send),
                List.of(aid), Analyzer.CODER));
    }

    private static List<SourceDocument> read(Path path) {
        List<SourceDocument> docs = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        Consumer<SourceDocument> keep = docs::add;
        new ArticleReader(IngestLimits.defaults(), problems::add).read(List.of(path.toString()), keep);
        assertEquals(List.of(), problems);
        return docs;
    }

    private static Article analyze(SourceDocument doc) {
        try {
            return analyzer.analyze(doc);
        } catch (ArticleRejected e) {
            throw new AssertionError("article " + doc.id() + " rejected: " + e.getMessage(), e);
        }
    }

    private static void assertValid(JsonNode json) {
        Set<ValidationMessage> messages = schema.validate(json);
        assertEquals(Set.of(), messages, () -> "for " + ArticleJson.toString(json));
    }

    private static void assertRejected(JsonNode json, String where) {
        Set<ValidationMessage> messages = schema.validate(json);
        assertFalse(messages.isEmpty(), () -> "accepted: " + ArticleJson.toString(json));
        assertTrue(messages.stream().anyMatch(m -> m.getMessage().contains(where)),
                () -> "no message names " + where + ": " + messages);
    }

    /**
     * What the schema cannot say: every span lies inside the text with start <= end, a quote's text is its span's
     * characters, its cue is what its cue span holds, and its speaker is an entity of the same article; an event's
     * trigger is what its trigger span holds, inside its evidence, and every entity an event or commitment refers
     * to is an entity of the same article, named as there.
     */
    private static void assertOffsetsAndReferencesHold(JsonNode json) {
        int length = json.get("text").textValue().length();
        Map<String, String> names = new HashMap<>();
        for (JsonNode e : json.get("entities")) {
            names.put(e.get("id").textValue(), e.get("name").textValue());
            for (JsonNode m : e.get("mentions")) {
                assertSpanInText(m, length, "mention of " + e.get("id"));
            }
        }
        assertEquals(json.get("entities").size(), names.size(), "entity ids are not unique");
        for (JsonNode q : json.get("quotes")) {
            assertSpanInText(q, length, "quote");
            assertEquals(slice(json, q), q.get("text").textValue());
            if (!q.get("cueSpan").isNull()) {
                assertSpanInText(q.get("cueSpan"), length, "cue");
                // cues are given as written
                String cue = q.get("cue").textValue();
                assertEquals(slice(json, q.get("cueSpan")), cue, () -> "cue " + cue + " at " + q);
            }
            if (!q.get("speakerMention").isNull()) {
                assertSpanInText(q.get("speakerMention"), length, "speaker mention");
            }
            if (!q.get("speaker").isNull()) {
                String id = q.get("speaker").textValue();
                assertTrue(names.containsKey(id), "quote speaker " + id + " is not an entity");
                assertEquals(names.get(id), q.get("speakerName").textValue());
            }
        }
        for (JsonNode e : json.get("events")) {
            assertSpanInText(e, length, "event");
            JsonNode trigger = e.get("triggerSpan");
            assertSpanInText(trigger, length, "trigger");
            assertEquals(slice(json, trigger), e.get("trigger").textValue());
            assertTrue(e.get("start").intValue() <= trigger.get("start").intValue()
                    && trigger.get("end").intValue() <= e.get("end").intValue(),
                    () -> "trigger outside evidence: " + e);
            List<JsonNode> refs = new ArrayList<>();
            e.get("source").forEach(refs::add);
            e.get("target").forEach(refs::add);
            if (!e.get("location").isNull()) {
                refs.add(e.get("location"));
            }
            for (JsonNode r : refs) {
                String id = r.get("entity").textValue();
                assertTrue(names.containsKey(id), () -> "event refers to " + id + ", not an entity: " + e);
                assertEquals(names.get(id), r.get("name").textValue());
            }
        }
        for (JsonNode c : json.get("commitments")) {
            assertSpanInText(c, length, "commitment");
            assertTrue(names.containsKey(c.get("donorEntity").textValue()), () -> "donor is not an entity: " + c);
            if (!c.get("recipientEntity").isNull()) {
                assertTrue(names.containsKey(c.get("recipientEntity").textValue()),
                        () -> "recipient is not an entity: " + c);
            }
        }
    }

    private static void assertSpanInText(JsonNode span, int textLength, String what) {
        int start = span.get("start").intValue();
        int end = span.get("end").intValue();
        assertTrue(0 <= start && start <= end && end <= textLength,
                () -> what + " [" + start + "," + end + ") outside text of length " + textLength);
    }

    private static String slice(JsonNode article, JsonNode span) {
        return article.get("text").textValue().substring(span.get("start").intValue(), span.get("end").intValue());
    }

    private static JsonNode entityNamed(JsonNode article, String name) {
        for (JsonNode e : article.get("entities")) {
            if (e.get("name").textValue().equals(name)) {
                return e;
            }
        }
        throw new AssertionError("no entity named " + name + " in " + article.get("entities"));
    }

    private static JsonNode quoteStarting(JsonNode article, String prefix) {
        for (JsonNode q : article.get("quotes")) {
            if (q.get("text").textValue().startsWith(prefix)) {
                return q;
            }
        }
        throw new AssertionError("no quote starting \"" + prefix + "\" in " + article.get("quotes"));
    }
}
