package dev.sitrep.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/** HTTP message bodies as servers and archives hold them: media types, charsets, chunks and content encodings. */
final class HttpBodies {

    private HttpBodies() {
    }

    /** The media type of a Content-Type value, lower-cased, without parameters; null for none. */
    static String mediaType(String contentType) {
        if (contentType == null) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip();
        return type.isEmpty() ? null : type.toLowerCase(Locale.ROOT);
    }

    /** The {@code charset} parameter of a Content-Type value, unquoted, or null. */
    static String charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String param : contentType.split(";")) {
            int eq = param.indexOf('=');
            if (eq > 0 && param.substring(0, eq).strip().equalsIgnoreCase("charset")) {
                String value = param.substring(eq + 1).strip().replace("\"", "").replace("'", "");
                return value.isEmpty() ? null : value;
            }
        }
        return null;
    }

    static boolean isHtml(String mediaType) {
        return "text/html".equals(mediaType) || "application/xhtml+xml".equals(mediaType);
    }

    /** Whether a feed may be behind this media type: RSS, Atom and the generic XML types. */
    static boolean isFeedOrXml(String mediaType) {
        return mediaType != null && (mediaType.equals("application/rss+xml") || mediaType.equals("application/atom+xml")
                || mediaType.equals("application/rdf+xml") || mediaType.equals("application/xml")
                || mediaType.equals("text/xml"));
    }

    /** Whether {@code head} starts, after blanks and a byte order mark, like an HTML document. */
    static boolean looksLikeHtml(byte[] head) {
        String start = start(head);
        return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<head")
                || start.startsWith("<!--") && start.contains("<html");
    }

    /** Whether {@code head} starts, after blanks and a byte order mark, like an XML document. */
    static boolean looksLikeXml(byte[] head) {
        String start = start(head);
        return start.startsWith("<?xml") || start.startsWith("<rss") || start.startsWith("<feed")
                || start.startsWith("<rdf:rdf");
    }

    private static String start(byte[] head) {
        int from = Utf8.startsWithBom(head, 0, head.length) ? 3 : 0;
        String s = new String(head, from, Math.min(head.length - from, 512), StandardCharsets.ISO_8859_1);
        return s.stripLeading().toLowerCase(Locale.ROOT);
    }

    /** The body of a chunked transfer, or null when {@code body} is not valid chunked data. */
    static byte[] dechunk(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length);
        int i = 0;
        while (true) {
            int lineEnd = indexOf(body, i, (byte) '\n');
            if (lineEnd < 0) {
                return null;
            }
            String sizeLine = new String(body, i, lineEnd - i, StandardCharsets.ISO_8859_1).strip();
            int semicolon = sizeLine.indexOf(';');
            String hex = semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon).strip();
            int size;
            try {
                size = Integer.parseInt(hex, 16);
            } catch (NumberFormatException e) {
                return null;
            }
            i = lineEnd + 1;
            if (size == 0) {
                return out.toByteArray();
            }
            if (size < 0 || size > body.length - i) {
                return null;
            }
            out.write(body, i, size);
            i += size;
            if (i < body.length && body[i] == '\r') {
                i++;
            }
            if (i < body.length && body[i] == '\n') {
                i++;
            }
        }
    }

    /**
     * {@code body} decoded from its Content-Encoding ({@code gzip}, {@code x-gzip}, {@code deflate}; none or
     * {@code identity} is returned as is), at most {@code max} bytes decoded.
     *
     * @throws IOException when the encoding is unknown, the data is damaged, or it decodes to more than {@code max}
     */
    static byte[] decode(byte[] body, String contentEncoding, long max) throws IOException {
        String encoding = contentEncoding == null ? "identity" : contentEncoding.strip().toLowerCase(Locale.ROOT);
        switch (encoding) {
            case "", "identity" -> {
                return body;
            }
            case "gzip", "x-gzip" -> {
                return bounded(new GZIPInputStream(new ByteArrayInputStream(body)), max);
            }
            case "deflate" -> {
                return bounded(new InflaterInputStream(new ByteArrayInputStream(body)), max);
            }
            default -> throw new IOException("Content-Encoding " + encoding + " is not supported");
        }
    }

    private static byte[] bounded(InputStream in, long max) throws IOException {
        try (in) {
            byte[] out = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, max + 1));
            if (out.length > max) {
                throw new IOException("decompresses to over " + max + " bytes, the limit (--max-file-bytes)");
            }
            return out;
        }
    }

    private static int indexOf(byte[] bytes, int from, byte b) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
