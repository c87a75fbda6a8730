package dev.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A buffered byte stream read by lines and by counts, that knows its position: the reading side of the WARC
 * reader. Lines end at {@code \n}, with or without {@code \r}. Not thread-safe.
 */
final class RecordInput {

    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int end;
    private long position;
    private boolean lineComplete;

    RecordInput(InputStream in) {
        this.in = in;
    }

    /** How many bytes have been read. */
    long position() {
        return position;
    }

    /** Forgets buffered bytes and takes up counting at {@code newPosition}, after the source skipped ahead. */
    void resync(long newPosition) {
        pos = 0;
        end = 0;
        position = newPosition;
    }

    /**
     * The next line, decoded as UTF-8 (malformed bytes replaced), without its terminator: at most {@code max} bytes
     * are read, and a line longer than that is returned cut, with {@link #lineComplete()} false. Null at the end of
     * the stream.
     */
    String readLine(int max) throws IOException {
        byte[] line = new byte[Math.min(max, 256)];
        int length = 0;
        lineComplete = false;
        while (length < max) {
            if (pos == end && !fill()) {
                if (length == 0) {
                    return null;
                }
                break;
            }
            byte b = buf[pos++];
            position++;
            if (b == '\n') {
                lineComplete = true;
                break;
            }
            if (length == line.length) {
                line = Arrays.copyOf(line, Math.min(max, line.length * 2));
            }
            line[length++] = b;
        }
        if (lineComplete && length > 0 && line[length - 1] == '\r') {
            length--;
        }
        return new String(line, 0, length, StandardCharsets.UTF_8);
    }

    /** Whether the last line read ended with its terminator (not cut by the length limit or the stream's end). */
    boolean lineComplete() {
        return lineComplete;
    }

    /** Up to {@code n} bytes; fewer only at the end of the stream. */
    byte[] read(int n) throws IOException {
        byte[] out = new byte[n];
        int got = 0;
        while (got < n) {
            if (pos == end && !fill()) {
                return Arrays.copyOf(out, got);
            }
            int k = Math.min(n - got, end - pos);
            System.arraycopy(buf, pos, out, got, k);
            pos += k;
            got += k;
            position += k;
        }
        return out;
    }

    /** Skips up to {@code n} bytes and returns how many were skipped; fewer only at the end of the stream. */
    long skip(long n) throws IOException {
        long skipped = 0;
        while (skipped < n) {
            if (pos == end && !fill()) {
                break;
            }
            int k = (int) Math.min(n - skipped, end - pos);
            pos += k;
            skipped += k;
            position += k;
        }
        return skipped;
    }

    private boolean fill() throws IOException {
        int n = in.read(buf, 0, buf.length);
        if (n <= 0) {
            pos = 0;
            end = 0;
            return false;
        }
        pos = 0;
        end = n;
        return true;
    }
}
