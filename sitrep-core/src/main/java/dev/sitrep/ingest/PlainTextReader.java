package dev.sitrep.ingest;

import dev.sitrep.model.InputProblem;
import dev.sitrep.model.SourceDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads one whole plain-text article: strict UTF-8, an optional byte order mark, an optional {@link WireHeader}
 * line. Everything else is kept exactly, so offsets into the text are offsets into the file's characters.
 */
final class PlainTextReader {

    /** How many leading bytes are looked at to tell binary data from text. */
    static final int SNIFF_BYTES = 8192;

    private final IngestLimits limits;
    private final Consumer<InputProblem> problems;

    PlainTextReader(IngestLimits limits, Consumer<InputProblem> problems) {
        this.limits = limits;
        this.problems = problems;
    }

    /** Reads a file named by {@code origin}; a regular file over the size limit is refused without being read. */
    Optional<SourceDocument> readFile(Path path, String origin, String id) throws IOException {
        if (Files.isRegularFile(path)) {
            long size = Files.size(path);
            if (size > limits.maxFileBytes()) {
                problems.accept(new InputProblem(origin, "file is " + size + " bytes, over the limit of "
                        + limits.maxFileBytes() + " (--max-file-bytes)"));
                return Optional.empty();
            }
        }
        try (InputStream in = Files.newInputStream(path)) {
            return readStream(in, origin, id, "file");
        }
    }

    /** Reads all of {@code in}, at most the file size limit. {@code kind} is "file" or "input", for messages. */
    Optional<SourceDocument> readStream(InputStream in, String origin, String id, String kind) throws IOException {
        byte[] bytes = in.readNBytes((int) limits.maxFileBytes() + 1);
        if (bytes.length > limits.maxFileBytes()) {
            return refuse(origin, kind + " is over " + limits.maxFileBytes() + " bytes, the limit (--max-file-bytes)");
        }
        return read(bytes, origin, id, kind);
    }

    private Optional<SourceDocument> read(byte[] bytes, String origin, String id, String kind) {
        if (bytes.length == 0) {
            return refuse(origin, "empty " + kind);
        }
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            return refuse(origin, "UTF-16 text; only UTF-8 is read (convert it, e.g. with iconv)");
        }
        if (looksBinary(bytes, bytes.length)) {
            return refuse(origin, "binary " + kind + ", not text");
        }
        int start = Utf8.startsWithBom(bytes, 0, bytes.length) ? 3 : 0;
        int bad = Utf8.firstMalformed(bytes, start, bytes.length);
        if (bad >= 0) {
            return refuse(origin, "invalid UTF-8 at byte " + bad);
        }
        String content = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (content.isBlank()) {
            return refuse(origin, "empty " + kind);
        }
        int firstLineEnd = lineEnd(content, 0);
        Optional<WireHeader> header = WireHeader.parse(content.substring(0, firstLineEnd));
        String text = content;
        if (header.isPresent()) {
            text = content.substring(firstContentLine(content, afterTerminator(content, firstLineEnd)));
            if (text.isEmpty()) {
                return refuse(origin, "no article text after the header line");
            }
        }
        if (text.length() > limits.maxArticleChars()) {
            return refuse(origin, Reasons.overArticleLimit(text.length(), limits.maxArticleChars()));
        }
        String title = header.map(WireHeader::title).orElse(null);
        String published = header.map(WireHeader::published).orElse(null);
        return Optional.of(new SourceDocument(id, null, title, null, published, text, origin));
    }

    private Optional<SourceDocument> refuse(String origin, String reason) {
        problems.accept(new InputProblem(origin, reason));
        return Optional.empty();
    }

    /**
     * Whether the first {@link #SNIFF_BYTES} of {@code bytes[0..length)} hold a NUL byte, or more than one in ten of
     * them are control characters other than tab, line feed, vertical tab, form feed and carriage return.
     */
    static boolean looksBinary(byte[] bytes, int length) {
        int n = Math.min(length, SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = bytes[i] & 0xFF;
            if (c == 0) {
                return true;
            }
            if ((c < 0x20 && (c < '\t' || c > '\r')) || c == 0x7F) {
                control++;
            }
        }
        return control * 10L > n;
    }

    /** The index of the line terminator of the line starting at {@code from}, or the text's length. */
    private static int lineEnd(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    /** The index after the terminator ({@code \n}, {@code \r\n} or {@code \r}) at {@code end}. */
    private static int afterTerminator(String s, int end) {
        if (end >= s.length()) {
            return end;
        }
        boolean crlf = s.charAt(end) == '\r' && end + 1 < s.length() && s.charAt(end + 1) == '\n';
        return end + (crlf ? 2 : 1);
    }

    /** The start of the first line at or after {@code from} that is not blank, or the text's length. */
    private static int firstContentLine(String s, int from) {
        int lineStart = from;
        while (lineStart < s.length()) {
            int end = lineEnd(s, lineStart);
            if (!s.substring(lineStart, end).isBlank()) {
                return lineStart;
            }
            lineStart = afterTerminator(s, end);
        }
        return s.length();
    }
}
