package dev.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines at {@code \n}, dropping a {@code \r} before it, holding at most a fixed number
 * of bytes of one line: the rest of a longer line is skipped and the line is marked overlong. Not thread-safe.
 */
final class ByteLines {

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] chunk = new byte[1 << 16];
    private int pos;
    private int end;
    private byte[] line = new byte[1024];
    private int length;
    private boolean overlong;
    private long lineNumber;
    private long lineStart;
    private long consumed;

    ByteLines(InputStream in, int maxLineBytes) {
        this(in, maxLineBytes, 0, 1);
    }

    /** Lines of a stream that starts at byte {@code offset} of its file, at the start of line {@code firstLine}. */
    ByteLines(InputStream in, int maxLineBytes, long offset, long firstLine) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
        this.consumed = offset;
        this.lineNumber = firstLine - 1;
    }

    /** Moves to the next line; false at the end of the stream. A last line without {@code \n} still counts. */
    boolean next() throws IOException {
        length = 0;
        overlong = false;
        lineStart = consumed;
        boolean any = false;
        while (true) {
            if (pos == end) {
                end = in.read(chunk);
                pos = 0;
                if (end <= 0) {
                    end = 0;
                    if (!any) {
                        return false;
                    }
                    break;
                }
            }
            any = true;
            int newline = pos;
            while (newline < end && chunk[newline] != '\n') {
                newline++;
            }
            append(pos, newline - pos);
            int next = newline < end ? newline + 1 : end;
            consumed += next - pos;
            pos = next;
            if (newline < end) {
                break;
            }
        }
        lineNumber++;
        if (!overlong && length > 0 && line[length - 1] == '\r') {
            length--;
        }
        return true;
    }

    private void append(int from, int n) {
        if (overlong || n == 0) {
            return;
        }
        if ((long) length + n > maxLineBytes) {
            overlong = true;
            return;
        }
        if (length + n > line.length) {
            line = Arrays.copyOf(line, (int) Math.min(maxLineBytes, Math.max(length + n, 2L * line.length)));
        }
        System.arraycopy(chunk, from, line, length, n);
        length += n;
    }

    /** The current line's bytes, valid up to {@link #length()} until the next call to {@link #next()}. */
    byte[] bytes() {
        return line;
    }

    int length() {
        return length;
    }

    /** Whether the current line was longer than the limit; its bytes are then incomplete. */
    boolean overlong() {
        return overlong;
    }

    /** The current line's number, from 1. */
    long lineNumber() {
        return lineNumber;
    }

    /** The offset in the file of the current line's first byte. */
    long lineStart() {
        return lineStart;
    }
}
