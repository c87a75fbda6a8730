package dev.sitrep.eval;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitrep.model.EventType;
import dev.sitrep.model.InputProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Reads PLOVER gold-standard event records ({@code PLOVER_GSR_CAMEO}): a JSON array of objects with {@code id},
 * {@code text}, {@code event}, {@code source} and {@code target} (each a list of {@code {actorText, code}}, or
 * {@code ""} or null for none) and {@code textInfo.markup}. The {@code DOCUMENT} header record is skipped.
 *
 * <p>The records carry PLOVER 0.5b1 names; the four that were renamed since are mapped: DEMAND to REQUEST,
 * DISAPPROVE and INVESTIGATE to ACCUSE, FIGHT to ASSAULT. Two CAMEO country codes left in the gold despite its
 * readme's promise of ISO 3166 alpha-3 are corrected: JAP to JPN, VTN to VNM.
 *
 * <p>A record that cannot be used (unknown event name, no id or text, actors that are not a list, a duplicate id)
 * is reported and skipped; a file that is not a JSON array of records is refused.
 */
public final class PloverGold {

    /**
     * What a gold file held.
     *
     * @param records  the usable records, in file order
     * @param problems records that were skipped, with the reason (at most {@value ProblemLog#LIMIT} listed)
     */
    public record Result(List<GoldEvent> records, List<InputProblem> problems) {

        public Result {
            records = List.copyOf(records);
            problems = List.copyOf(problems);
        }
    }

    private static final String HEADER = "DOCUMENT";

    private static final Map<String, EventType> RENAMED = Map.of(
            "DEMAND", EventType.REQUEST,
            "DISAPPROVE", EventType.ACCUSE,
            "INVESTIGATE", EventType.ACCUSE,
            "FIGHT", EventType.ASSAULT);

    private static final Map<String, String> CODE_FIXES = Map.of("JAP", "JPN", "VTN", "VNM");

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Why a record is skipped. */
    private static final class Unusable extends RuntimeException {
        Unusable(String reason) {
            super(reason, null, false, false);
        }
    }

    /** The actors of one role: their codes and their words. */
    private record Actors(SortedSet<String> codes, List<String> texts) {
    }

    private PloverGold() {}

    /**
     * Reads a gold file.
     *
     * @throws IllegalArgumentException when the file does not exist or is not a JSON array; the message names
     *                                  the file and says what is wrong
     * @throws UncheckedIOException     when the file cannot be read
     */
    public static Result read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such file");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return parse(bytes, file.toString());
    }

    /** The current PLOVER type of an event name, old or new; empty when the name is neither. */
    public static Optional<EventType> typeOf(String name) {
        String upper = name.strip().toUpperCase(Locale.ROOT);
        if (RENAMED.containsKey(upper)) {
            return Optional.of(RENAMED.get(upper));
        }
        for (EventType t : EventType.values()) {
            if (t.name().equals(upper)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** Reads the JSON text {@code json}; {@code file} names it in messages. */
    static Result parse(byte[] json, String file) {
        ProblemLog problems = new ProblemLog();
        List<GoldEvent> records = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (JsonParser p = JSON.createParser(json)) {
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_ARRAY) {
                throw malformed(file, "expected a JSON array of records, found " + describe(first));
            }
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                if (t == null) {
                    throw malformed(file, "the array of records is not closed");
                }
                String where = file + ":" + p.currentTokenLocation().getLineNr();
                JsonNode node = p.readValueAsTree();
                GoldEvent g = record(node, where, problems);
                if (g != null && !ids.add(g.id())) {
                    problems.add(where, g.id() + ": duplicate id; record skipped");
                } else if (g != null) {
                    records.add(g);
                }
            }
            JsonToken after = p.nextToken();
            if (after != null) {
                throw malformed(file, "found " + describe(after) + " after the array of records, at line "
                        + p.currentTokenLocation().getLineNr());
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw malformed(file, "not valid JSON" + (at == null ? "" : " at line " + at.getLineNr() + ", column "
                    + at.getColumnNr()) + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return new Result(records, problems.toList());
    }

    /** The record in {@code node}; null when it is the header or cannot be used (then reported). */
    private static GoldEvent record(JsonNode node, String where, ProblemLog problems) {
        if (node == null || !node.isObject()) {
            problems.add(where, "a record must be a JSON object, found "
                    + describe(node == null ? JsonToken.VALUE_NULL : node.asToken()) + "; skipped");
            return null;
        }
        JsonNode idNode = node.get("id");
        if (idNode == null || !idNode.isTextual() || idNode.asText().isBlank()) {
            problems.add(where, "record without a string id; skipped");
            return null;
        }
        String id = idNode.asText().strip();
        try {
            String event = string(node, "event");
            if (event == null) {
                throw new Unusable("no event name");
            }
            if (event.strip().equals(HEADER)) {
                return null;
            }
            EventType type = typeOf(event).orElseThrow(() -> new Unusable("unknown event name '" + event + "'"));
            String text = string(node, "text");
            if (text == null || text.isBlank()) {
                throw new Unusable("no text");
            }
            Actors source = actors(node, "source");
            Actors target = actors(node, "target");
            return new GoldEvent(id, text, markup(node.get("textInfo")), type, source.codes(), target.codes(),
                    source.texts(), target.texts());
        } catch (Unusable e) {
            problems.add(where, id + ": " + e.getMessage() + "; record skipped");
            return null;
        }
    }

    /** A list of actors, or {@code ""}, null or absent for none. */
    private static Actors actors(JsonNode record, String field) {
        JsonNode node = record.get(field);
        SortedSet<String> codes = new TreeSet<>();
        List<String> texts = new ArrayList<>();
        if (node == null || node.isNull() || node.isTextual() && node.asText().isBlank()) {
            return new Actors(codes, texts);
        }
        if (!node.isArray()) {
            throw new Unusable(field + " must be a list of actors, \"\" or null, not " + describe(node.asToken()));
        }
        for (JsonNode actor : node) {
            if (!actor.isObject()) {
                throw new Unusable(field + " holds " + describe(actor.asToken()) + " where an actor object belongs");
            }
            String code = string(actor, "code");
            if (code != null && !code.isBlank()) {
                codes.add(CODE_FIXES.getOrDefault(code.strip(), code.strip()));
            }
            String words = string(actor, "actorText");
            if (words != null) {
                texts.add(words);
            }
        }
        return new Actors(codes, texts);
    }

    /** {@code textInfo.markup}; some records give the markup as {@code textInfo} itself. */
    private static String markup(JsonNode textInfo) {
        if (textInfo == null) {
            return null;
        }
        if (textInfo.isTextual()) {
            return textInfo.asText();
        }
        JsonNode markup = textInfo.get("markup");
        return markup != null && markup.isTextual() ? markup.asText() : null;
    }

    /** A string field; null when absent or null. */
    private static String string(JsonNode object, String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new Unusable(field + " must be a string, not " + describe(value.asToken()));
        }
        return value.asText();
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.toString();
        };
    }

    private static IllegalArgumentException malformed(String file, String reason) {
        return new IllegalArgumentException(file + ": " + reason);
    }
}
