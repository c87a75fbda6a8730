package dev.sitrep.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * Decompresses a stream of concatenated gzip members, as WARC writers make them (one member per record) or as
 * {@code gzip} makes them (one member for everything), and remembers where each member starts in the compressed
 * stream, so that a record can be named by its member's offset. After damage, {@link #recover()} skips to the next
 * member header. Streams: holds one 64 KiB buffer. Not thread-safe.
 */
final class GzipMembers extends InputStream {

    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;

    private final InputStream raw;
    private final byte[] buf = new byte[1 << 16];
    private final Inflater inflater = new Inflater(true);
    private final CRC32 crc = new CRC32();
    /** Member starts not yet asked about: {uncompressed offset, compressed offset}. */
    private final Deque<long[]> starts = new ArrayDeque<>();
    private int pos;
    private int end;
    private long rawRead;
    private long inflated;
    private long memberInflated;
    private long memberStart;
    private boolean inMember;
    private boolean eof;

    GzipMembers(InputStream raw) {
        this.raw = raw;
    }

    /** How many uncompressed bytes have been given out. */
    long position() {
        return inflated;
    }

    /** The compressed offset of the member being read, or of the last one begun. */
    long memberStart() {
        return memberStart;
    }

    /** The compressed offset of the member that starts at uncompressed offset {@code offset}, or -1. */
    long memberStartingAt(long offset) {
        while (starts.size() > 1 && starts.peekFirst()[0] < offset) {
            starts.pollFirst();
        }
        long found = -1;
        for (long[] start : starts) {
            if (start[0] == offset) {
                found = start[1];
            } else if (start[0] > offset) {
                break;
            }
        }
        return found;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (!eof) {
            if (!inMember && !startMember()) {
                eof = true;
                break;
            }
            int n = inflate(b, off, len);
            if (n > 0) {
                return n;
            }
        }
        return -1;
    }

    /**
     * Skips to the next gzip member header after damage; false when there is none. Bytes inflated before the
     * damage stay counted in {@link #position()}.
     */
    boolean recover() throws IOException {
        inflater.reset();
        inMember = false;
        eof = false;
        while (ensure(3)) {
            if (buf[pos] == (byte) 0x1F && buf[pos + 1] == (byte) 0x8B && buf[pos + 2] == 8) {
                return true;
            }
            pos++;
        }
        eof = true;
        return false;
    }

    private int inflate(byte[] b, int off, int len) throws IOException {
        if (inflater.needsInput()) {
            if (!ensure(1)) {
                throw new EOFException("the gzip member is cut short");
            }
            inflater.setInput(buf, pos, end - pos);
        }
        int n;
        try {
            n = inflater.inflate(b, off, len);
        } catch (DataFormatException e) {
            throw new ZipException("invalid compressed data" + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
        pos = end - inflater.getRemaining();
        if (n > 0) {
            crc.update(b, off, n);
            memberInflated += n;
            inflated += n;
        }
        if (inflater.finished()) {
            readTrailer();
            inMember = false;
        } else if (n == 0 && (inflater.needsDictionary())) {
            throw new ZipException("invalid compressed data: a preset dictionary is needed");
        }
        return n;
    }

    /** Reads a member header; false at a clean end of the stream. */
    private boolean startMember() throws IOException {
        if (!ensure(1)) {
            return false;
        }
        long start = rawRead - (end - pos);
        memberStart = start;
        if (byteAt() != 0x1F || byteAt() != 0x8B) {
            throw new ZipException("not gzip data at compressed byte " + start);
        }
        if (byteAt() != 8) {
            throw new ZipException("unknown gzip compression method at compressed byte " + start);
        }
        int flags = byteAt();
        skipBytes(6);
        if ((flags & FEXTRA) != 0) {
            skipBytes(byteAt() | byteAt() << 8);
        }
        if ((flags & FNAME) != 0) {
            skipZeroTerminated();
        }
        if ((flags & FCOMMENT) != 0) {
            skipZeroTerminated();
        }
        if ((flags & FHCRC) != 0) {
            skipBytes(2);
        }
        inflater.reset();
        crc.reset();
        memberInflated = 0;
        inMember = true;
        starts.addLast(new long[] {inflated, start});
        return true;
    }

    private void readTrailer() throws IOException {
        long storedCrc = littleEndianInt();
        long storedSize = littleEndianInt();
        if (storedCrc != crc.getValue()) {
            throw new ZipException("gzip member checksum does not match its data");
        }
        if (storedSize != (memberInflated & 0xFFFFFFFFL)) {
            throw new ZipException("gzip member size does not match its data");
        }
    }

    private long littleEndianInt() throws IOException {
        return byteAt() | (long) byteAt() << 8 | (long) byteAt() << 16 | (long) byteAt() << 24;
    }

    private void skipZeroTerminated() throws IOException {
        while (byteAt() != 0) {
            // skip the name or comment
        }
    }

    private void skipBytes(int n) throws IOException {
        for (int i = 0; i < n; i++) {
            byteAt();
        }
    }

    private int byteAt() throws IOException {
        if (!ensure(1)) {
            throw new EOFException("the gzip member is cut short");
        }
        return buf[pos++] & 0xFF;
    }

    /** Makes at least {@code n} unread bytes available; false when the stream ends first. */
    private boolean ensure(int n) throws IOException {
        while (end - pos < n) {
            if (pos > 0) {
                System.arraycopy(buf, pos, buf, 0, end - pos);
                end -= pos;
                pos = 0;
            }
            int read = raw.read(buf, end, buf.length - end);
            if (read < 0) {
                return false;
            }
            rawRead += read;
            end += read;
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        inflater.end();
        raw.close();
    }
}
