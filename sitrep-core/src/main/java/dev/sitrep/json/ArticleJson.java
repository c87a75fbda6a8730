package dev.sitrep.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sitrep.model.Article;
import dev.sitrep.model.Commitment;
import dev.sitrep.model.Entity;
import dev.sitrep.model.EntityRef;
import dev.sitrep.model.Event;
import dev.sitrep.model.Quote;
import dev.sitrep.model.SourceDocument;
import dev.sitrep.model.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
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
        o.put("recipient", c.recipient() == null ? null : codeOrName(c.recipient()));
        o.put("recipientEntity", c.recipient() == null ? null : c.recipient().entity());
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
        return o;
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

    public static String toString(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
