package dev.sitrep.ingest;

import dev.sitrep.model.InputProblem;
import dev.sitrep.model.SourceDocument;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.zip.ZipException;

/**
 * Streams the HTML articles out of a WARC file ({@code .warc}, or {@code .warc.gz} compressed per record, as
 * Common Crawl writes them, or as one gzip stream): every {@code response} record holding an HTTP 200 response with
 * an HTML Content-Type is handed to {@link HtmlArticles}, with the record's {@code WARC-Target-URI} as its URL, its
 * {@code WARC-Date} as the fallback publication date and the HTTP header's charset. Other records (request,
 * metadata, warcinfo, revisit, non-HTML or non-200 responses) are skipped silently.
 *
 * <p>A damaged record is reported where it starts: {@code file at byte N} in an uncompressed file,
 * {@code file, gzip member at byte N} (the compressed offset) when the record starts a gzip member, and
 * {@code file at byte N of the uncompressed stream} inside one large member. Reading then goes on with the next
 * record where the damage allows: past a record with a wrong header, at the next gzip member after bad compressed
 * data; a file that ends inside a record ends the reading. Only one record's HTML is held in memory at a time, at
 * most {@link IngestLimits#maxFileBytes()}; larger ones are reported and skipped. Not thread-safe.
 */
public final class WarcReader {

    /** The longest WARC or HTTP header line read. */
    static final int MAX_LINE = 16 * 1024;

    /** The largest WARC or HTTP header block read. */
    static final int MAX_HEADER = 256 * 1024;

    private final IngestLimits limits;
    private final HtmlArticles html;
    private final Consumer<InputProblem> problems;

    public WarcReader(IngestLimits limits, Consumer<InputProblem> problems) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.problems = Objects.requireNonNull(problems, "problems");
        this.html = new HtmlArticles(limits);
    }

    /**
     * Reads every record of {@code in}, giving each article to {@code out} as soon as it is read; gzip is
     * recognised by its magic bytes, whatever the name. Only an exception thrown by {@code out} or the problems
     * sink escapes. Does not close {@code in}.
     *
     * @param origin names the input in origins and problems
     * @param idBase  makes the id of a record without a usable URL: {@code idBase-N} for the Nth record
     */
    public void read(InputStream in, String origin, String idBase, Consumer<SourceDocument> out) {
        BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
        GzipMembers gzip = null;
        try {
            buffered.mark(2);
            boolean gzipped = buffered.read() == 0x1F && buffered.read() == 0x8B;
            buffered.reset();
            gzip = gzipped ? new GzipMembers(buffered) : null;
        } catch (IOException e) {
            problems.accept(new InputProblem(origin, Reasons.of(e)));
            return;
        }
        new Run(origin, idBase, gzip, new RecordInput(gzip != null ? gzip : buffered), out).records();
    }

    /** What to do after a record. */
    private enum Next { CONTINUE, RESYNC, STOP }

    /** One pass over one input. */
    private final class Run {

        private final String origin;
        private final String idBase;
        private final GzipMembers gzip;
        private final RecordInput input;
        private final Consumer<SourceDocument> out;
        private String where;
        private int records;

        Run(String origin, String idBase, GzipMembers gzip, RecordInput input, Consumer<SourceDocument> out) {
            this.origin = origin;
            this.idBase = idBase;
            this.gzip = gzip;
            this.input = input;
            this.out = out;
        }

        void records() {
            Next next = Next.CONTINUE;
            while (next != Next.STOP) {
                where = origin;
                try {
                    next = next == Next.RESYNC ? resync() : Next.CONTINUE;
                    if (next == Next.CONTINUE) {
                        next = record();
                    }
                } catch (EOFException e) {
                    reportInMember("truncated record: " + Reasons.oneLine(String.valueOf(e.getMessage())));
                    next = recover();
                } catch (ZipException e) {
                    reportInMember("damaged gzip data: " + Reasons.oneLine(String.valueOf(e.getMessage())));
                    next = recover();
                } catch (IOException e) {
                    report(Reasons.of(e));
                    next = Next.STOP;
                }
            }
            if (records == 0) {
                report("empty file");
            }
        }

        /** Reports gzip damage where the record starts, or where its member starts when that is all there is. */
        private void reportInMember(String reason) {
            if (where.equals(origin)) {
                where = origin + ", gzip member at byte " + gzip.memberStart();
            }
            report(reason);
        }

        /** After damaged compressed data: on at the next gzip member, when there is one. */
        private Next recover() {
            if (gzip == null) {
                return Next.STOP;
            }
            try {
                if (gzip.recover()) {
                    input.resync(gzip.position());
                    return Next.CONTINUE;
                }
            } catch (IOException e) {
                report(Reasons.of(e));
            }
            return Next.STOP;
        }

        /** Reads lines up to one that starts a WARC record, and reads that record. */
        private Next resync() throws IOException {
            while (true) {
                long start = input.position();
                String line = input.readLine(MAX_LINE);
                if (line == null) {
                    return Next.STOP;
                }
                if (line.startsWith("WARC/1.")) {
                    return record(start, line);
                }
            }
        }

        private Next record() throws IOException {
            long start;
            String line;
            do {
                start = input.position();
                line = input.readLine(MAX_LINE);
                if (line == null || line.isBlank() && !input.lineComplete()) {
                    return Next.STOP;
                }
            } while (line.isBlank());
            return record(start, line);
        }

        /** Reads the record whose first line, read from {@code start}, is {@code first}. */
        private Next record(long start, String first) throws IOException {
            where = locate(start);
            records++;
            if (!first.startsWith("WARC/")) {
                if (records == 1) {
                    report("not a WARC file: it does not start with a WARC/1.x version line");
                    return Next.STOP;
                }
                report("not a WARC record: expected a WARC/1.x version line; skipping to the next record");
                return Next.RESYNC;
            }
            Map<String, String> header = new HashMap<>();
            if (!readHeader(header, Long.MAX_VALUE)) {
                report("truncated record: the input ends inside its WARC header");
                return Next.STOP;
            }
            long length = parseLength(header.get("content-length"));
            if (length < 0) {
                report("not a WARC record: no valid Content-Length; skipping to the next record");
                return Next.RESYNC;
            }
            String type = header.getOrDefault("warc-type", "").toLowerCase(Locale.ROOT);
            String contentType = HttpBodies.mediaType(header.get("content-type"));
            if (type.equals("response") && "application/http".equals(contentType)) {
                return response(header, length);
            }
            return skip(length, length);
        }

        private Next response(Map<String, String> warc, long length) throws IOException {
            long blockStart = input.position();
            String status = input.readLine((int) Math.min(MAX_LINE, length));
            if (status == null || !status.startsWith("HTTP/")) {
                return skip(length - (input.position() - blockStart), length);
            }
            Map<String, String> http = new HashMap<>();
            if (!readHeader(http, length - (input.position() - blockStart))) {
                return skip(length - (input.position() - blockStart), length);
            }
            long payload = length - (input.position() - blockStart);
            String[] parts = status.split("\\s+");
            String mediaType = HttpBodies.mediaType(http.get("content-type"));
            if (mediaType == null) {
                mediaType = HttpBodies.mediaType(warc.get("warc-identified-payload-type"));
            }
            if (parts.length < 2 || !parts[1].equals("200") || !HttpBodies.isHtml(mediaType) || payload < 0) {
                return skip(payload, length);
            }
            if (payload > limits.maxFileBytes()) {
                report("HTML payload is " + payload + " bytes, over the limit of " + limits.maxFileBytes()
                        + " (--max-file-bytes)");
                return skip(payload, length);
            }
            byte[] body = input.read((int) payload);
            if (body.length < payload) {
                report(cutShort(length - payload + body.length, length));
                return Next.STOP;
            }
            page(warc, http, body);
            return Next.CONTINUE;
        }

        private void page(Map<String, String> warc, Map<String, String> http, byte[] payload) {
            byte[] body = payload;
            if (http.getOrDefault("transfer-encoding", "").toLowerCase(Locale.ROOT).contains("chunked")) {
                byte[] dechunked = HttpBodies.dechunk(body);
                body = dechunked != null ? dechunked : body;
            }
            String encoding = http.get("content-encoding");
            boolean gzipMagic = body.length >= 2 && body[0] == (byte) 0x1F && body[1] == (byte) 0x8B;
            if (encoding != null && (gzipMagic || !encoding.toLowerCase(Locale.ROOT).contains("gzip"))) {
                try {
                    body = HttpBodies.decode(body, encoding, limits.maxFileBytes());
                } catch (IOException e) {
                    report("cannot decode the HTML payload: " + Reasons.oneLine(String.valueOf(e.getMessage())));
                    return;
                }
            }
            String url = warc.get("warc-target-uri");
            if (url != null && url.startsWith("<") && url.endsWith(">")) {
                url = url.substring(1, url.length() - 1);
            }
            HtmlPage page = new HtmlPage(body, HttpBodies.charset(http.get("content-type")), url, where,
                    idBase + "-" + records, warc.get("warc-date"));
            html.read(page, problems).ifPresent(out);
        }

        /** Skips the rest of a record's block, {@code rest} of its {@code length} bytes. */
        private Next skip(long rest, long length) throws IOException {
            long skipped = input.skip(Math.max(0, rest));
            if (skipped < rest) {
                report(cutShort(length - rest + skipped, length));
                return Next.STOP;
            }
            return Next.CONTINUE;
        }

        /**
         * Reads header lines up to a blank line into {@code fields}, names lower-cased, continuation lines joined;
         * false when the input or the {@code budget} of bytes ends first.
         */
        private boolean readHeader(Map<String, String> fields, long budget) throws IOException {
            long start = input.position();
            String last = null;
            while (true) {
                long left = Math.min(budget, MAX_HEADER) - (input.position() - start);
                if (left <= 0) {
                    return false;
                }
                String line = input.readLine((int) Math.min(MAX_LINE, left));
                if (line == null || !input.lineComplete()) {
                    return false;
                }
                if (line.isEmpty()) {
                    return true;
                }
                if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && last != null) {
                    fields.put(last, fields.get(last) + " " + line.strip());
                    continue;
                }
                int colon = line.indexOf(':');
                if (colon > 0) {
                    last = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                    fields.putIfAbsent(last, line.substring(colon + 1).strip());
                }
            }
        }

        private String cutShort(long got, long length) {
            return "truncated record: the input ends " + got + " bytes into its " + length + "-byte content";
        }

        /** How a record starting at uncompressed offset {@code start} is named in messages. */
        private String locate(long start) {
            if (gzip == null) {
                return origin + " at byte " + start;
            }
            long member = gzip.memberStartingAt(start);
            return member >= 0 ? origin + ", gzip member at byte " + member
                    : origin + " at byte " + start + " of the uncompressed stream";
        }

        private void report(String reason) {
            problems.accept(new InputProblem(where, reason));
        }
    }

    /** A Content-Length value, or -1 when it is missing or not a non-negative number. */
    private static long parseLength(String value) {
        if (value == null) {
            return -1;
        }
        try {
            long n = Long.parseLong(value.strip());
            return n >= 0 ? n : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
