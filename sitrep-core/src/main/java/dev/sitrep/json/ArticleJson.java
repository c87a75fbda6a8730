package dev.sitrep.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sitrep.model.AidType;
import dev.sitrep.model.Article;
import dev.sitrep.model.Commitment;
import dev.sitrep.model.CommitmentStatus;
import dev.sitrep.model.Entity;
import dev.sitrep.model.EntityType;
import dev.sitrep.model.EntityRef;
import dev.sitrep.model.Event;
import dev.sitrep.model.EventMode;
import dev.sitrep.model.EventType;
import dev.sitrep.model.Origin;
import dev.sitrep.model.Quote;
import dev.sitrep.model.Sector;
import dev.sitrep.model.SourceDocument;
import dev.sitrep.model.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Writes articles as JSON, one object per line. The field names are a published contract: tests, the
 * evaluation and outside tools read them. Thread-safe.
 */
public final class ArticleJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false)
            .configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true);

    private ArticleJson() {
    }

    public static ObjectNode toJson(Article article) {
        SourceDocument s = article.source();
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", s.id());
        o.put("url", s.url());
        o.put("title", s.title());
        o.put("author", s.author());
        o.put("published", s.published());
        o.put("text", s.text());
        ArrayNode entities = o.putArray("entities");
        for (Entity e : article.entities()) {
            entities.add(entity(e));
        }
        ArrayNode quotes = o.putArray("quotes");
        for (Quote q : article.quotes()) {
            quotes.add(quote(q));
        }
        ArrayNode events = o.putArray("events");
        for (Event e : article.events()) {
            events.add(event(e));
        }
        ArrayNode commitments = o.putArray("commitments");
        for (Commitment c : article.commitments()) {
            commitments.add(commitment(c));
        }
        o.put("coder", article.coder());
        return o;
    }

    private static ObjectNode event(Event e) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("type", e.type().name());
        o.put("cameo", e.cameo());
        o.put("mode", e.mode().name().toLowerCase(Locale.ROOT));
        o.set("source", refs(e.source()));
        o.set("target", refs(e.target()));
        o.put("date", e.date());
        o.set("location", e.location() == null ? null : ref(e.location()));
        o.put("trigger", e.trigger());
        o.set("triggerSpan", span(e.triggerSpan()));
        o.put("start", e.span().start());
        o.put("end", e.span().end());
        o.put("pattern", e.pattern());
        return o;
    }

    private static ObjectNode commitment(Commitment c) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("donor", codeOrName(c.donor()));
        o.put("donorEntity", c.donor().entity());
        o.put("donorCountry", c.donor().country());
        o.put("donorSector", sector(c.donor().sector()));
        o.put("recipient", c.recipient() == null ? null : codeOrName(c.recipient()));
        o.put("recipientEntity", c.recipient() == null ? null : c.recipient().entity());
        o.put("recipientCountry", c.recipient() == null ? null : c.recipient().country());
        o.put("recipientSector", c.recipient() == null ? null : sector(c.recipient().sector()));
        o.put("aidType", c.aidType().name().toLowerCase(Locale.ROOT));
        o.put("what", c.what());
        o.put("amount", c.amount());
        o.put("currency", c.currency());
        o.put("status", c.status().name().toLowerCase(Locale.ROOT));
        o.put("date", c.date());
        o.put("start", c.span().start());
        o.put("end", c.span().end());
        return o;
    }

    private static String codeOrName(EntityRef r) {
        return r.code() != null ? r.code() : r.name();
    }

    private static ArrayNode refs(List<EntityRef> refs) {
        ArrayNode a = MAPPER.createArrayNode();
        refs.forEach(r -> a.add(ref(r)));
        return a;
    }

    private static ObjectNode ref(EntityRef r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("entity", r.entity());
        o.put("name", r.name());
        o.put("code", r.code());
        o.put("country", r.country());
        o.put("sector", sector(r.sector()));
        return o;
    }

    private static String sector(Sector s) {
        return s == null ? null : s.name();
    }

    private static ObjectNode entity(Entity e) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", e.id());
        o.put("type", e.type().name());
        o.put("name", e.name());
        o.put("code", e.code());
        o.put("country", e.country());
        ArrayNode titles = o.putArray("titles");
        e.titles().forEach(titles::add);
        o.put("affiliation", e.affiliation());
        o.put("sector", sector(e.sector()));
        o.put("kb", e.kb());
        ObjectNode origins = o.putObject("origins");
        for (Entity.Field f : Entity.Field.values()) {
            Origin from = e.origins().get(f);
            if (from != null) {
                origins.put(f.name().toLowerCase(Locale.ROOT), from.toString());
            }
        }
        ArrayNode mentions = o.putArray("mentions");
        for (Span m : e.mentions()) {
            mentions.add(span(m));
        }
        return o;
    }

    private static ObjectNode quote(Quote q) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("start", q.span().start());
        o.put("end", q.span().end());
        o.put("text", q.text());
        o.put("direct", q.direct());
        o.put("speaker", q.speakerId());
        o.put("speakerName", q.speakerName());
        o.put("cue", q.cue());
        o.set("cueSpan", q.cueSpan() == null ? null : span(q.cueSpan()));
        o.set("speakerMention", q.speakerSpan() == null ? null : span(q.speakerSpan()));
        return o;
    }

    private static ObjectNode span(Span s) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("start", s.start());
        o.put("end", s.end());
        return o;
    }

    /** Writes one article as a single line of JSON followed by a newline. */
    public static void writeLine(Article article, Writer out) {
        try {
            MAPPER.writeValue(out, toJson(article));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write output", e);
        }
    }

    /**
     * Reads an article back from one line of {@link #writeLine} output.
     *
     * @throws IllegalArgumentException when the line is not such an article, saying what is wrong
     */
    public static Article fromJson(String line) {
        try {
            JsonNode o = MAPPER.readTree(line);
            SourceDocument source = new SourceDocument(o.path("id").asText(), text(o, "url"), text(o, "title"),
                    text(o, "author"), text(o, "published"), o.path("text").asText(), o.path("id").asText());
            List<Entity> entities = new ArrayList<>();
            for (JsonNode e : o.path("entities")) {
                List<String> titles = new ArrayList<>();
                e.path("titles").forEach(t -> titles.add(t.asText()));
                Map<Entity.Field, Origin> origins = new EnumMap<>(Entity.Field.class);
                e.path("origins").fields().forEachRemaining(f -> origins.put(
                        Entity.Field.valueOf(f.getKey().toUpperCase(Locale.ROOT)), Origin.parse(f.getValue().asText())));
                entities.add(new Entity(e.path("id").asText(), EntityType.valueOf(e.path("type").asText()),
                        e.path("name").asText(), text(e, "code"), text(e, "country"), titles,
                        text(e, "affiliation"), sectorOf(text(e, "sector")), text(e, "kb"), origins,
                        spans(e.path("mentions"))));
            }
            List<Quote> quotes = new ArrayList<>();
            for (JsonNode q : o.path("quotes")) {
                quotes.add(new Quote(new Span(q.path("start").asInt(), q.path("end").asInt()), q.path("text").asText(),
                        q.path("direct").asBoolean(), text(q, "speaker"), text(q, "speakerName"), text(q, "cue"),
                        span(q.get("cueSpan")), span(q.get("speakerMention"))));
            }
            List<Event> events = new ArrayList<>();
            for (JsonNode e : o.path("events")) {
                events.add(new Event(EventType.valueOf(e.path("type").asText()), e.path("cameo").asText(),
                        EventMode.valueOf(e.path("mode").asText().toUpperCase(Locale.ROOT)), refs(e.path("source")),
                        refs(e.path("target")), text(e, "date"), ref(e.get("location")), e.path("trigger").asText(),
                        span(e.get("triggerSpan")), new Span(e.path("start").asInt(), e.path("end").asInt()),
                        e.path("pattern").asText()));
            }
            List<Commitment> commitments = new ArrayList<>();
            for (JsonNode c : o.path("commitments")) {
                EntityRef donor = new EntityRef(c.path("donorEntity").asText(), c.path("donor").asText(),
                        codeOrNull(c.path("donor").asText()), text(c, "donorCountry"),
                        sectorOf(text(c, "donorSector")));
                EntityRef recipient = c.path("recipientEntity").isTextual() ? new EntityRef(
                        c.path("recipientEntity").asText(), c.path("recipient").asText(),
                        codeOrNull(c.path("recipient").asText()), text(c, "recipientCountry"),
                        sectorOf(text(c, "recipientSector"))) : null;
                commitments.add(new Commitment(donor, recipient,
                        AidType.valueOf(c.path("aidType").asText().toUpperCase(Locale.ROOT)), c.path("what").asText(),
                        c.path("amount").isNumber() ? c.path("amount").decimalValue() : null, text(c, "currency"),
                        CommitmentStatus.valueOf(c.path("status").asText().toUpperCase(Locale.ROOT)), text(c, "date"),
                        new Span(c.path("start").asInt(), c.path("end").asInt())));
            }
            return new Article(source, entities, quotes, events, commitments, o.path("coder").asText());
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not an article as sitrep writes it: " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<Span> spans(JsonNode array) {
        List<Span> spans = new ArrayList<>();
        array.forEach(m -> spans.add(span(m)));
        return spans;
    }

    private static Span span(JsonNode o) {
        return o == null || o.isNull() ? null : new Span(o.path("start").asInt(), o.path("end").asInt());
    }

    private static List<EntityRef> refs(JsonNode array) {
        List<EntityRef> refs = new ArrayList<>();
        array.forEach(r -> refs.add(ref(r)));
        return refs;
    }

    private static EntityRef ref(JsonNode o) {
        return o == null || o.isNull() ? null : new EntityRef(o.path("entity").asText(), o.path("name").asText(),
                text(o, "code"), text(o, "country"), sectorOf(text(o, "sector")));
    }

    private static Sector sectorOf(String code) {
        return code == null ? null : Sector.of(code);
    }

    /** A commitment's donor or recipient is written as its code, else its name: a code is upper case. */
    private static String codeOrNull(String codeOrName) {
        return codeOrName.matches("[A-Z][A-Z0-9-]{1,15}") ? codeOrName : null;
    }

    public static String toString(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
