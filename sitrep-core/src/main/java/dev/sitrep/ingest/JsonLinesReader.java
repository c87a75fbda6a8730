package dev.sitrep.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.sitrep.model.InputProblem;
import dev.sitrep.model.SourceDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Streams JSON lines: one object per line with a string {@code text} and optional {@code id}, {@code title},
 * {@code author}, {@code url} and {@code published} (or its alias {@code date}). A bad line is reported as
 * {@code origin:line} and the next line is read; blank lines are skipped. Only one line is held in memory at a time.
 */
final class JsonLinesReader {

    /** Trailing tokens and repeated keys are errors: they mean two records ran together or a broken writer. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final List<DateTimeFormatter> ISO_FORMS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ISO_INSTANT);

    private static final Pattern SOURCE_LOCATION =
            Pattern.compile("\\[Source: [^\\]]*?; line: \\d+, column: (\\d+)\\]");

    private final IngestLimits limits;
    private final Consumer<InputProblem> problems;

    JsonLinesReader(IngestLimits limits, Consumer<InputProblem> problems) {
        this.limits = limits;
        this.problems = problems;
    }

    /**
     * Reads every line of {@code in}. {@code idBase} makes the id of a line without one: {@code idBase-line}.
     * A read error is reported at the line it happened on and ends this input.
     */
    void read(InputStream in, String origin, String idBase, Consumer<SourceDocument> out) {
        read(in, origin, idBase, 0, Long.MAX_VALUE, 1, out);
    }

    /**
     * Reads the lines of one split of a file, as {@link #read(InputStream, String, String, Consumer)} reads the
     * whole file: {@code in} is positioned at byte {@code start} of the file, where line {@code firstLine}
     * starts, and the lines starting before byte {@code end} are read. Whether the file is binary is told from
     * the split at its start, whether it is empty only when the split is the whole file.
     */
    void read(InputStream in, String origin, String idBase, long start, long end, long firstLine,
            Consumer<SourceDocument> out) {
        ByteLines lines = new ByteLines(in, limits.maxLineBytes(), start, firstLine);
        boolean sawContent = start > 0;
        try {
            while (lines.next() && lines.lineStart() < end) {
                int from = lines.lineNumber() == 1 && Utf8.startsWithBom(lines.bytes(), 0, lines.length()) ? 3 : 0;
                if (!lines.overlong() && isBlank(lines.bytes(), from, lines.length())) {
                    continue;
                }
                String where = origin + ":" + lines.lineNumber();
                if (!sawContent && hasNul(lines.bytes(), lines.length())) {
                    problems.accept(new InputProblem(origin, "binary file, not text"));
                    return;
                }
                sawContent = true;
                String reason = readLine(lines, from, where, idBase + "-" + lines.lineNumber(), out);
                if (reason != null) {
                    problems.accept(new InputProblem(where, reason));
                }
            }
        } catch (IOException e) {
            problems.accept(new InputProblem(origin + ":" + (lines.lineNumber() + 1), Reasons.of(e)));
            return;
        }
        if (!sawContent && end == Long.MAX_VALUE) {
            problems.accept(new InputProblem(origin, "empty file"));
        }
    }

    /** Emits the line's document and returns null, or returns why the line was skipped. */
    private String readLine(ByteLines lines, int from, String where, String defaultId,
            Consumer<SourceDocument> out) {
        if (lines.overlong()) {
            return "line is over " + limits.maxLineBytes() + " bytes; an article may have at most "
                    + limits.maxArticleChars() + " characters (--max-article-chars)";
        }
        byte[] bytes = lines.bytes();
        int bad = Utf8.firstMalformed(bytes, from, lines.length());
        if (bad >= 0) {
            return "invalid UTF-8 at byte " + (lines.lineStart() + bad);
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(new String(bytes, from, lines.length() - from, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String column = at == null || at.getColumnNr() < 1 ? "" : " (column " + at.getColumnNr() + ")";
            String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
            return "not valid JSON: " + Reasons.oneLine(withoutSource(message)) + column;
        }
        if (!node.isObject()) {
            return "line is a JSON " + kind(node) + ", not an object";
        }
        JsonNode text = node.get("text");
        if (text == null || text.isNull()) {
            return "no \"text\" field";
        }
        if (!text.isTextual()) {
            return "\"text\" is a JSON " + kind(text) + ", not a string";
        }
        String body = text.textValue();
        if (body.isBlank()) {
            return "\"text\" is blank";
        }
        if (body.length() > limits.maxArticleChars()) {
            return Reasons.overArticleLimit(body.length(), limits.maxArticleChars());
        }
        String id = scalar(node.get("id"));
        out.accept(new SourceDocument(id == null ? defaultId : id, scalar(node.get("url")),
                scalar(node.get("title")), scalar(node.get("author")), published(node), body, where));
        return null;
    }

    /**
     * Jackson's message with its source locations ({@code [Source: REDACTED (...); line: 1, column: 9]}) shortened
     * to {@code column 9}: the line is already named and the source description is noise.
     */
    static String withoutSource(String message) {
        return SOURCE_LOCATION.matcher(message).replaceAll("column $1");
    }

    /**
     * {@code published}, else {@code date}, when it is an ISO date or date-time as java.time reads them (kept as
     * written, trimmed); anything else is dropped without failing the article.
     */
    static String published(JsonNode object) {
        JsonNode value = object.get("published");
        if (value == null || value.isNull()) {
            value = object.get("date");
        }
        if (value == null || !value.isTextual() || value.textValue().isBlank()) {
            return null;
        }
        String stated = value.textValue().trim();
        for (DateTimeFormatter form : ISO_FORMS) {
            try {
                form.parse(stated);
                return stated;
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }

    /** A string or number as trimmed text; null for anything else or blank. */
    private static String scalar(JsonNode node) {
        if (node == null || !(node.isTextual() || node.isNumber())) {
            return null;
        }
        String s = node.asText().trim();
        return s.isEmpty() ? null : s;
    }

    private static String kind(JsonNode node) {
        return node.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    private static boolean isBlank(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\r' && b != '\f') {
                return false;
            }
        }
        return true;
    }

    private static boolean hasNul(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
